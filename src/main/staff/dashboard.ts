// The organizer's live figures, computed from the guest list and the log on each poll.
import type { DashboardFigures, StaffGuest } from '../../shared/staff';

const FIVE_MINUTES = 5 * 60_000;
const LATEST = 8;

/** `firstForum`: guests the hub marked as at their first forum. */
export function dashboardFigures(guests: StaffGuest[], firstForum: ReadonlySet<string> = new Set()): DashboardFigures {
  const expectedGuests = guests.filter((guest) => !guest.walkIn);
  const arrived = guests.filter((guest) => guest.checkedInAt !== null);
  const arrivedExpected = expectedGuests.filter((guest) => guest.checkedInAt !== null).length;

  const buckets = new Map<number, number>();
  for (const guest of arrived) {
    const start = Math.floor(Date.parse(guest.checkedInAt!) / FIVE_MINUTES) * FIVE_MINUTES;
    buckets.set(start, (buckets.get(start) ?? 0) + 1);
  }
  const perFiveMinutes: DashboardFigures['perFiveMinutes'] = [];
  if (buckets.size > 0) {
    // Every five minutes between the first and last arrival, empty ones too, so the chart's time axis is even.
    const starts = [...buckets.keys()];
    for (let start = Math.min(...starts); start <= Math.max(...starts); start += FIVE_MINUTES)
      perFiveMinutes.push({ start, count: buckets.get(start) ?? 0 });
  }

  const departments = new Map<string, { arrived: number; expected: number }>();
  for (const guest of guests) {
    const figures = departments.get(guest.department) ?? { arrived: 0, expected: 0 };
    if (!guest.walkIn) figures.expected++;
    if (guest.checkedInAt !== null) figures.arrived++;
    departments.set(guest.department, figures);
  }

  return {
    expected: expectedGuests.length,
    arrivedExpected,
    walkIns: arrived.filter((guest) => guest.walkIn).length,
    missing: expectedGuests.length - arrivedExpected,
    perFiveMinutes,
    byDepartment: [...departments]
      .map(([department, figures]) => ({ department, ...figures }))
      .sort((a, b) => b.arrived - a.arrived || a.department.localeCompare(b.department)),
    firstTimers: arrived
      .filter((guest) => firstForum.has(guest.id))
      .sort((a, b) => Date.parse(b.checkedInAt!) - Date.parse(a.checkedInAt!))
      .map((guest) => ({
        guestId: guest.id,
        fullName: guest.fullName,
        department: guest.department,
        at: guest.checkedInAt!,
      })),
    latest: arrived
      .sort((a, b) => Date.parse(b.checkedInAt!) - Date.parse(a.checkedInAt!))
      .slice(0, LATEST)
      .map((guest) => ({
        guestId: guest.id,
        fullName: guest.fullName,
        department: guest.department,
        at: guest.checkedInAt!,
        walkIn: guest.walkIn,
      })),
  };
}
