// Many imported guests for the tests of long lists: "Gäst Öhman00042", code guest42, an e-mail each,
// numbered so that the list's order is the numbers' order; a test changes the fields it is about.
import type { NewGuest } from '../../src/main/store/guests';

export const numberedGuests = (
  eventId: string,
  count: number,
  fields: (index: number) => Partial<NewGuest> = () => ({}),
): NewGuest[] =>
  Array.from({ length: count }, (_, i) => ({
    eventId,
    code: `guest${i}`,
    firstName: 'Gäst',
    lastName: `Öhman${String(i).padStart(5, '0')}`,
    title: '',
    department: '',
    email: `g${i}@example.se`,
    source: 'import' as const,
    ...fields(i),
  }));
