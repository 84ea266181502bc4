// The who's-who booklet through the real `entre whos-who` command: consenting guests by department
// in Swedish order, one image per photo, those without a photo left out or shown with initials.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../e2e/helpers/cli';
import { openDatabase } from '../../src/main/store/database';
import { createEvent, setActiveEvent } from '../../src/main/store/events';
import { insertGuest } from '../../src/main/store/guests';
import { saveGuestPhoto } from '../../src/main/store/photos';
import { savePhotoSettings } from '../../src/main/photos/settings';
import { tempDir } from '../helpers/temp';
import { pageSizesMm, pdfText } from '../badges/pdf-tools';
import { FACE_JPEG } from './fixtures';

const imageCount = (file: string): number =>
  execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').length - 2;

function storeWithGuests(dir: string): string {
  const file = path.join(dir, 'entre.db');
  const db = openDatabase(file);
  const event = createEvent(db, { name: 'Ledarforum', startsOn: null, venue: null });
  setActiveEvent(db, event.id);
  const people: [string, string, string, string, boolean][] = [
    ['Örjan', 'Ek', 'Förvaltningschef', 'Äldreförvaltningen', true],
    ['Anna', 'Berg', 'Enhetschef', 'Stadsbyggnadsförvaltningen', true],
    ['Zoran', 'Alm', 'Avdelningschef', 'Stadsbyggnadsförvaltningen', true],
    ['Cecilia', 'Dahl', 'Controller', 'Kulturförvaltningen', false],
  ];
  for (const [firstName, lastName, title, department, photo] of people) {
    const guest = insertGuest(db, {
      eventId: event.id,
      code: `${firstName.toLowerCase()}0001`.normalize('NFD').replace(/[^a-z0-9]/g, ''),
      firstName,
      lastName,
      title,
      department,
      email: '',
      source: 'import',
    });
    if (photo) saveGuestPhoto(db, guest.id, FACE_JPEG);
  }
  db.close();
  return file;
}

describe('entre whos-who', () => {
  it('lists consenting guests by department in Swedish order, leaving out those without a photo', async () => {
    const dir = tempDir();
    const db = storeWithGuests(dir);
    const out = path.join(dir, 'whos-who.pdf');
    const result = await runCli(['whos-who', '--out', out, '--db', db]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("Wrote the who's-who of 3 guests");
    const [size] = pageSizesMm(out);
    expect(Math.round(size!.width)).toBe(210);
    expect(Math.round(size!.height)).toBe(297);
    const text = pdfText(out);
    // Å, Ä and Ö come after Z in Swedish: Äldreförvaltningen last; within a department by surname, as on the
    // guest list. Cards stand side by side, so the text reads names first, then titles, row by row.
    expect(text).toContain(
      'Stadsbyggnadsförvaltningen Zoran Alm Anna Berg Avdelningschef Enhetschef Äldreförvaltningen Örjan Ek Förvaltningschef',
    );
    expect(text).not.toContain('Cecilia');
    expect(imageCount(out)).toBe(3);
  });

  it('shows guests without a photo with their initials when the setting says so', async () => {
    const dir = tempDir();
    const file = storeWithGuests(dir);
    const db = openDatabase(file);
    savePhotoSettings(db, { kioskQuestion: false, whosWhoInitials: true });
    db.close();
    const out = path.join(dir, 'whos-who.pdf');
    expect((await runCli(['whos-who', '--out', out, '--db', file])).code).toBe(0);
    expect(pdfText(out)).toMatch(/Kulturförvaltningen CD Cecilia Dahl Controller Stadsbyggnadsförvaltningen/);
    expect(imageCount(out)).toBe(3);
  });
});
