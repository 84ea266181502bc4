// The organizer's live figures, counted by the store on each poll from the guests and their arrivals
// (guest_arrivals, migration 012), so a poll costs the same whether the log is short or long.
import type { DashboardFigures } from '../../shared/staff';
import { type Db, prepared } from '../store/database';
import { fullName } from '../store/guests';
import { ON_THE_LIST } from './guest-list';

const FIVE_MINUTES = 5 * 60_000;
const swedish = new Intl.Collator('sv');
const LATEST = 8;

export function dashboardFigures(db: Db, eventId: string): DashboardFigures {
  const departments = prepared(
    db,
    `SELECT g.department,
       sum(g.arrived) AS arrived,
       sum(g.source <> 'walk-in') AS expected,
       sum(g.source <> 'walk-in' AND g.arrived = 1) AS arrivedExpected
     FROM guests g
     WHERE g.event_id = ? AND ${ON_THE_LIST}
     GROUP BY g.department`,
  ).all(eventId) as { department: string; arrived: number; expected: number; arrivedExpected: number }[];
  const total = (key: 'arrived' | 'expected' | 'arrivedExpected') =>
    departments.reduce((sum, department) => sum + department[key], 0);

  // Whole seconds since the epoch: the wall time's offset is honoured, and five minutes are whole seconds.
  const buckets = prepared(
    db,
    `SELECT (unixepoch(a.wall_time) / 300) * 300000 AS start, count(*) AS count
     FROM guest_arrivals a JOIN guests g ON g.id = a.guest_id
     WHERE a.event_id = ? AND g.removed_at IS NULL GROUP BY 1 ORDER BY 1`,
  ).all(eventId) as { start: number; count: number }[];
  const perFiveMinutes: DashboardFigures['perFiveMinutes'] = [];
  // Every five minutes between the first and last arrival, empty ones too, so the chart's time axis is even.
  const counts = new Map(buckets.map((bucket) => [bucket.start, bucket.count]));
  if (buckets.length > 0)
    for (let start = buckets[0]!.start; start <= buckets.at(-1)!.start; start += FIVE_MINUTES)
      perFiveMinutes.push({ start, count: counts.get(start) ?? 0 });

  const latest = prepared(
    db,
    `SELECT g.id, g.first_name, g.last_name, g.department, g.source, a.wall_time
     FROM guest_arrivals a JOIN guests g ON g.id = a.guest_id
     WHERE a.event_id = ? AND g.removed_at IS NULL ORDER BY a.hlc DESC LIMIT ${LATEST}`,
  ).all(eventId) as {
    id: string;
    first_name: string;
    last_name: string;
    department: string;
    source: string;
    wall_time: string;
  }[];

  // Guests the hub marked as at their first forum (docs/forums.md), for hosts to greet.
  const firstTimers = prepared(
    db,
    `SELECT g.id, g.first_name, g.last_name, g.department, a.wall_time
     FROM guest_arrivals a JOIN guests g ON g.id = a.guest_id JOIN forum_marks f ON f.guest_id = g.id
     WHERE a.event_id = ? AND g.removed_at IS NULL AND f.first_forum = 1 ORDER BY a.hlc DESC`,
  ).all(eventId) as { id: string; first_name: string; last_name: string; department: string; wall_time: string }[];

  const expected = total('expected');
  const arrivedExpected = total('arrivedExpected');
  return {
    expected,
    arrivedExpected,
    walkIns: total('arrived') - arrivedExpected,
    missing: expected - arrivedExpected,
    perFiveMinutes,
    // Arrived counts the department's expected guests, so it never exceeds expected ("1 av 0" when a
    // walk-in was the first of a department); walk-ins are counted beside it.
    byDepartment: departments
      .map(({ department, arrived, expected, arrivedExpected: arrivedOfExpected }) => ({
        department,
        arrived: arrivedOfExpected,
        expected,
        walkIns: arrived - arrivedOfExpected,
      }))
      .sort((a, b) => b.arrived + b.walkIns - (a.arrived + a.walkIns) || swedish.compare(a.department, b.department)),
    latest: latest.map((row) => ({
      guestId: row.id,
      fullName: fullName({ firstName: row.first_name, lastName: row.last_name }),
      department: row.department,
      at: row.wall_time,
      walkIn: row.source === 'walk-in',
    })),
    firstTimers: firstTimers.map((row) => ({
      guestId: row.id,
      fullName: fullName({ firstName: row.first_name, lastName: row.last_name }),
      department: row.department,
      at: row.wall_time,
    })),
  };
}
