// Turning the camera's picture into a badge photo: the centre square of the frame, scaled to
// PHOTO_SIDE pixels, as a JPEG whose quality is lowered step by step until it fits in 40 KB.
import { MAX_PHOTO_BYTES } from '../../shared/photos';

const PHOTO_SIDE = 360;
const QUALITIES = [0.85, 0.75, 0.65, 0.55, 0.45, 0.35];

/** The running camera of the kiosk's scanner, when it has one: asking for the camera again could fail. */
export function runningCameraStream(): MediaStream | null {
  const video = document.querySelector<HTMLVideoElement>('.camera__viewport video');
  const stream = video?.srcObject;
  return stream instanceof MediaStream && stream.active ? stream : null;
}

const toBlob = (canvas: HTMLCanvasElement, quality: number): Promise<Blob | null> =>
  new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));

/** The centre square of the video as a JPEG of at most MAX_PHOTO_BYTES, base64; null when none fits. */
export async function captureSquareJpeg(video: HTMLVideoElement): Promise<{ base64: string; url: string } | null> {
  const side = Math.min(video.videoWidth, video.videoHeight);
  if (side === 0) return null;
  const canvas = document.createElement('canvas');
  canvas.width = PHOTO_SIDE;
  canvas.height = PHOTO_SIDE;
  const context = canvas.getContext('2d')!;
  // Mirrored like the preview, so the guest sees on the badge the face they posed.
  context.translate(PHOTO_SIDE, 0);
  context.scale(-1, 1);
  context.drawImage(
    video,
    (video.videoWidth - side) / 2,
    (video.videoHeight - side) / 2,
    side,
    side,
    0,
    0,
    PHOTO_SIDE,
    PHOTO_SIDE,
  );
  for (const quality of QUALITIES) {
    const blob = await toBlob(canvas, quality);
    if (blob && blob.size <= MAX_PHOTO_BYTES) {
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let binary = '';
      for (const byte of bytes) binary += String.fromCharCode(byte);
      return { base64: btoa(binary), url: URL.createObjectURL(blob) };
    }
  }
  return null;
}
