// The kiosk's texts, straight from the UI's own dictionaries, and the places a guest looks at.
import type { Page } from '@playwright/test';
import { fillMessage } from '../../src/renderer/i18n/fill-message';
import sv from '../../src/renderer/i18n/sv.json' with { type: 'json' };
import en from '../../src/renderer/i18n/en.json' with { type: 'json' };

export type MessageKey = keyof typeof sv;
export const TEXTS = { sv, en };

/** A message with its {placeholders} filled in, as the UI renders it (singulars too). */
export const text = (key: MessageKey, params: Record<string, string | number> = {}, language: 'sv' | 'en' = 'sv') =>
  fillMessage(TEXTS[language], key, params);

/** The message as a pattern, with each placeholder matching the given pattern source (any text by default). */
export function textPattern(
  key: MessageKey,
  params: Record<string, string> = {},
  language: 'sv' | 'en' = 'sv',
): RegExp {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const parts = TEXTS[language][key].split(/(\{\w+\})/);
  return new RegExp(
    parts.map((part) => (/^\{\w+\}$/.test(part) ? (params[part.slice(1, -1)] ?? '.+') : escape(part))).join(''),
  );
}

/** The live region that announces every check-in result (hidden while idle, so found even then). */
export const status = (page: Page) => page.getByRole('status', { includeHidden: true });

/** The idle screen's heading, which is shown again once a result has gone. */
export const idleHeading = (page: Page, event = 'Ledarforum', language: 'sv' | 'en' = 'sv') =>
  page.getByRole('heading', { name: text('idle.heading', { event }, language) });

export const searchField = (page: Page, language: 'sv' | 'en' = 'sv') =>
  page.getByRole('searchbox', { name: text('search.label', {}, language) });
