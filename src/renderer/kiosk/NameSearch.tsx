// "Find my name": a few hits with name and department only (this is a public screen), and a
// confirmation before checking in, so nobody checks in a namesake by a slip of the finger.
import { useEffect, useId, useRef, useState } from 'react';
import type { PublicGuest } from '../../shared/domain';
import { api } from '../api';
import { apiErrorText } from '../api-error';
import { useI18n } from '../i18n';
import { useOnScreenKeyboardWanted } from './keyboard-mode';
import { OnScreenKeyboard } from './OnScreenKeyboard';

const SEARCH_DELAY_MS = 120;

export function NameSearch({ onCheckIn, resetSignal }: { onCheckIn(guest: PublicGuest): void; resetSignal: number }) {
  const { t } = useI18n();
  const inputId = useId();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<PublicGuest[] | null>(null);
  // A search that failed (the station out of reach) says so: "no hits" would tell guests they are not invited.
  const [failure, setFailure] = useState<string | null>(null);
  const [chosen, setChosen] = useState<PublicGuest | null>(null);
  const field = useRef<HTMLInputElement>(null);
  // The keyboard opens when a guest taps the field, and stays open (a key never blurs the field).
  const [opened, setOpened] = useState(false);
  const keyboard = useOnScreenKeyboardWanted() && opened;

  useEffect(() => {
    setQuery('');
    setChosen(null);
    setOpened(false);
  }, [resetSignal]);

  useEffect(() => {
    if (query.trim().length < 2) {
      setHits(null);
      setFailure(null);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      api.searchGuests({ query }).then(
        (found) => {
          if (!current) return;
          setHits(found);
          setFailure(null);
        },
        (error: unknown) => {
          if (!current) return;
          setHits(null);
          setFailure(apiErrorText(t, error));
        },
      );
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);

  if (chosen) {
    return (
      <div className="search__confirm" role="dialog" aria-modal="true" aria-labelledby={`${inputId}-confirm`}>
        <p id={`${inputId}-confirm`} className="search__question">
          {t('search.confirmQuestion', { name: chosen.fullName })}
        </p>
        <p className="search__department">{chosen.department}</p>
        <div className="search__actions">
          <button
            type="button"
            className="button button--primary"
            autoFocus
            onClick={() => {
              setChosen(null);
              setQuery('');
              setOpened(false);
              onCheckIn(chosen);
            }}
          >
            {t('search.confirm')}
          </button>
          <button type="button" className="button" onClick={() => setChosen(null)}>
            {t('search.cancel')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <div className="search">
      <label htmlFor={inputId} className="search__label">
        {t('search.label')}
      </label>
      <input
        ref={field}
        id={inputId}
        className="search__input"
        type="search"
        autoComplete="off"
        spellCheck={false}
        // With our keyboard on screen, the system's own (a tablet's) stays away.
        inputMode={keyboard ? 'none' : undefined}
        placeholder={t('search.placeholder')}
        value={query}
        maxLength={60}
        onFocus={() => setOpened(true)}
        onChange={(event) => setQuery(event.target.value)}
      />
      {failure && (
        <p className="search__empty" role="alert">
          {failure}
        </p>
      )}
      {hits && hits.length === 0 && <p className="search__empty">{t('search.noHits', { query: query.trim() })}</p>}
      {hits && hits.length > 0 && (
        <ul className="search__hits" aria-label={t('search.hits', { count: hits.length })}>
          {hits.map((guest) => (
            <li key={guest.id}>
              <button type="button" className="search__hit" onClick={() => setChosen(guest)}>
                <span className="search__name">{guest.fullName}</span>
                <span className="search__department">{guest.department}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {keyboard && <OnScreenKeyboard target={field} />}
    </div>
  );
}
