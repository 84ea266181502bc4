// Importing a guest list from staff mode: the file is sent in chunks (with a progress bar), then its
// first rows, the columns it was read from and any problems are shown before anything is written.
import { useId, useState } from 'react';
import { type ImportOutcome, type ImportPreview, UPLOAD_CHUNK_CHARS } from '../../shared/staff';
import { api } from '../api';
import { clockTime } from '../event-clock';
import { useI18n, type MessageKey } from '../i18n';
import { importProblemText } from './import-problem-text';
import { useStaffSession } from './session';
import { apiErrorText } from '../api-error';

/** Bytes per chunk: their base64 fits UPLOAD_CHUNK_CHARS. */
const CHUNK_BYTES = (UPLOAD_CHUNK_CHARS / 4) * 3;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function ImportPanel() {
  const { t } = useI18n();
  const { run } = useStaffSession();
  const id = useId();
  const [upload, setUpload] = useState<{ uploadId: string; fileName: string } | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [removeMissing, setRemoveMissing] = useState(false);

  async function choose(file: File | undefined) {
    setPreview(null);
    setOutcome(null);
    setMessage(null);
    setRemoveMissing(false);
    if (!file) return;
    const uploadId = crypto.randomUUID();
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const chunks = Math.max(1, Math.ceil(bytes.length / CHUNK_BYTES));
      setProgress(0);
      for (let index = 0; index < chunks; index++) {
        const data = toBase64(bytes.subarray(index * CHUNK_BYTES, (index + 1) * CHUNK_BYTES));
        await run((session) => api.staffUploadChunk({ session, uploadId, index, data }));
        setProgress((index + 1) / chunks);
      }
      setUpload({ uploadId, fileName: file.name });
      setPreview(await run((session) => api.staffPreviewImport({ session, uploadId, fileName: file.name })));
    } catch (error) {
      setMessage(apiErrorText(t, error));
    }
  }

  async function apply() {
    if (!upload) return;
    try {
      setOutcome(await run((session) => api.staffApplyImport({ session, ...upload, removeMissing })));
    } catch (error) {
      setMessage(apiErrorText(t, error));
    }
  }

  return (
    <section className="staff-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('staff.tab.import')}</h2>
      <p>{t('staff.import.hint')}</p>
      <label htmlFor={`${id}-file`}>{t('staff.import.choose')}</label>
      <input
        id={`${id}-file`}
        className="staff-input"
        type="file"
        accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(event) => void choose(event.target.files?.[0])}
      />
      {progress !== null && (
        <div className="staff-field">
          <label htmlFor={`${id}-progress`}>
            {t('staff.import.progress', { percent: Math.round(progress * 100) })}
          </label>
          <progress id={`${id}-progress`} className="staff-progress" max={1} value={progress} />
        </div>
      )}
      {message && <p role="alert">{message}</p>}
      {preview && (
        <div className="staff-card">
          <h3>{t('staff.import.previewTitle', { count: preview.rowCount })}</h3>
          <dl className="staff-mapping">
            {Object.entries(preview.mapping).map(([field, header]) => (
              <div key={field}>
                <dt>{t(`staff.import.field.${field}` as MessageKey)}</dt>
                <dd>{header}</dd>
              </div>
            ))}
          </dl>
          <div className="staff-scroll">
            <table className="staff-table">
              <thead>
                <tr>
                  {preview.header.map((header, index) => (
                    <th key={index} scope="col">
                      {header}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {preview.firstRows.map((row, rowIndex) => (
                  <tr key={rowIndex}>
                    {preview.header.map((_header, index) => (
                      <td key={index}>{row[index] ?? ''}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {preview.problems.length > 0 ? (
            <div role="alert">
              <h4>{t('staff.import.problemsTitle')}</h4>
              <ul className="staff-list">
                {preview.problems.map((problem, index) => (
                  <li key={index}>{importProblemText(t, problem)}</li>
                ))}
              </ul>
            </div>
          ) : (
            !outcome && (
              <>
                {preview.notInFile.length > 0 && (
                  <div className="staff-field">
                    <h4>{t('staff.import.notInFileTitle', { count: preview.notInFile.length })}</h4>
                    <ul className="staff-list">
                      {preview.notInFile.map((guest, index) => (
                        <li key={index}>
                          {guest.arrivedAt
                            ? t('staff.import.notInFileArrived', {
                                name: guest.fullName,
                                time: clockTime(guest.arrivedAt),
                              })
                            : guest.fullName}
                        </li>
                      ))}
                    </ul>
                    <label className="staff-check">
                      <input
                        type="checkbox"
                        checked={removeMissing}
                        onChange={(event) => setRemoveMissing(event.target.checked)}
                      />
                      {t('staff.import.removeMissing')}
                    </label>
                  </div>
                )}
                <button type="button" className="button button--primary" onClick={apply}>
                  {t('staff.import.apply', { count: preview.rowCount })}
                </button>
              </>
            )
          )}
        </div>
      )}
      {/* Always present, so screen readers announce the outcome when it appears. */}
      <p role="status">
        {outcome &&
          (outcome.ok
            ? [
                t('staff.import.done', {
                  added: outcome.added,
                  updated: outcome.updated,
                  unchanged: outcome.unchanged,
                }),
                outcome.removed > 0 ? t('staff.import.removed', { count: outcome.removed }) : '',
                removeMissing && outcome.notInFile.some((guest) => guest.arrivedAt)
                  ? t('staff.import.keptArrived', {
                      count: outcome.notInFile.filter((guest) => guest.arrivedAt).length,
                    })
                  : '',
              ].join(' ')
            : outcome.problems.map((problem) => importProblemText(t, problem)).join(' '))}
      </p>
    </section>
  );
}
