// "Find my name": a few hits with name and department only (this is a public screen), and a
// confirmation before checking in, so nobody checks in a namesake by a slip of the finger.
import { useEffect, useId, useState } from 'react';
import type { PublicGuest } from '../../shared/domain';
import { api } from '../api';
import { useI18n } from '../i18n';

const SEARCH_DELAY_MS = 120;

export function NameSearch({ onCheckIn, resetSignal }: { onCheckIn(guest: PublicGuest): void; resetSignal: number }) {
  const { t } = useI18n();
  const inputId = useId();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<PublicGuest[] | null>(null);
  const [chosen, setChosen] = useState<PublicGuest | null>(null);

  useEffect(() => {
    setQuery('');
    setChosen(null);
  }, [resetSignal]);

  useEffect(() => {
    if (query.trim().length < 2) {
      setHits(null);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      api.searchGuests({ query }).then(
        (found) => current && setHits(found),
        () => current && setHits([]),
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
        id={inputId}
        className="search__input"
        type="search"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('search.placeholder')}
        value={query}
        maxLength={60}
        onChange={(event) => setQuery(event.target.value)}
      />
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
    </div>
  );
}
