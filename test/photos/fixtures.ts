// A drawn face (test/fixtures/face.jpg, 256×256, made with ffmpeg) and JPEGs of other shapes made
// from it by rewriting the frame header's size, which is all the check reads.
import fs from 'node:fs';
import path from 'node:path';

export const FACE_JPEG: Buffer = fs.readFileSync(path.join(__dirname, '../fixtures/face.jpg'));

/** The face with its frame header saying `width`×`height`. */
export function jpegSized(width: number, height: number): Buffer {
  const copy = Buffer.from(FACE_JPEG);
  for (let offset = 2; offset < copy.length;) {
    const marker = copy[offset + 1]!;
    if (marker === 0xc0 || marker === 0xc2) {
      copy.writeUInt16BE(height, offset + 5);
      copy.writeUInt16BE(width, offset + 7);
      return copy;
    }
    offset += 2 + copy.readUInt16BE(offset + 2);
  }
  throw new Error('face.jpg has no frame header');
}

/** The face picture with a JPEG comment of its own, so that its bytes can be looked for in a store's files. */
export function markedJpeg(mark: string): Buffer {
  const text = Buffer.from(mark);
  const header = Buffer.alloc(4);
  header.writeUInt16BE(0xfffe, 0);
  header.writeUInt16BE(text.length + 2, 2);
  return Buffer.concat([FACE_JPEG.subarray(0, 2), header, text, FACE_JPEG.subarray(2)]);
}
