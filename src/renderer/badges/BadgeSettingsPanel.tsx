import './badges.css';
// Staff settings for the event's badges: the medium, colour bands, logo and this station's printer,
// with a live preview of the unsaved choices on the event's longest name.
import { useEffect, useId, useState, type ChangeEvent } from 'react';
import type { BadgeDesign, BadgeLogo } from '../../shared/badge/design';
import { departmentColour } from '../../shared/badge/design';
import type { BadgePrinterSettings, BadgeSettings } from '../../shared/badge/print-jobs';
import { BADGE_PRESET_IDS, BADGE_PRESETS, badgesPerPage, type BadgePresetId } from '../../shared/badge/presets';
import { MAX_LOGO_DATA_URL } from '../../shared/badge/schemas';
import { api } from '../api';
import { useI18n } from '../i18n';
import { useStaffSession } from '../staff/session';
import { BadgeSvg } from '../../shared/badge/BadgeSvg';
import { layoutPage } from '../../shared/badge/layout';
import { apiErrorText } from '../api-error';

const PLACEHOLDER = {
  firstName: 'Anna-Karin',
  lastName: 'Pålsson',
  title: 'Förvaltningschef',
  department: 'Socialförvaltningen',
};

const sampleName = (person: { firstName: string; lastName: string }) =>
  [person.firstName, person.lastName].filter(Boolean).join(' ');

function readLogo(file: File): Promise<BadgeLogo> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error);
    reader.onload = () => {
      const dataUrl = String(reader.result);
      const image = new Image();
      image.onerror = () => reject(new Error('not an image'));
      image.onload = () => resolve({ dataUrl, width: image.naturalWidth, height: image.naturalHeight });
      image.src = dataUrl;
    };
    reader.readAsDataURL(file);
  });
}

export function BadgeSettingsPanel() {
  const { t } = useI18n();
  const { run } = useStaffSession();
  const id = useId();
  const [saved, setSaved] = useState<BadgeSettings | null>(null);
  const [design, setDesign] = useState<BadgeDesign | null>(null);
  const [printer, setPrinter] = useState<BadgePrinterSettings | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const load = (settings: BadgeSettings) => {
    setSaved(settings);
    setDesign(settings.design);
    setPrinter(settings.printer);
  };
  useEffect(() => {
    api.getBadgeSettings({}).then(load, (error: Error) => setMessage({ kind: 'error', text: apiErrorText(t, error) }));
  }, []);

  if (!saved || !design || !printer) return message ? <p role="alert">{message.text}</p> : null;
  const change = (next: Partial<BadgeDesign>) => {
    setDesign({ ...design, ...next });
    setMessage(null);
  };

  const onLogo = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    try {
      const logo = await readLogo(file);
      if (!/^data:image\/(png|jpeg);/.test(logo.dataUrl) || logo.dataUrl.length > MAX_LOGO_DATA_URL) throw new Error();
      change({ logo });
    } catch {
      setMessage({ kind: 'error', text: t('badge.settings.logoInvalid') });
    }
  };

  const save = () =>
    run((session) => api.saveBadgeSettings({ design, printer, session })).then(
      (settings) => {
        load(settings);
        setMessage({ kind: 'ok', text: t('badge.settings.saved') });
      },
      (error: Error) => setMessage({ kind: 'error', text: apiErrorText(t, error) }),
    );

  return (
    <section className="badge-panel" aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>{t('badge.settings.heading')}</h4>
      <div className="badge-settings">
        <form
          className="badge-settings__form"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <label>
            {t('badge.settings.preset')}
            <select value={design.preset} onChange={(event) => change({ preset: event.target.value as BadgePresetId })}>
              {BADGE_PRESET_IDS.map((preset) => (
                <option key={preset} value={preset}>
                  {BADGE_PRESETS[preset].label}
                </option>
              ))}
            </select>
          </label>
          <label>
            <input
              type="checkbox"
              checked={design.colourBand}
              onChange={(event) => change({ colourBand: event.target.checked })}
            />
            {t('badge.settings.colourBand')}
          </label>
          {design.colourBand && saved.departments.length > 0 && (
            <fieldset>
              <legend>{t('badge.settings.departmentColours')}</legend>
              {saved.departments.map((department) => (
                <label key={department} className="badge-settings__colour">
                  <input
                    type="color"
                    value={departmentColour(design, department)}
                    onChange={(event) =>
                      change({ departmentColours: { ...design.departmentColours, [department]: event.target.value } })
                    }
                  />
                  {department}
                </label>
              ))}
            </fieldset>
          )}
          <label>
            {t('badge.settings.logo')}
            <input type="file" accept="image/png,image/jpeg" onChange={(event) => void onLogo(event)} />
          </label>
          {design.logo && (
            <button type="button" className="button button--quiet" onClick={() => change({ logo: null })}>
              {t('badge.settings.logoRemove')}
            </button>
          )}
          <label>
            {t('badge.settings.printer')}
            <input
              value={printer.printer}
              onChange={(event) => setPrinter({ ...printer, printer: event.target.value })}
            />
          </label>
          <label>
            <input
              type="checkbox"
              checked={printer.printOnCheckIn}
              onChange={(event) => setPrinter({ ...printer, printOnCheckIn: event.target.checked })}
            />
            {t('badge.settings.printOnCheckIn')}
          </label>
          <button type="submit" className="button">
            {t('badge.settings.save')}
          </button>
          {message?.kind === 'error' && <p role="alert">{message.text}</p>}
          <p role="status">{message?.kind === 'ok' && message.text}</p>
        </form>
        <figure className="badge-settings__preview">
          <BadgeSvg
            page={layoutPage(
              design,
              saved.event ?? { name: '', startsOn: null },
              Array(badgesPerPage(BADGE_PRESETS[design.preset])).fill(saved.sample ?? PLACEHOLDER),
            )}
            label={t('badge.settings.preview')}
          />
          <figcaption>
            {t('badge.settings.previewSample', { name: sampleName(saved.sample ?? PLACEHOLDER) })}
          </figcaption>
        </figure>
      </div>
    </section>
  );
}
