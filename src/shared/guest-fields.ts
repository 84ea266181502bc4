// What a guest's fields may hold, the same for a guest list import, a walk-in and an edit in staff mode:
// an address the import took must not be refused when staff correct the guest's title.

/** The longest text of each field: the import refuses a longer one, the staff forms stop typing there. */
export const GUEST_FIELD_LIMITS = {
  name: 120,
  firstName: 80,
  lastName: 80,
  title: 160,
  department: 160,
  email: 254,
} as const;

/** An e-mail address: something@domain.tld without spaces (a guest list's addresses are typed by people). */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
