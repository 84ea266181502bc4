import type { Migration } from './index';
import { allowAlso, rebuildTable } from '../rebuild-table';

/**
 * The door log records the kiosk reloading its page after the page crashed or hung, and a badge can be
 * "sent" to the printer: Electron reports only that the system took the job, not that it came out.
 */
export const kioskRestartsAndSentBadges: Migration = {
  version: 13,
  name: 'kiosk-restarts-and-sent-badges',
  rebuildsTables: true,
  up(db) {
    rebuildTable(db, 'staff_log', (sql) => allowAlso(sql, "kind = 'kiosk-quit'", "kind = 'kiosk-restarted'"));
    rebuildTable(db, 'print_jobs', (sql) => allowAlso(sql, "state = 'failed'", "state = 'sent'"));
  },
};
