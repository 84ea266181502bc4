// Name search as the public kiosk screen sees it: through the API handlers, on the demo guest list.
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createHandlers, dispatch } from '../../src/main/api/handlers';
import { createEvent, getActiveEvent, setActiveEvent } from '../../src/main/store/events';
import { insertGuest, listGuests } from '../../src/main/store/guests';
import { openStation } from '../../src/main/kiosk/station';
import { tempDir } from '../helpers/temp';

function demoStation() {
  const station = openStation(path.join(tempDir(), 'entre.db'));
  onTestFinished(() => {
    if (station.db.open) station.db.close();
  });
  const handlers = createHandlers(station);
  const search = (query: string) => dispatch(handlers, 'searchGuests', { query });
  const names = (query: string) => search(query).map((guest) => guest.fullName);
  return { station, search, names };
}

describe('name search', () => {
  it('tolerates missing diacritics and case', () => {
    const { names } = demoStation();
    expect(names('palsson')).toEqual(['Anna-Karin Pålsson']);
    expect(names('PÅLSSON')).toEqual(['Anna-Karin Pålsson']);
    expect(names('asa')).toContain('Åsa Lindqvist');
    expect(names('ohman')).toEqual(['Björn Öhman']);
  });

  it('matches parts of first or last names, and several words together', () => {
    const { names } = demoStation();
    expect(names('lindq')).toEqual(['Åsa Lindqvist']);
    expect(names('nyberg')).toEqual(['Sanna Karlsson-Nyberg']);
    expect(names('karin')).toEqual(expect.arrayContaining(['Anna-Karin Pålsson', 'Karin Löfgren']));
    expect(names('anna pals')).toEqual(['Anna-Karin Pålsson']);
    expect(names('pålsson anna-karin')).toEqual(['Anna-Karin Pålsson']);
    // Six names hold "strom", more than the five hits a kiosk lists: a second word narrows them down.
    expect(names('strom')).toContain('Mikael Strömberg');
    expect(names('ulf strom')).toEqual(['Ulf Sandström']);
  });

  it('answers two-letter queries with names that start with them, whole words first', () => {
    const { names } = demoStation();
    const hits = names('ek');
    expect(hits[0]).toBe('Malin Ek');
    expect(hits).toEqual(expect.arrayContaining(['Per-Olof Ekström']));
    for (const name of hits) expect(name.toLowerCase()).toMatch(/(^|[\s-])ek/);
  });

  it('shows at most six hits', () => {
    const { station, names } = demoStation();
    const eventId = getActiveEvent(station.db)!.id;
    for (const firstName of ['Anders', 'Britt', 'Cecilia', 'David', 'Elsa', 'Filip', 'Greta', 'Hugo']) {
      insertGuest(station.db, {
        eventId,
        code: `code${firstName.toLowerCase()}`,
        firstName,
        lastName: 'Andersson',
        title: '',
        department: '',
        email: '',
        source: 'import',
      });
    }
    expect(names('andersson')).toHaveLength(5);
    expect(names('an')).toHaveLength(5);
    expect(names('son')).toHaveLength(5);
  });

  it('finds nothing for one letter, an empty query or a name that is not there', () => {
    const { names } = demoStation();
    expect(names('a')).toEqual([]);
    expect(names('   ')).toEqual([]);
    expect(names('-')).toEqual([]);
    expect(names('zzzyx')).toEqual([]);
    expect(names('"palsson" OR *')).toEqual([]);
  });

  it('never shows e-mail addresses or invitation codes', () => {
    const { station, search } = demoStation();
    const guests = listGuests(station.db, getActiveEvent(station.db)!.id);
    const hits = search('an');
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      expect(Object.keys(hit).sort()).toEqual(['department', 'fullName', 'id', 'title']);
      const guest = guests.find((g) => g.id === hit.id)!;
      const shown = JSON.stringify(hit);
      expect(shown).not.toContain(guest.email);
      expect(shown).not.toContain(guest.code);
    }
  });

  it('forgives one typo in a longer word: a letter wrong, missing, extra, or two swapped', () => {
    const { names } = demoStation();
    expect(names('johanson')).toEqual(['Emma Johansson']);
    expect(names('lindkvist')).toEqual(['Åsa Lindqvist']);
    expect(names('sandstrm')).toEqual(['Ulf Sandström']);
    expect(names('lindqvisst')).toEqual(['Åsa Lindqvist']);
    expect(names('johasnson')).toEqual(['Emma Johansson']);
    // While typing: the start of a name with a slip in it, and a second, right word.
    expect(names('johamss')).toEqual(['Emma Johansson']);
    expect(names('emma johanson')).toEqual(['Emma Johansson']);
  });

  it('shows no more for a typo than for the right name: one slip, long words, only when nobody matches', () => {
    const { station, names } = demoStation();
    // Two slips, or one in a short word, find nobody: a public screen does not guess.
    expect(names('johnsonn')).toEqual([]);
    expect(names('emmma johanson')).toEqual([]);
    expect(names('ekk')).toEqual([]);
    expect(names('lofgrenn karim')).toEqual([]);
    // A name that is on the list as typed is all that is shown, never its near namesakes.
    const eventId = getActiveEvent(station.db)!.id;
    const guest = (firstName: string, lastName: string) =>
      insertGuest(station.db, {
        eventId,
        code: `code${firstName}${lastName}`.toLowerCase(),
        firstName,
        lastName,
        title: '',
        department: '',
        email: '',
        source: 'import',
      });
    guest('Per', 'Johanson');
    expect(names('johanson')).toEqual(['Per Johanson']);
    // Many near namesakes: still a handful at most.
    for (const firstName of ['Anders', 'Britt', 'Cecilia', 'David', 'Elsa', 'Filip', 'Greta', 'Hugo'])
      guest(firstName, 'Anderzon');
    expect(names('andersen')).toEqual([]);
    expect(names('anderzen')).toHaveLength(5);
  });

  it('only searches the active event', () => {
    const { station, names } = demoStation();
    const other = createEvent(station.db, { name: 'Annat', startsOn: null, venue: null });
    insertGuest(station.db, {
      eventId: other.id,
      code: 'abcd1234',
      firstName: 'Zacharias',
      lastName: 'Topelius',
      title: '',
      department: '',
      email: '',
      source: 'import',
    });
    expect(names('topelius')).toEqual([]);
    setActiveEvent(station.db, other.id);
    expect(names('topelius')).toEqual(['Zacharias Topelius']);
  });
});
