// Longest attribute values an article body may hold. The schema enforces them; the importer
// trims or drops what a page carries beyond them, so an imported body always validates.
export const bodyAttributeLimits = {
  urlLength: 2048, // link href and image src
  altLength: 1000,
  captionLength: 2000,
} as const;
