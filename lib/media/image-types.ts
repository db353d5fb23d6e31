/** The image formats editors may upload, with the extension their files are served under. */
export const uploadImageTypes = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
} as const;

export type UploadImageType = keyof typeof uploadImageTypes;
export type UploadImageExtension = (typeof uploadImageTypes)[UploadImageType];

/** What the file picker offers; the server decides by the bytes, not by this. */
export const uploadImageAccept = Object.keys(uploadImageTypes).join(',');
