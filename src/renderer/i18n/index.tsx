// UI text in Swedish first and English second; every key of sv.json must exist in en.json.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import sv from './sv.json';
import en from './en.json';
import { eventTimeZone } from '../event-clock';
import { fillMessage } from './fill-message';

export type Language = 'sv' | 'en';
export type MessageKey = keyof typeof sv;

export const messages: Record<Language, Record<MessageKey, string>> = { sv, en };

/** A message with its {placeholders} filled in, in the singular for a count of one (fill-message.ts). */
export const translate = (language: Language, key: MessageKey, params: Record<string, string | number> = {}): string =>
  fillMessage(messages[language], key, params);

export interface I18n {
  language: Language;
  /** Staff's choice: this kiosk's default language, remembered. */
  setLanguage(language: Language): void;
  /** A guest's choice, for their own visit only: the kiosk goes back to the default when idle. */
  chooseLanguage(language: Language): void;
  resetLanguage(): void;
  t(key: MessageKey, params?: Record<string, string | number>): string;
  /** A moment as people of the language write it ("2026-03-12 08:41:05" in Swedish), in the event's zone. */
  dateTime(iso: string): string;
}

const LOCALES: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

const I18nContext = createContext<I18n | null>(null);
const STORAGE_KEY = 'entre.language';
const defaultLanguage = (): Language => (localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'sv');

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, chooseLanguage] = useState<Language>(defaultLanguage);
  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem(STORAGE_KEY, next);
    chooseLanguage(next);
  }, []);
  const resetLanguage = useCallback(() => chooseLanguage(defaultLanguage()), []);
  // Also on start with a remembered language, so screen readers pronounce the texts in it.
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const t = useCallback(
    (key: MessageKey, params?: Record<string, string | number>) => translate(language, key, params),
    [language],
  );
  const dateTime = useCallback(
    (iso: string) =>
      new Date(iso).toLocaleString(LOCALES[language], {
        dateStyle: 'short',
        timeStyle: 'medium',
        timeZone: eventTimeZone(),
      }),
    [language],
  );
  const value = useMemo(
    () => ({ language, setLanguage, chooseLanguage, resetLanguage, t, dateTime }),
    [language, setLanguage, resetLanguage, t, dateTime],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n outside I18nProvider');
  return context;
}
