// The columns a guest row carries for search and lists, apart from the store so that an import's
// worker thread (import/validation-worker.ts) works them out without loading SQLite.
import { foldForSearch } from '../../shared/search-text';
import { personSortKey } from '../../shared/person-sort';
import type { GuestFields } from './guests';

export const fullName = (guest: Pick<GuestFields, 'firstName' | 'lastName'>): string =>
  [guest.firstName, guest.lastName].filter(Boolean).join(' ');

export interface GuestListColumns {
  searchText: string;
  sortKey: string;
  staffSearchText: string;
}

/**
 * The columns a guest row carries for search and lists, derived from its fields whenever it is written
 * (import, edit, walk-in, sync), so the store filters, searches and pages without JavaScript.
 */
export function guestListColumns(fields: GuestFields): GuestListColumns {
  const searchText = foldForSearch(fullName(fields));
  // Folding works letter by letter, so the name is folded once and the rest appended (import: 100k rows).
  const rest = foldForSearch(`${fields.email} ${fields.title} ${fields.department}`);
  return {
    searchText,
    sortKey: personSortKey(fields),
    staffSearchText: searchText && rest ? `${searchText} ${rest}` : searchText || rest,
  };
}
