import { expect, it } from 'vitest';
import { ApiError, createHandlers, dispatch } from '../../src/main/api/handlers';
import { DEFAULT_BADGE_DESIGN } from '../../src/shared/badge/design';
import { tempStation } from '../helpers/temp';
import { firstStaffSession } from '../helpers/staff-session';

const departments = ['Socialförvaltningen', 'Tekniska förvaltningen', 'Miljöförvaltningen', 'Kommunledningskontoret'];

it('gives every department of the event its own band colour, keeping the ones staff chose', () => {
  const { station } = tempStation(
    departments.map((department, i) => ({ code: `code000${i}`, firstName: 'Gäst', lastName: `Nr${i}`, department })),
  );
  const handlers = createHandlers(station);
  const session = firstStaffSession(handlers, station.db);
  const settings = dispatch(handlers, 'getBadgeSettings', {});
  expect(settings.departments).toEqual([...departments].sort());
  expect(new Set(Object.values(settings.design.departmentColours)).size).toBe(departments.length);

  const saved = dispatch(handlers, 'saveBadgeSettings', {
    design: { ...settings.design, preset: 'dymo-99014', departmentColours: { Miljöförvaltningen: '#00aa00' } },
    printer: { printer: 'Etiketter', printOnCheckIn: false },
    session,
  });
  expect(saved.design.preset).toBe('dymo-99014');
  expect(saved.design.departmentColours['Miljöförvaltningen']).toBe('#00aa00');
  expect(new Set(Object.values(saved.design.departmentColours)).size).toBe(departments.length);
  expect(dispatch(handlers, 'getBadgeSettings', {}).printer).toEqual({ printer: 'Etiketter', printOnCheckIn: false });
});

it('refuses a logo that is not a PNG or JPEG with a clear message, and keeps the saved design', () => {
  const { station } = tempStation([{ code: 'abcd1234', firstName: 'Åsa' }]);
  const handlers = createHandlers(station);
  const session = firstStaffSession(handlers, station.db);
  const attempt = () =>
    dispatch(handlers, 'saveBadgeSettings', {
      design: {
        ...DEFAULT_BADGE_DESIGN,
        logo: { dataUrl: 'data:image/svg+xml;base64,PHN2Zz4=', width: 10, height: 10 },
      },
      printer: { printer: 'Badges', printOnCheckIn: true },
      session,
    });
  expect(attempt).toThrow(ApiError);
  expect(attempt).toThrow(/the logo must be a PNG or JPEG image/);
  expect(dispatch(handlers, 'getBadgeSettings', {}).design.logo).toBeNull();
});

it('lets only unlocked staff change the badge settings', () => {
  const { station } = tempStation([{ code: 'abcd1234', firstName: 'Åsa' }]);
  const handlers = createHandlers(station);
  const change = (session: string) => () =>
    dispatch(handlers, 'saveBadgeSettings', {
      design: DEFAULT_BADGE_DESIGN,
      printer: { printer: 'Elsewhere', printOnCheckIn: false },
      session,
    });
  expect(change('not-a-session-token-at-all-000000')).toThrow(/Staff mode is locked/);
  expect(dispatch(handlers, 'getBadgeSettings', {}).printer.printer).not.toBe('Elsewhere');
  const session = firstStaffSession(handlers, station.db);
  expect(change(session)().printer.printer).toBe('Elsewhere');
});
