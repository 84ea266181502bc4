// A recurring forum in staff mode (docs/forums.md): the forum settings (the same station settings
// `entre forum-badge` writes, and the hub's groups `entre groups` makes), and the history staff see:
// from the hub when the station is paired with one, else from the forums this station holds.
import type { SyncProblem } from '../../shared/domain';
import type { FirstTimer, ForumHistoryView, ForumSettings, LinkDecision, MadeGroups } from '../../shared/forums';
import { DEFAULT_FORUM_WORDS } from '../../shared/badge/forum-marks';
import type { GroupSize } from '../../shared/mingle-groups';
import type { HubHistory } from '../../shared/sync-protocol';
import { forumWords, ribbonShown } from '../badges/forum-badge';
import {
  firstForumGuests,
  type ForumGuests,
  historyOfForums,
  hubHistoryOf,
  type LinkDecisions,
  proposalPairs,
} from '../hub/forum-history';
import { ON_THE_LIST } from '../staff/guest-list';
import { type Db, prepared } from '../store/database';
import { organizerGroups } from '../store/forum-marks';
import { fullName } from '../store/guests';
import { setSetting } from '../store/settings';
import {
  currentPairing,
  fetchHubHistory,
  requestHubGroups,
  sendLinkDecision,
  SyncError,
  syncProblemOf,
} from '../sync/client';

/**
 * Staff's answers to proposals made while the hub could not be asked (or with none): one setting per
 * pair of people, under the pair's id, which names nobody. A paired station's answers live at the hub.
 */
const DECISION_PREFIX = 'forums.link.';

export function forumSettings(db: Db, eventId: string): ForumSettings {
  const words = forumWords(db);
  return {
    groupWord: words.group,
    ribbon: words.ribbon,
    ribbonShown: ribbonShown(db),
    groupSize: organizerGroups(db, eventId)?.size ?? null,
    hubPaired: currentPairing(db) !== null,
    defaults: { groupWord: DEFAULT_FORUM_WORDS.group, ribbon: DEFAULT_FORUM_WORDS.ribbon },
  };
}

/**
 * Asks the hub to make groups of `size` (or take them off), then pulls the marks it wrote so this
 * station shows them soon. `pull` is the station's sync round; one already running when staff asked
 * may have pulled before the hub wrote the marks, so the size shown is the one the hub answered.
 */
export async function makeGroupsAtHub(
  db: Db,
  eventId: string,
  size: GroupSize | null,
  pull: () => Promise<void>,
): Promise<MadeGroups> {
  let problem: SyncProblem | null = null;
  let groupSize: GroupSize | null | undefined;
  try {
    const made = await requestHubGroups(db, size);
    groupSize = made.groups.length > 0 ? made.size : null;
    await pull();
  } catch (error) {
    problem = syncProblemOf(error);
  }
  const settings = forumSettings(db, eventId);
  return { settings: groupSize === undefined ? settings : { ...settings, groupSize }, problem };
}

/** The forums this station holds (not the demo), with their guests still on the list. */
function stationForums(db: Db): ForumGuests[] {
  const events = prepared(
    db,
    `SELECT id, name, starts_on AS startsOn, created_at AS createdAt FROM events e
     WHERE EXISTS (SELECT 1 FROM guests WHERE event_id = e.id AND source <> 'demo')`,
  ).all() as ForumGuests['event'][];
  return events.map((event) => ({
    event,
    rows: (
      prepared(
        db,
        `SELECT g.id, g.first_name, g.last_name, g.sort_key, g.department, g.email, g.arrived FROM guests g
         WHERE g.event_id = ? AND ${ON_THE_LIST}`,
      ).all(event.id) as {
        id: string;
        first_name: string;
        last_name: string;
        sort_key: string;
        department: string;
        email: string;
        arrived: number;
      }[]
    ).map((row) => ({
      guestId: row.id,
      name: fullName({ firstName: row.first_name, lastName: row.last_name }),
      sortKey: row.sort_key,
      department: row.department,
      email: row.email,
      checkedIn: row.arrived === 1,
    })),
  }));
}

