// `entre event` as an organizer runs it: set what invitations say, see it, and get one sentence back for
// a bad value, with nothing changed. Then the invitations and badges it feeds.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { CLI_TIMEOUT, entre, foldersRemovedAfterAll } from '../helpers/cli';
import { readQrCodes } from '../helpers/read-qr';

const tempDir = foldersRemovedAfterAll('entre-event-');

/** A store with two guests and a 400×120 PNG logo beside it. */
async function organizerFolder() {
  const dir = tempDir();
  const db = path.join(dir, 'entre.db');
  fs.writeFileSync(
    path.join(dir, 'lista.csv'),
    'Förnamn;Efternamn;Titel;Förvaltning;Kod\nÅsa;Öhman;Rektor;Skola;asa00001\nChristoffer;Bäckström-Grönqvist;Chef;Teknik;chr00001\n',
  );
  expect((await entre(['import', path.join(dir, 'lista.csv'), '--db', db])).code).toBe(0);
  const logo = new PNG({ width: 400, height: 120 });
  logo.data.fill(0x40);
  fs.writeFileSync(path.join(dir, 'logo.png'), PNG.sync.write(logo));
  return { dir, db, logo: path.join(dir, 'logo.png') };
}

const DETAILS = [
  ['--name', 'Ledarforum 2026'],
  ['--date', '2026-03-12'],
  ['--time', '08:30'],
  ['--place', 'Stadshuset, Örebro'],
  ['--welcome', 'Välkommen till årets ledarforum!'],
  ['--contact', 'Frågor? Maria Ek, 019-21 10 00'],
  // Typed in lower case, stored as the time zone database spells it.
  ['--time-zone', 'europe/stockholm'],
].flat();

