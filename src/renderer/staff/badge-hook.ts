// The seam to badge printing (issue 4): the badge module registers its printer here, and staff mode
// calls printBadge after a walk-in is created and when staff press "Reprint badge".
export type BadgePrinter = (guestId: string) => Promise<void>;

let badgePrinter: BadgePrinter | null = null;

/** Called once by the badge module when it loads. */
export function registerBadgePrinter(printer: BadgePrinter): void {
  badgePrinter = printer;
}

/** Prints the guest's badge; 'unavailable' while no badge printer is set up at this station. */
export async function printBadge(guestId: string): Promise<'printed' | 'unavailable'> {
  if (!badgePrinter) return 'unavailable';
  await badgePrinter(guestId);
  return 'printed';
}
