// Ids of the records that sync (attendance, guests). UUIDv7 (RFC 9562) rather than random v4: the
// first 48 bits are the creation time, so the primary-key index of every store that keeps them, the
// station's and the hub's, grows at its end instead of at random pages. A hub storing 100k random ids
// rewrote most of its key index with every push (205 MB written instead of 132 MB; docs/performance.md).
// Still a UUID to every schema that checks one (z.uuid()); the time in it is the record's own, which
// the record carries anyway.
import { v7 } from 'uuid';

export const newRecordId = (): string => v7();
