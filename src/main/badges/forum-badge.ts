// What a badge shows of the forum (docs/forums.md): the guest's mingle group and, at their first
// forum, the ribbon. The words are the event's own, set per station (entre forum-badge).
import { type BadgeForumMarks, DEFAULT_FORUM_WORDS } from '../../shared/badge/forum-marks';
import type { Db } from '../store/database';
import { forumMarkOf } from '../store/forum-marks';
import { getSetting, setSetting } from '../store/settings';

export const FORUM_WORD_SETTINGS = { group: 'badge.groupWord', ribbon: 'badge.firstForumRibbon' } as const;
/** '0' leaves the ribbon off first-timers' badges; anything else (or nothing) shows it. */
export const RIBBON_SHOWN_SETTING = 'badge.firstForumRibbonShown';

export const ribbonShown = (db: Db): boolean => getSetting(db, RIBBON_SHOWN_SETTING) !== '0';

export function forumWords(db: Db): { group: string; ribbon: string } {
  return {
    group: getSetting(db, FORUM_WORD_SETTINGS.group) || DEFAULT_FORUM_WORDS.group,
    ribbon: getSetting(db, FORUM_WORD_SETTINGS.ribbon) || DEFAULT_FORUM_WORDS.ribbon,
  };
}

export function badgeForumMarks(db: Db, guestId: string): BadgeForumMarks | undefined {
  const mark = forumMarkOf(db, guestId);
  if (!mark) return undefined;
  const words = forumWords(db);
  return {
    group: mark.group === null ? null : `${words.group} ${mark.group}`,
    ribbon: mark.firstForum && ribbonShown(db) ? words.ribbon : null,
  };
}

/** What `entre forum-badge` and staff settings change; a blank or missing word keeps the one set. */
export function saveForumWords(db: Db, words: { groupWord?: string; ribbon?: string; ribbonShown?: boolean }): void {
  if (words.groupWord?.trim()) setSetting(db, FORUM_WORD_SETTINGS.group, words.groupWord.trim());
  if (words.ribbon?.trim()) setSetting(db, FORUM_WORD_SETTINGS.ribbon, words.ribbon.trim());
  if (words.ribbonShown !== undefined) setSetting(db, RIBBON_SHOWN_SETTING, words.ribbonShown ? '1' : '0');
}
