import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateKeyPairSync } from 'node:crypto';
import { writeInvitations } from '../../src/main/invitations/write-invitations';
import { keyIdOf } from '../../src/main/invitations/signing-keys';
import { openDatabase, type Db } from '../../src/main/store/database';
import { createEvent } from '../../src/main/store/events';
import { insertGuest, listGuests } from '../../src/main/store/guests';
import type { EventInfo } from '../../src/shared/domain';
import { readQrCodes } from '../helpers/read-qr';

let dir: string;
let db: Db;
let event: EventInfo;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entre-invitations-'));
  db = openDatabase(path.join(dir, 'entre.db'));
  event = createEvent(db, { name: 'Ledarforum 2026', startsOn: '2026-03-12', venue: 'Stadshuset, Örebro' });
  for (const [firstName, lastName] of [
    ['Åsa', 'Lindqvist'],
    ['Björn', 'Öhman'],
    ['Märta', 'Sjögren'],
  ] as const)
    insertGuest(db, {
      eventId: event.id,
      code: `code${lastName.length}${firstName.length}x`,
      firstName,
      lastName,
      title: 'Förvaltningschef',
      department: 'Socialförvaltningen',
      email: `${firstName}@example.se`,
      source: 'import',
    });
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const readMapping = (outDir: string) =>
  parse(fs.readFileSync(path.join(outDir, 'invitations.csv'), 'utf8'), { bom: true, columns: true }) as Record<
    string,
    string
  >[];

const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-']).toString();

describe('entre invitations', () => {
  it('writes an image per guest, named for a mail merge, and a CSV mapping each guest to their file', async () => {
    const guests = listGuests(db, event.id);
    for (const format of ['png', 'svg'] as const) {
      const outDir = path.join(dir, format);
      await writeInvitations({ event, guests, outDir, format, signer: null });
      const mapping = readMapping(outDir);
      expect(mapping.map((row) => row.last_name)).toEqual(['Lindqvist', 'Sjögren', 'Öhman']);
      for (const row of mapping) {
        expect(row.file).toMatch(new RegExp(`^[a-z-]+-${row.guest_id!.slice(-8)}\\.${format}$`));
        expect(fs.statSync(path.join(outDir, row.file!)).size).toBeGreaterThan(200);
      }
      expect(mapping.find((row) => row.last_name === 'Öhman')!.file).toMatch(/^ohman-bjorn-/);
    }
  });

  it('gives two guests of the same name a file each, even when their ids end alike', async () => {
    const namesake = (id: string | undefined, email: string) =>
      insertGuest(db, {
        id,
        eventId: event.id,
        code: `k${email.split('@')[0]}`,
        firstName: 'Anna',
        lastName: 'Karlsson',
        title: '',
        department: email.split('@')[0]!,
        email,
        source: 'import',
      });
    // Imported together: their ids begin with the same time and differ at the end.
    const imported = [namesake(undefined, 'miljo@example.se'), namesake(undefined, 'skola@example.se')];
    const alike = [
      namesake('00000000-0000-4000-8000-0000aaaabbbb', 'a@example.se'),
      namesake('11111111-0000-4000-8000-0000aaaabbbb', 'b@example.se'),
    ];
    // Synced from a hub, names may be long: the end that tells the files apart is kept all the same.
    const long = [1, 2].map((n) =>
      insertGuest(db, {
        id: `22222222-0000-4000-8000-${n}000aaaabbbb`,
        eventId: event.id,
        code: `long${n}code`,
        firstName: 'Anna'.repeat(50),
        lastName: 'Karlsson'.repeat(25),
        title: '',
        department: '',
        email: '',
        source: 'import',
      }),
    );
    const outDir = path.join(dir, 'namesakes');
    await writeInvitations({ event, guests: [...imported, ...alike, ...long], outDir, format: 'png', signer: null });
    const files = readMapping(outDir).map((row) => row.file!);
    expect(new Set(files).size).toBe(6);
    expect(fs.readdirSync(outDir).sort()).toEqual([...files, 'invitations.csv'].sort());
    expect(files.slice(2, 4)).toEqual(['karlsson-anna-aaaabbbb.png', 'karlsson-anna-aaaabbbb-2.png']);
    expect(files.slice(4)).toEqual([
      expect.stringMatching(/-aaaabbbb\.png$/),
      expect.stringMatching(/-aaaabbbb-2\.png$/),
    ]);
    // Each file carries its own guest's code, as the camera at the door reads it.
    for (const [index, guest] of imported.entries())
      expect(await readQrCodes(path.join(outDir, files[index]!))).toEqual([guest.code.toUpperCase()]);
  });

  it('keeps every file inside the output folder, whatever id and name a synced guest carries', async () => {
    const hostile = insertGuest(db, {
      id: '/../../../../tmp/x/../../..',
      eventId: event.id,
      code: 'hostile01',
      firstName: '../..',
      lastName: 'CON',
      title: '',
      department: '',
      email: '',
      source: 'import',
    });
    const outDir = path.join(dir, 'out', 'svg');
    await writeInvitations({ event, guests: [hostile], outDir, format: 'svg', signer: null });
    const [row] = readMapping(outDir);
    expect(fs.readdirSync(path.join(dir, 'out'))).toEqual(['svg']);
    expect(fs.readdirSync(outDir).sort()).toEqual(['invitations.csv', row!.file].sort());
    // "CON.svg" is a device on Windows, not a file.
    expect(row!.file).toBe('_con.svg');
  });

  it('writes one A4 page per guest with the event, the date in Swedish, the place and the name in Swedish letters', async () => {
    const outDir = path.join(dir, 'pdf');
    await writeInvitations({ event, guests: listGuests(db, event.id), outDir, format: 'pdf', signer: null });
    const info = execFileSync('pdfinfo', [path.join(outDir, 'invitations.pdf')]).toString();
    expect(info).toMatch(/Pages:\s+3/);
    expect(info).toMatch(/\(A4\)/);
    const text = pdfText(path.join(outDir, 'invitations.pdf'));
    for (const expected of [
      'Ledarforum 2026',
      'torsdag 12 mars 2026',
      'Stadshuset, Örebro',
      'Åsa Lindqvist',
      'Björn Öhman',
    ])
      expect(text).toContain(expected);
    expect(readMapping(outDir).map((row) => [row.file, row.page])).toEqual([
      ['invitations.pdf', '1'],
      ['invitations.pdf', '2'],
      ['invitations.pdf', '3'],
    ]);
  });

  it('still renders å, ä and ö when no font file is installed', async () => {
    const outDir = path.join(dir, 'pdf-no-fonts');
    const fontFiles = { regular: [path.join(dir, 'missing.ttf')], bold: [] };
    await writeInvitations({ event, guests: listGuests(db, event.id), outDir, format: 'pdf', signer: null, fontFiles });
    const text = pdfText(path.join(outDir, 'invitations.pdf'));
    expect(text).toContain('Märta Sjögren');
    expect(text).toContain('Åsa Lindqvist');
  });

  it('prints signed invitations as compact codes: upper case fits QR alphanumeric mode, 53 modules a side', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const outDir = path.join(dir, 'signed');
    const guests = listGuests(db, event.id);
    await writeInvitations({ event, guests, outDir, format: 'svg', signer: { keyId: keyIdOf(publicKey), privateKey } });
    for (const row of readMapping(outDir)) {
      const svg = fs.readFileSync(path.join(outDir, row.file!), 'utf8');
      // 53 modules (version 9) plus a margin of 4 on each side; in byte mode the same payload needs 61.
      expect(svg).toContain('viewBox="0 0 61 61"');
    }
  });
});
