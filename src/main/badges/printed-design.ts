import type { BadgeDesign } from '../../shared/badge/design';
import type { Db } from '../store/database';
import { getBadgeDesign } from '../store/badge-designs';
import { getEventDetails } from '../store/events';
import { badgeLogo } from '../invitations/event-logo';

/** The design badges print with: without a logo of its own, a badge carries the event's (`entre event --logo`). */
export function printedBadgeDesign(db: Db, eventId: string): BadgeDesign {
  const design = getBadgeDesign(db, eventId);
  return design.logo ? design : { ...design, logo: badgeLogo(getEventDetails(db, eventId).logo) };
}
