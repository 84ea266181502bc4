// Two doors edit one guest in the same millisecond, offline, then sync: whichever pushes first, the hub
// and both doors end with the same edit (the hub kept the last one pushed while each door kept its own).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getGuest } from '../../src/main/store/guests';
import { editGuest } from '../../src/main/staff/guest-list';
import { HUB_BACKENDS, type HubBackendName, hubBackendMissing } from '../helpers/hub';
import { ANNA, twoDoorsWithAnna } from '../helpers/two-doors';

afterEach(() => {
  vi.useRealTimers();
});

/** The titles the two doors gave Anna in the same millisecond, synced with `first` pushing first. */
async function sameMomentEdits(backend: HubBackendName, first: 'north' | 'south') {
  const { north, south, anna, syncInTurn, annaAtHub } = await twoDoorsWithAnna(backend);
  expect(getGuest(south, anna.id)?.title).toBe('Rektor');

  // Offline, the same millisecond on both doors' clocks: north and south correct her title differently.
  // (A minute ahead of the real clock: after the stored version, whichever day the test runs.)
  const editedAt = Date.now() + 60_000;
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(editedAt);
  editGuest(north, anna.id, { ...ANNA, title: 'Rektor Norra skolan', flagged: false });
  editGuest(south, anna.id, { ...ANNA, title: 'Rektor Södra skolan', flagged: false });
  vi.useRealTimers();

  const doors = first === 'north' ? [north, south] : [south, north];
  await syncInTurn(...doors, ...doors);
  return {
    north: getGuest(north, anna.id)?.title,
    south: getGuest(south, anna.id)?.title,
    hub: (await annaAtHub())?.title,
  };
}

describe.each(HUB_BACKENDS)('two doors editing a guest in the same millisecond, through a %s hub', (backend) => {
  it.skipIf(hubBackendMissing(backend))(
    'end with the same edit at the hub and at both doors, whichever door pushes first',
    { timeout: 60_000 },
    async () => {
      const northFirst = await sameMomentEdits(backend, 'north');
      expect(northFirst.north).toBe(northFirst.hub);
      expect(northFirst.south).toBe(northFirst.hub);
      expect(['Rektor Norra skolan', 'Rektor Södra skolan']).toContain(northFirst.hub);

      const southFirst = await sameMomentEdits(backend, 'south');
      expect(southFirst).toEqual(northFirst);
    },
  );
});