describe.concurrent('entre event', { timeout: CLI_TIMEOUT }, () => {
  it('sets the event and shows it back, and a bad value gets one sentence and changes nothing', async () => {
    const { dir, db, logo } = await organizerFolder();
    const set = await entre(['event', '--db', db, ...DETAILS, '--logo', logo]);
    expect(set.stderr).toBe('');
    expect(set.code).toBe(0);
    const shown = await entre(['event', '--db', db]);
    expect(shown.stdout).toContain('Event:        Ledarforum 2026');
    expect(shown.stdout).toContain('Date:         torsdag 12 mars 2026 (2026-03-12)');
    expect(shown.stdout).toContain('Time:         08:30');
    expect(shown.stdout).toContain('Place:        Stadshuset, Örebro');
    expect(shown.stdout).toContain('Time zone:    Europe/Stockholm');
    expect(shown.stdout).toContain('Logo:         PNG, 400×120 px');
    expect(shown.stdout).toContain('Welcome text: Välkommen till årets ledarforum!');
    expect(shown.stdout).toContain('Contact line: Frågor? Maria Ek, 019-21 10 00');

    fs.writeFileSync(path.join(dir, 'notes.png'), 'not an image at all');
    const refusals: [string[], string][] = [
      [['--date', '12/3/2026'], '"12/3/2026" is not a date: write it as YYYY-MM-DD, for example 2026-03-12.'],
      [['--date', '2026-02-30'], '"2026-02-30" is not a date'],
      [['--time', '8.30'], '"8.30" is not a time of day: write it as HH:MM, for example 08:30.'],
      [['--logo', path.join(dir, 'missing.png')], `There is no logo file ${path.join(dir, 'missing.png')}`],
      [['--logo', path.join(dir, 'notes.png')], `The logo ${path.join(dir, 'notes.png')} is not a PNG or JPEG image.`],
      [['--time-zone', 'Stockholm'], '"Stockholm" is not a time zone'],
      [['--name', ' '], 'The event needs a name'],
    ];
    for (const [args, message] of refusals) {
      const refused = await entre(['event', '--db', db, '--place', 'Elsewhere', ...args]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(message);
      expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect((await entre(['event', '--db', db])).stdout).toBe(shown.stdout);

    const cleared = await entre(['event', '--db', db, '--welcome', '', '--no-logo']);
    expect(cleared.stdout).toContain('Welcome text: (not set)');
    expect(cleared.stdout).toContain('Logo:         (not set)');
    expect(cleared.stdout).toContain('Place:        Stadshuset, Örebro');
  });

  it('refuses an event text longer than every door and the hub take, which would stop its sync', async () => {
    const { db } = await organizerFolder();
    const refusals: [string[], string][] = [
      [['--welcome', 'Välkommen! '.repeat(500)], '--welcome is 5499 characters long: keep it to 5000.\n'],
      [['--place', 'Stadshuset '.repeat(30)], '--place is 329 characters long: keep it to 300.\n'],
    ];
    for (const [args, message] of refusals)
      expect(await entre(['event', '--db', db, '--name', 'Ledarforum', ...args])).toEqual({
        code: 1,
        stdout: '',
        stderr: message,
      });
    expect((await entre(['event', '--db', db])).stdout).toContain('Place:        (not set)');
    expect(await entre(['import', 'gaster.csv', '--db', db, '--event', 'Ledarforum '.repeat(30)])).toEqual({
      code: 1,
      stdout: '',
      stderr: '--event is 329 characters long: keep it to 300.\n',
    });
  });

  it('prints the Swedish date, time, place, welcome text and contact line on every PDF invitation', async () => {
    const { dir, db, logo } = await organizerFolder();
    expect((await entre(['event', '--db', db, ...DETAILS, '--logo', logo])).code).toBe(0);
    const out = path.join(dir, 'inv');
    expect((await entre(['invitations', '--db', db, '--out', out])).code).toBe(0);
    const pdf = path.join(out, 'invitations.pdf');
    const pages = execFileSync('pdftotext', [pdf, '-'])
      .toString()
      .split('\f')
      .filter((page) => page.trim());
    expect(pages).toHaveLength(2);
    for (const page of pages) {
      expect(page).toContain('Ledarforum 2026');
      expect(page).toContain('torsdag 12 mars 2026 kl. 08:30');
      expect(page).toContain('Stadshuset, Örebro');
      expect(page).toContain('Välkommen till årets ledarforum!');
      expect(page).toContain('Frågor? Maria Ek, 019-21 10 00');
      expect(page).not.toContain('2026-03-12');
    }
    // Each page carries the logo and its code.
    const images = execFileSync('pdfimages', ['-list', pdf]).toString().trim().split('\n').slice(2);
    expect(images.filter((line) => /^\s*\d+\s+\d+\s+image\s+400\s+120\s/.test(line))).toHaveLength(2);

    // Badges printed without a logo of their own carry the event's, and its Swedish date.
    const badges = path.join(dir, 'badges.pdf');
    expect((await entre(['badges', '--db', db, '--out', badges])).code).toBe(0);
    expect(execFileSync('pdftotext', [badges, '-']).toString()).toContain('torsdag 12 mars 2026');
    expect(execFileSync('pdfimages', ['-list', badges]).toString()).toMatch(/\simage\s+400\s+120\s/);
  });

  it("puts the guest's name and the event beside the code on PNG invitations, and the code still reads", async () => {
    const { dir, db } = await organizerFolder();
    expect((await entre(['event', '--db', db, ...DETAILS])).code).toBe(0);
    const out = path.join(dir, 'png');
    expect((await entre(['invitations', '--db', db, '--out', out, '--format', 'png'])).code).toBe(0);
    const mapping = parse(fs.readFileSync(path.join(out, 'invitations.csv'), 'utf8'), { bom: true, columns: true }) as {
      first_name: string;
      file: string;
    }[];
    const asa = path.join(out, mapping.find((row) => row.first_name === 'Åsa')!.file);
    const image = PNG.sync.read(fs.readFileSync(asa));
    const bare = PNG.sync.read(await QRCode.toBuffer('ASA00001', { errorCorrectionLevel: 'M', margin: 4, width: 600 }));
    expect(image.width).toBeGreaterThan(bare.width * 2);
    expect(image.height).toBe(bare.height);
    // Ink to the right of the code: the name and the event are drawn there.
    let dark = 0;
    for (let y = 0; y < image.height; y++)
      for (let x = 620; x < image.width; x++) if (image.data[(y * image.width + x) * 4]! < 128) dark++;
    expect(dark).toBeGreaterThan(5000);
    expect(await readQrCodes(asa)).toEqual(['ASA00001']);

    // The SVG is the same picture, its text readable as text.
    expect((await entre(['invitations', '--db', db, '--out', path.join(dir, 'svg'), '--format', 'svg'])).code).toBe(0);
    const svg = fs.readFileSync(
      path.join(dir, 'svg', mapping.find((row) => row.first_name === 'Åsa')!.file.replace(/png$/, 'svg')),
      'utf8',
    );
    for (const text of ['Åsa Öhman', 'Ledarforum 2026', 'torsdag 12 mars 2026 kl. 08:30', 'Stadshuset, Örebro'])
      expect(svg).toContain(text);
  });
});
