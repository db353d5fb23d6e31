// What an upload expands into: one file's bytes to import, or the reason a member was not read.
export type UploadEntry = { name: string; bytes: Uint8Array } | { name: string; error: string };

export interface UploadLimits {
  // Largest single file, and largest single member once unpacked from a zip or feed.
  maxFileBytes: number;
  // Most members one zip or feed may hold.
  maxEntries: number;
  // Most bytes a zip may unpack to in all.
  maxTotalBytes: number;
}

const megabyte = 1024 * 1024;

// Per-file size is the pipeline's defaultMaxFileBytes (a test holds them together). A zip of
// 10,000 saved ~150 KB pages unpacks to ~1.5 GB: the total leaves room for that and still stops a bomb.
export const defaultUploadLimits: UploadLimits = {
  maxFileBytes: 5 * megabyte,
  maxEntries: 10_000,
  maxTotalBytes: 2048 * megabyte,
};

export function isErrorEntry(entry: UploadEntry): entry is { name: string; error: string } {
  return 'error' in entry;
}
