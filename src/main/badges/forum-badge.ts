// What a badge shows of the forum (docs/forums.md): the guest's mingle group and, at their first
// forum, the ribbon. The words are the event's own, set per station (entre forum-badge).
import { type BadgeForumMarks, DEFAULT_FORUM_WORDS } from '../../shared/badge/forum-marks';
import type { Db } from '../store/database';
import { forumMarkOf } from '../store/forum-marks';
import { getSetting } from '../store/settings';

export const FORUM_WORD_SETTINGS = { group: 'badge.groupWord', ribbon: 'badge.firstForumRibbon' } as const;

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
    ribbon: mark.firstForum ? words.ribbon : null,
  };
}
