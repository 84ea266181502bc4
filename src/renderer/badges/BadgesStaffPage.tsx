import './badges.css';
// Badge settings and the print queue on one page, until staff mode (issue 5) gives them a home.
import { BadgeSettingsPanel } from './BadgeSettingsPanel';
import { PrintQueuePanel } from './PrintQueuePanel';

export function BadgesStaffPage() {
  return (
    <main className="badge-page">
      <BadgeSettingsPanel />
      <PrintQueuePanel />
    </main>
  );
}
