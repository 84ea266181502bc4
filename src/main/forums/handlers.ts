// The forum calls of the API contract, for staff only (docs/forums.md): the forum settings, the
// hub's mingle groups, and the history with staff's answers to "maybe one person".
import type { ApiParsedArgs } from '../../shared/api';
import type { Station } from '../kiosk/check-in';
import { noEventLoaded } from '../api/errors';
import { saveForumWords } from '../badges/forum-badge';
import { requireStaffSession, type StaffSessions } from '../staff/sessions';
import { getActiveEvent } from '../store/events';
import { backgroundSync } from '../sync/scheduler';
import { decideLink, forumHistoryView, forumSettings, makeGroupsAtHub } from './staff-forums';

export function createForumHandlers(station: Station, sessions: StaffSessions) {
  const { db } = station;
  /** The active event's id, inside an open staff session. */
  const eventOf = (session: string): string => {
    requireStaffSession(sessions, session);
    const event = getActiveEvent(db);
    if (!event) throw noEventLoaded();
    return event.id;
  };
  return {
    getForumSettings: ({ session }: ApiParsedArgs<'getForumSettings'>) => forumSettings(db, eventOf(session)),
    saveForumSettings: ({ session, ...words }: ApiParsedArgs<'saveForumSettings'>) => {
      const eventId = eventOf(session);
      saveForumWords(db, words);
      return forumSettings(db, eventId);
    },
    makeMingleGroups: ({ session, size }: ApiParsedArgs<'makeMingleGroups'>) =>
      makeGroupsAtHub(db, eventOf(session), size, () => backgroundSync(station).syncNow()),
    getForumHistory: ({ session }: ApiParsedArgs<'getForumHistory'>) => forumHistoryView(db, eventOf(session)),
    decideForumLink: async ({ session, proposalId, decision }: ApiParsedArgs<'decideForumLink'>) => {
      const eventId = eventOf(session);
      const decisionProblem = await decideLink(db, proposalId, decision, () => backgroundSync(station).syncNow());
      return { ...(await forumHistoryView(db, eventId)), decisionProblem };
    },
  };
}
