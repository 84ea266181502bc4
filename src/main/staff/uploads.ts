// A guest list uploaded from staff mode arrives in chunks, so each call stays small and the screen can
// show real progress. Kept apart from the import itself, which loads the table readers only when used.

/** The largest guest list accepted from the screen; a list of thousands is well under 1 MB. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export class UploadError extends Error {
  constructor(
    message: string,
    readonly reason: 'upload-interrupted' | 'upload-too-large',
    readonly params: Record<string, string> = {},
  ) {
    super(message);
  }
}

export class Uploads {
  private readonly chunks = new Map<string, Buffer[]>();

  /** Adds the next chunk; chunks arrive in order, the first one (index 0) starts the upload afresh. */
  add(uploadId: string, index: number, base64: string): number {
    const parts = index === 0 ? [] : this.chunks.get(uploadId);
    if (!parts || parts.length !== index)
      throw new UploadError('The upload was interrupted: choose the file again.', 'upload-interrupted');
    parts.push(Buffer.from(base64, 'base64'));
    const size = parts.reduce((sum, part) => sum + part.length, 0);
    if (size > MAX_UPLOAD_BYTES) {
      this.chunks.delete(uploadId);
      const megabytes = String(MAX_UPLOAD_BYTES / 1024 / 1024);
      throw new UploadError(`The file is larger than ${megabytes} MB; is it really a guest list?`, 'upload-too-large', {
        megabytes,
      });
    }
    this.chunks.set(uploadId, parts);
    return size;
  }

  bytes(uploadId: string): Buffer {
    const parts = this.chunks.get(uploadId);
    // The station restarted, or the upload went to another tab: to staff, it broke off.
    if (!parts) throw new UploadError('The upload was not found: choose the file again.', 'upload-interrupted');
    return Buffer.concat(parts);
  }

  discard(uploadId: string): void {
    this.chunks.delete(uploadId);
  }
}
