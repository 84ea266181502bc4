import type { Migration } from './index';
import { rebuildTable } from '../rebuild-table';

/** The door log also records staff quitting the kiosk window, the only way out of it. */
export const doorLogKioskQuit: Migration = {
  version: 8,
  name: 'door-log-kiosk-quit',
  rebuildsTables: true,
  up(db) {
    rebuildTable(db, 'staff_log', (createSql) => {
      const allowed = createSql.replace("kind = 'lock'", "kind = 'lock' OR kind = 'kiosk-quit'");
      if (allowed === createSql) throw new Error('The door log has an unexpected schema.');
      return allowed;
    });
  },
};
