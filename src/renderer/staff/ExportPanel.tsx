// Exports of the attendance: CSV as the CLI writes it, an XLSX workbook, or JSON.
import { useId } from 'react';
import { useI18n } from '../i18n';
import { ExportButtons } from './ExportButtons';

export function ExportPanel() {
  const { t } = useI18n();
  const id = useId();
  return (
    <section className="staff-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('staff.tab.export')}</h2>
      <p>{t('staff.export.hint')}</p>
      <ExportButtons scope="attendance" />
      <h3>{t('staff.export.missingTitle')}</h3>
      <ExportButtons scope="missing" />
    </section>
  );
}
