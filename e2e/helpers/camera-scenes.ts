// Invitations as a camera at a real door sees them, for the fake camera: each scene turns an invitation
// image into one 640×480 picture (a phone in dark mode, held at an angle, under glare, far away, ...),
// and cameraVideo strings pictures into an MJPEG video. While a code is in view a light square sits in
// the picture's top-left corner, outside the scan region: camera-probe.ts tells from it which frames
// show a code. Everything is made with ffmpeg in a scratch folder; videos are never committed.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ffmpeg = (args: string[]) => execFileSync('ffmpeg', ['-loglevel', 'error', '-y', ...args]);

/**
 * The code scaled to `side` pixels in the middle of a 640×480 picture on `background`. An invitation
 * image has its code (with its quiet zone) as its left square and the guest's name beside it: the
 * scene frames the code, as a guest zooming in on it would.
 */
const centred = (side: number, background: string) =>
  `format=rgb24,crop=ih:ih:0:0,scale=${side}:${side},pad=640:480:(ow-iw)/2:(oh-ih)/2:${background}`;

/** A light spot of `strength` centred at (x, y), added to one colour channel. */
const spot = (channel: 'r' | 'g' | 'b', strength: number, x: number, y: number, spread: number) =>
  `${channel}='min(255\\,${channel}(X\\,Y)+${strength}*exp(-((X-${x})*(X-${x})+(Y-${y})*(Y-${y}))/${spread}))'`;

/** Fine stripes across a channel, as a camera filming a phone's pixel grid sees them. */
const stripes = (channel: 'r' | 'g' | 'b', phase: number) =>
  `${channel}='${channel}(X\\,Y)*(0.72+0.28*sin(X*1.9+Y*0.35+${phase}))'`;

export interface Scene {
  name: string;
  /** ffmpeg filters that make the still picture from the invitation image. */
  still: string;
  /** Filters applied to every frame (noise that changes from frame to frame). */
  live?: string;
  /** Whether the scene shows the signed invitation (dense) rather than the plain one. */
  signed?: boolean;
}

export const PLAIN_SCENE: Scene = { name: 'plain', still: centred(300, 'white') };

/** How guests really show their invitations at the door. */
export const DOOR_SCENES: Scene[] = [
  { name: 'dark mode (light modules on dark)', still: `format=rgb24,negate,${centred(300, '0x1e1e1e')}`, signed: true },
  {
    name: 'tilted (perspective and 15° rotation)',
    still: `${centred(300, 'white')},perspective=x0=110:y0=60:x1=530:y1=0:x2=110:y2=420:x3=530:y3=480:sense=destination,rotate=15*PI/180:fillcolor=white`,
  },
  {
    name: 'glare on a low-contrast print',
    still: `${centred(300, 'white')},lutrgb=r=110+val*0.45:g=110+val*0.45:b=110+val*0.45,geq=${spot('r', 110, 340, 250, 2500)}:${spot('g', 110, 340, 250, 2500)}:${spot('b', 110, 340, 250, 2500)}`,
  },
  { name: 'far away (code ≈ 120 px)', still: centred(136, '0xd0d0d0') },
  { name: 'motion blur', still: `${centred(300, 'white')},avgblur=sizeX=5:sizeY=1` },
  {
    name: 'low light with noise',
    still: `${centred(300, 'white')},lutrgb=r=val*0.3:g=val*0.3:b=val*0.32`,
    live: 'noise=alls=24:allf=t+u',
  },
  {
    name: 'phone screen filmed (moiré)',
    still: `${centred(300, '0x101010')},geq=${stripes('r', 0)}:${stripes('g', 2)}:${stripes('b', 4)},gblur=sigma=0.8`,
  },
  { name: 'dense signed code', still: centred(240, 'white'), signed: true },
];

/** The scene's 640×480 picture of the invitation image, as a PNG in `dir`. */
export function scenePicture(dir: string, name: string, scene: Scene, image: string): string {
  const out = path.join(dir, `${name}.png`);
  ffmpeg(['-i', image, '-vf', scene.still, '-frames:v', '1', out]);
  return out;
}

export interface Segment {
  /** A 640×480 picture with a code in view; null for a camera seeing nobody (dark grey). */
  picture: string | null;
  seconds: number;
  live?: string;
}

/** An MJPEG video of the segments, one after another; the fake camera loops it. */
export function cameraVideo(dir: string, name: string, segments: Segment[], fps = 30): string {
  const inputs: string[] = [];
  const filters: string[] = [];
  segments.forEach(({ picture, seconds, live }, index) => {
    if (picture) inputs.push('-loop', '1', '-framerate', String(fps), '-t', String(seconds), '-i', picture);
    else inputs.push('-f', 'lavfi', '-i', `color=c=0x282828:s=640x480:r=${fps}:d=${seconds}`);
    const marker = picture ? ',drawbox=x=0:y=0:w=32:h=32:color=white:t=fill' : '';
    filters.push(`[${index}:v]format=rgb24${live ? `,${live}` : ''}${marker},format=yuvj420p,setsar=1[s${index}]`);
  });
  const chain = segments.map((_, index) => `[s${index}]`).join('');
  const out = path.join(dir, `${name}.mjpeg`);
  ffmpeg([
    ...inputs,
    ...['-filter_complex', `${filters.join(';')};${chain}concat=n=${segments.length}:v=1[v]`, '-map', '[v]'],
    ...['-r', String(fps), '-pix_fmt', 'yuvj420p', '-f', 'mjpeg', '-q:v', '3', out],
  ]);
  return out;
}
