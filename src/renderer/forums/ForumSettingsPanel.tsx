// Staff settings for a recurring forum (docs/forums.md): the mingle groups, which the hub makes for
// every door, and this station's words on badges. The same settings `entre groups` and
// `entre forum-badge` change.
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { ForumSettings } from '../../shared/forums';
import type { GroupSize } from '../../shared/mingle-groups';
import { api } from '../api';
import { useI18n, type MessageKey } from '../i18n';
import { ModalDialog } from '../staff/ModalDialog';
import { useStaffSession } from '../staff/session';
import { useSaveForm } from '../staff/useSaveForm';
import { apiErrorText } from '../api-error';

const SIZES: (GroupSize | null)[] = [null, 3, 4];

export function ForumSettingsPanel() {
  const { t } = useI18n();
  const { run } = useStaffSession();
  const id = useId();
  const [saved, setSaved] = useState<ForumSettings | null>(null);
  const [size, setSize] = useState<GroupSize | null>(null);
  const [groupWord, setGroupWord] = useState('');
  const [ribbon, setRibbon] = useState('');
  const [ribbonShown, setRibbonShown] = useState(true);
  const [groupsMessage, setGroupsMessage] = useState<string | null>(null);
  const { message: wordsMessage, setMessage: setWordsMessage, submit } = useSaveForm('forums.settings.saved');
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);

  const load = (settings: ForumSettings) => {
    setSaved(settings);
    setSize(settings.groupSize);
    setGroupWord(settings.groupWord);
    setRibbon(settings.ribbon);
    setRibbonShown(settings.ribbonShown);
  };
  useEffect(() => {
    run((session) => api.getForumSettings({ session })).then(load, (error: Error) =>
      setWordsMessage(apiErrorText(t, error)),
    );
  }, [run]);

  if (!saved) return wordsMessage ? <p role="alert">{wordsMessage}</p> : null;

  // Taking the groups off, or making them in another size, changes every door's printed groups at once.
  const replacesGroups = saved.groupSize !== null && size !== saved.groupSize;

  async function makeGroups() {
    setConfirming(false);
    setBusy(true);
    setGroupsMessage(null);
    try {
      const made = await run((session) => api.makeMingleGroups({ session, size }));
      load(made.settings);
      setGroupsMessage(
        made.problem
          ? t(`sync.error.${made.problem.code}` as MessageKey, made.problem.params)
          : size === null
            ? t('forums.settings.groupsOff')
            : t('forums.settings.groupsMade', { size }),
      );
    } catch (error) {
      setGroupsMessage(apiErrorText(t, error));
    } finally {
      setBusy(false);
    }
  }

  const saveWords = (event: FormEvent) =>
    submit(event, async () => {
      // The fields are required, but a word of only spaces gets past that.
      if (!groupWord.trim() || !ribbon.trim()) throw new Error(t('forums.settings.wordEmpty'));
      load(await run((session) => api.saveForumSettings({ session, groupWord, ribbon, ribbonShown })));
    });

  return (
    <>
      <fieldset aria-describedby={`${id}-groups-note`}>
        <legend>{t('forums.settings.groups')}</legend>
        <div role="radiogroup" aria-label={t('forums.settings.groups')} className="staff-actions">
          {SIZES.map((option) => (
            <label key={option ?? 'off'} className="staff-check">
              <input
                type="radio"
                name={`${id}-size`}
                checked={size === option}
                disabled={!saved.hubPaired}
                onChange={() => setSize(option)}
              />
              {option === null ? t('forums.settings.groupsNone') : t('forums.settings.groupsOf', { size: option })}
            </label>
          ))}
        </div>
        <p id={`${id}-groups-note`} className="staff-note">
          {saved.hubPaired ? t('forums.settings.groupsNote') : t('forums.settings.needsHub')}
        </p>
        <div className="staff-actions">
          <button
            type="button"
            className="button"
            // Asked again in the same size, the hub completes the groups with guests added since.
            disabled={!saved.hubPaired || busy || (size === null && saved.groupSize === null)}
            onClick={() => (replacesGroups ? setConfirming(true) : void makeGroups())}
          >
            {size === null ? t('forums.settings.takeGroupsOff') : t('forums.settings.makeGroups')}
          </button>
        </div>
        {confirming && (
          <ModalDialog alert labelledBy={`${id}-confirm`} onClose={() => setConfirming(false)}>
            <p id={`${id}-confirm`}>
              {size === null
                ? t('forums.settings.confirmOff', { size: saved.groupSize! })
                : t('forums.settings.confirmResize', { old: saved.groupSize!, size })}
            </p>
            <div className="staff-actions">
              <button type="button" className="button" onClick={() => setConfirming(false)}>
                {t('forums.settings.cancel')}
              </button>
              <button type="button" className="button button--danger" onClick={() => void makeGroups()}>
                {size === null ? t('forums.settings.confirmOffButton') : t('forums.settings.confirmResizeButton')}
              </button>
            </div>
          </ModalDialog>
        )}
        <p role="status" className="staff-note">
          {groupsMessage}
        </p>
      </fieldset>
      <form onSubmit={saveWords} aria-label={t('forums.settings.badgeWords')}>
        <div className="staff-grid">
          <div className="staff-field">
            <label htmlFor={`${id}-group-word`}>{t('forums.settings.groupWord')}</label>
            <input
              id={`${id}-group-word`}
              className="staff-input"
              required
              maxLength={40}
              value={groupWord}
              placeholder={saved.defaults.groupWord}
              onChange={(e) => setGroupWord(e.target.value)}
            />
          </div>
          <div className="staff-field">
            <label htmlFor={`${id}-ribbon`}>{t('forums.settings.ribbon')}</label>
            <input
              id={`${id}-ribbon`}
              className="staff-input"
              required
              maxLength={60}
              value={ribbon}
              placeholder={saved.defaults.ribbon}
              onChange={(e) => setRibbon(e.target.value)}
            />
          </div>
        </div>
        <label className="staff-check">
          <input type="checkbox" checked={ribbonShown} onChange={(e) => setRibbonShown(e.target.checked)} />
          {t('forums.settings.ribbonShown')}
        </label>
        <p role="status" className="staff-note">
          {wordsMessage}
        </p>
        <div className="staff-actions">
          <button type="submit" className="button">
            {t('forums.settings.save')}
          </button>
        </div>
      </form>
    </>
  );
}
