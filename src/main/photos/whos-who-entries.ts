// Who is in the who's-who, decided the same way from a station's store and from the hub's records:
// guests with a photo, plus (with the initials setting) every other named guest; and which photo is a
// person's when the same walk-in was registered at two doors.

/** A guest as the booklet needs them. */
export interface WhosWhoGuest {
  id: string;
  fullName: string;
  title: string;
  department: string;
}

/** One card of the booklet; `photo` null shows the initials. */
export interface WhosWhoCard<Photo> {
  fullName: string;
  title: string;
  department: string;
  photo: Photo | null;
}

export function whosWhoOf<Photo>(
  guests: WhosWhoGuest[],
  photos: Map<string, Photo>,
  initials: boolean,
): WhosWhoCard<Photo>[] {
  return guests
    .filter((guest) => guest.fullName !== '' && (photos.has(guest.id) || initials))
    .map((guest) => ({
      fullName: guest.fullName,
      title: guest.title,
      department: guest.department,
      photo: photos.get(guest.id) ?? null,
    }));
}

/** A photo record as the store and the hub keep it: a null picture is a withdrawal (a tombstone). */
export interface PhotoVersion {
  guestId: string;
  picture: unknown;
  updatedAt: string;
}

/**
 * Each person's photo, by the guest id they are listed under: of their own record and those of their
 * duplicates (`aliases`: alias id → guest id), the one edited last, a withdrawal included, so a
 * consent withdrawn at one door is never undone by an older photo taken at another. On the same
 * instant their own record wins. A person whose last edit is a withdrawal has no photo.
 */
export function photosByPerson<Version extends PhotoVersion>(
  versions: Version[],
  aliases: ReadonlyMap<string, string>,
): Map<string, Version & { picture: NonNullable<Version['picture']> }> {
  const newest = new Map<string, Version>();
  for (const version of versions) {
    const person = aliases.get(version.guestId) ?? version.guestId;
    const current = newest.get(person);
    const later = current === undefined || version.updatedAt > current.updatedAt;
    const ownOnTie = current !== undefined && version.updatedAt === current.updatedAt && version.guestId === person;
    if (later || ownOnTie) newest.set(person, version);
  }
  return new Map(
    [...newest].filter(
      (entry): entry is [string, Version & { picture: NonNullable<Version['picture']> }] => entry[1].picture !== null,
    ),
  );
}
