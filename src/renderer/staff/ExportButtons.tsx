// One button per export format (the Swedish-office kinds too), for the whole attendance or only the missing guests.
import { useState } from 'react';
import { EXPORT_FORMATS, type ExportFormat, type ExportScope } from '../../shared/staff';
import { api } from '../api';
import { type MessageKey, useI18n } from '../i18n';
import { saveExportDownload } from './download';
import { useStaffSession } from './session';
import { apiErrorText } from '../api-error';

const FORMAT_LABELS: Record<ExportFormat, MessageKey> = {
  csv: 'staff.export.format.csv',
  'csv-sv': 'staff.export.format.csv-sv',
  xlsx: 'staff.export.format.xlsx',
  'xlsx-sv': 'staff.export.format.xlsx-sv',
  json: 'staff.export.format.json',
};

export function ExportButtons({ scope, onExported }: { scope: ExportScope; onExported?(): void }) {
  const { t } = useI18n();
  const { run } = useStaffSession();
  const [message, setMessage] = useState<string | null>(null);

  async function download(format: ExportFormat) {
    try {
      const file = await run((session) => api.staffExport({ session, format, scope }));
      saveExportDownload(file);
      setMessage(t('staff.export.started', { file: file.fileName }));
      onExported?.();
    } catch (error) {
      setMessage(apiErrorText(t, error));
    }
  }

  return (
    <div className="staff-actions">
      {EXPORT_FORMATS.map((format) => (
        <button key={format} type="button" className="button" onClick={() => download(format)}>
          {t(scope === 'missing' ? 'staff.export.missingAs' : 'staff.export.as', { format: t(FORMAT_LABELS[format]) })}
        </button>
      ))}
      <span role="status" className="staff-note">
        {message}
      </span>
    </div>
  );
}