/** This forum's first-timers as the hub marked them; without any mark yet, as the station's own forums show. */
function firstTimers(db: Db, eventId: string, own: () => Set<string>): FirstTimer[] {
  const marked = prepared(db, 'SELECT 1 FROM forum_marks WHERE event_id = ? LIMIT 1').get(eventId) !== undefined;
  const rows = prepared(
    db,
    `SELECT g.id, g.first_name, g.last_name, g.department, g.arrived,
       EXISTS (SELECT 1 FROM forum_marks f WHERE f.guest_id = g.id AND f.first_forum = 1) AS first
     FROM guests g WHERE g.event_id = ? AND ${ON_THE_LIST} AND trim(g.first_name || g.last_name) <> ''
     ORDER BY g.arrived DESC, g.sort_key`,
  ).all(eventId) as {
    id: string;
    first_name: string;
    last_name: string;
    department: string;
    arrived: number;
    first: number;
  }[];
  const unmarked = marked ? null : own();
  return rows
    .filter((row) => (unmarked ? unmarked.has(row.id) : row.first === 1))
    .map((row) => ({
      guestId: row.id,
      fullName: fullName({ firstName: row.first_name, lastName: row.last_name }),
      department: row.department,
      arrived: row.arrived === 1,
    }));
}

/** The answers kept at this station (see DECISION_PREFIX). */
function stationDecisions(db: Db): LinkDecisions {
  const rows = prepared(db, 'SELECT key, value FROM settings WHERE key LIKE ?').all(`${DECISION_PREFIX}%`) as {
    key: string;
    value: LinkDecision;
  }[];
  return new Map(rows.map((row) => [row.key.slice(DECISION_PREFIX.length), row.value]));
}

/** The history of the forums this station holds, with the answers given here. */
const stationHistory = (db: Db) => historyOfForums(stationForums(db), stationDecisions(db));

/**
 * Staff's answer to one proposal, never merging anything by itself. A paired station sends it to
 * the hub, so every door shows it and the first-timer marks follow it, then `pull`s (the station's
 * sync round) the marks the hub rewrote; a station without a hub (or one that cannot reach it, and
 * so showed its own history) keeps it here. Why the answer was not kept (the hub refused it, the
 * proposal is gone) comes back as a problem for staff, worded in their language.
 */
export async function decideLink(
  db: Db,
  proposalId: string,
  decision: LinkDecision,
  pull: () => Promise<void>,
): Promise<SyncProblem | null> {
  if (currentPairing(db)) {
    try {
      await sendLinkDecision(db, proposalId, decision);
      await pull();
      return null;
    } catch (error) {
      if (!(error instanceof SyncError)) throw error;
      if (error.code !== 'unreachable' && error.code !== 'timeout') return syncProblemOf(error);
    }
  }
  const pairs = proposalPairs(stationHistory(db), proposalId);
  if (!pairs)
    return syncProblemOf(
      new SyncError(
        'proposal-gone',
        'These people are no longer proposed as one person (the lists changed): open the history again.',
      ),
    );
  for (const pair of pairs) setSetting(db, `${DECISION_PREFIX}${pair}`, decision);
  return null;
}

/** A purge forgets staff's answers with the names they were about (the hub forgets its own when the purge syncs). */
export function forgetLinkDecisions(db: Db): void {
  prepared(db, 'DELETE FROM settings WHERE key LIKE ?').run(`${DECISION_PREFIX}%`);
}

/** The history staff see for this forum: the hub's when it answers, else the station's own forums. */
export async function forumHistoryView(db: Db, eventId: string): Promise<ForumHistoryView> {
  const local = () => stationHistory(db);
  let history: HubHistory | null = null;
  let hubProblem: SyncProblem | null = null;
  if (currentPairing(db)) {
    try {
      history = await fetchHubHistory(db);
    } catch (error) {
      hubProblem = syncProblemOf(error);
    }
  }
  const own = history ? null : local();
  return {
    source: history ? 'hub' : 'station',
    hubProblem,
    decisionProblem: null,
    forumId: eventId,
    history: history ?? hubHistoryOf(own!),
    firstTimers: firstTimers(db, eventId, () => firstForumGuests(own ?? local(), eventId)),
  };
}
