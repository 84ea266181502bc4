// A fake camera for Chromium: a video file that shows an empty picture, then a QR code (or nothing),
// fed through --use-file-for-fake-video-capture. The file is a launch flag, so each video gets its
// own browser. Videos are made in the test's scratch folder and never committed. Kiosk pages carry
// the camera probe (camera-probe.ts), so tests can tell in which appearance of a code it was read.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import QRCode from 'qrcode';
import { CHROMIUM, CHROMIUM_ARGS } from '../../playwright.config';
import { installCameraProbe } from './camera-probe';
import { PLAIN_SCENE, cameraVideo, scenePicture } from './camera-scenes';

export interface VideoOptions {
  /** Seconds of an empty picture before the code appears. */
  blankSeconds?: number;
  codeSeconds?: number;
  fps?: number;
}

/** A 640×480 MJPEG video: dark grey, then the image (a QR code) centred at 300×300 on white; null: grey only. */
export function qrVideo(dir: string, name: string, image: string | null, options: VideoOptions = {}): string {
  const { blankSeconds = 1.5, codeSeconds = 5, fps = 15 } = options;
  if (!image) return cameraVideo(dir, name, [{ picture: null, seconds: blankSeconds + codeSeconds }], fps);
  const picture = scenePicture(dir, `${name}-picture`, PLAIN_SCENE, image);
  return cameraVideo(
    dir,
    name,
    [
      { picture: null, seconds: blankSeconds },
      { picture, seconds: codeSeconds },
    ],
    fps,
  );
}

/** A QR code image of any text, as a guest might hold up something that is not an Entré invitation. */
export async function qrImage(dir: string, name: string, text: string): Promise<string> {
  const file = path.join(dir, `${name}.png`);
  await QRCode.toFile(file, text, { width: 300, margin: 4 });
  return file;
}

export interface CameraBrowserOptions {
  /**
   * false leaves out --use-fake-ui-for-media-stream: a page without the camera permission is then
   * refused by getUserMedia (NotAllowedError), as when the operating system or staff deny it.
   */
  permissionUi?: boolean;
}

function cameraArgs(video: string | null, { permissionUi = true }: CameraBrowserOptions = {}): string[] {
  const camera = video ? ['--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`] : [];
  return [...CHROMIUM_ARGS, ...(permissionUi ? ['--use-fake-ui-for-media-stream'] : []), ...camera];
}

/** Chromium whose camera shows the video (or, with null, a machine without any camera). */
export async function launchWithCamera(video: string | null, options?: CameraBrowserOptions): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: cameraArgs(video, options) });
}

/**
 * A kiosk's browser with a profile kept in a folder, as the kiosk keeps it across restarts: closing
 * the context and launching again on the same folder is a kiosk restart.
 */
export async function launchKioskProfile(profileDir: string, video: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    args: cameraArgs(video),
    permissions: ['camera'],
  });
}

export async function openKiosk(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ permissions: ['camera'] });
  const page = await context.newPage();
  await installCameraProbe(page);
  await page.goto(url);
  return page;
}

/**
 * The process id of Chromium's video capture service that reads this video file (a utility process
 * of the browser launched with it; the file path in its command line tells it apart from other
 * browsers on the machine). Stopping it with SIGSTOP is a camera that freezes: the track stays live
 * and no frame arrives any more; SIGCONT lets it deliver again.
 */
export function videoCaptureService(video: string): number {
  const line = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
    .split('\n')
    .find((row) => row.includes('VideoCaptureService') && row.includes(`--use-file-for-fake-video-capture=${video}`));
  if (!line) throw new Error(`No video capture service reads ${video}`);
  return Number(line.trim().split(/\s+/)[0]);
}

/** A 640×480 MJPEG video of a drawn face (the unit tests' fixture, centred), made in the test's folder. */
export function faceVideo(dir: string): string {
  const out = path.join(dir, 'face.mjpeg');
  const face = path.resolve('test/fixtures/face.jpg');
  execFileSync('ffmpeg', [
    ...['-loglevel', 'error', '-y', '-loop', '1', '-t', '6', '-i', face],
    ...['-vf', 'scale=400:400,pad=640:480:(ow-iw)/2:(oh-ih)/2:0x4060a0,format=yuvj420p'],
    ...['-r', '15', '-f', 'mjpeg', '-q:v', '3', out],
  ]);
  return out;
}
