// A recurring forum in staff mode (docs/forums.md): the station's forum settings, and the history
// staff see. History is personal data: these types travel to staff calls only, never to the kiosk.
import type { SyncProblem } from './domain';
import type { GroupSize } from './mingle-groups';
import type { HubHistory } from './sync-protocol';

export interface ForumSettings {
  /** Before the group's number on badges ("Grupp 7"). */
  groupWord: string;
  /** The first-timer ribbon's text: the event's own word. */
  ribbon: string;
  /** Whether first-timers' badges carry the ribbon at all. */
  ribbonShown: boolean;
  /** The organizer's groups as this station holds them from the hub; null: no groups. */
  groupSize: GroupSize | null;
  /** Groups are made by the hub: without a paired hub the size cannot change here. */
  hubPaired: boolean;
  /** What the words are until staff give the event's own. */
  defaults: { groupWord: string; ribbon: string };
}

/** One guest of this forum at their first forum, and whether they have arrived. */
export interface FirstTimer {
  guestId: string;
  fullName: string;
  department: string;
  arrived: boolean;
}

/** Staff's answer to "maybe one person": null while nobody has answered. */
export type LinkDecision = 'same' | 'different';

/** Maybe one person (same name and department, not linked by e-mail), with staff's answer. */
export type LinkProposalView = HubHistory['proposals'][number];

export interface ForumHistoryView {
  /** 'hub': the hub's history of every forum; 'station': only the forums this station holds. */
  source: 'hub' | 'station';
  /** Why the hub did not answer though the station is paired with one, else null. */
  hubProblem: SyncProblem | null;
  /** Why staff's answer to a proposal was not kept (the hub refused it, the proposal is gone), else null. */
  decisionProblem: SyncProblem | null;
  /** This forum (the active event). */
  forumId: string;
  /** People whose proposals staff confirmed are one entry, their forums joined. */
  history: HubHistory;
  firstTimers: FirstTimer[];
}

/** What making (or taking off) the groups left: the settings as they now are, or why the hub did not do it. */
export interface MadeGroups {
  settings: ForumSettings;
  problem: SyncProblem | null;
}
