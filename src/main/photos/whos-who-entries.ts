// Who is in the who's-who, decided the same way from a station's store and from the hub's records:
// guests with a photo, plus (with the initials setting) every other named guest.

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
