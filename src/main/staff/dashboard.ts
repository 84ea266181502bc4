// The organizer's live figures, added up on each poll from tallies the store keeps as guests and their
// arrivals change (guest_tallies and arrival_tallies, migration 016), so a poll costs the same at 100 or
// 100,000 guests and whether the log is short or long.
import type { DashboardFigures } from '../../shared/staff';
import { type Db, prepared } from '../store/database';
import { fullName } from '../store/guests';
import { fiveMinutesStart } from '../store/migrations/016-staff-figures';

const FIVE_MINUTES = 5 * 60_000;
const swedish = new Intl.Collator('sv');
const LATEST = 8;

export function dashboardFigures(db: Db, eventId: string): DashboardFigures {
  // The tallies count every guest not removed; guests merged into others are few, and taken off (CROSS
  // JOIN: SQLite would otherwise walk all the event's guests to find them).
  const departments = prepared(
    db,
    `SELECT department,
       sum(arrived * guests) AS arrived,
       sum((NOT walk_in) * guests) AS expected,
       sum((NOT walk_in AND arrived) * guests) AS arrivedExpected
     FROM (
       SELECT department, walk_in, arrived, guests FROM guest_tallies WHERE event_id = ?
       UNION ALL
       SELECT g.department, g.source = 'walk-in', g.arrived, -1
       FROM guest_aliases m CROSS JOIN guests g ON g.id = m.alias_id
       WHERE g.event_id = ? AND g.removed_at IS NULL
     )
     GROUP BY department HAVING sum(guests) > 0`,
  ).all(eventId, eventId) as { department: string; arrived: number; expected: number; arrivedExpected: number }[];
  const total = (key: 'arrived' | 'expected' | 'arrivedExpected') =>
    departments.reduce((sum, department) => sum + department[key], 0);

  // Arrivals per five minutes as tallied, less those of guests since removed (few: from their index on).
  const buckets = prepared(
    db,
    `SELECT start, sum(arrivals) AS count
     FROM (
       SELECT start, arrivals FROM arrival_tallies WHERE event_id = ?
       UNION ALL
       SELECT ${fiveMinutesStart('a.wall_time')}, -1
       FROM guests g INDEXED BY guests_removed CROSS JOIN guest_arrivals a ON a.guest_id = g.id
       WHERE g.removed_at IS NOT NULL AND a.event_id = ?
     )
     GROUP BY start HAVING sum(arrivals) > 0 ORDER BY start`,
  ).all(eventId, eventId) as { start: number; count: number }[];
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
