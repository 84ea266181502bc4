// The demo event a kiosk starts on when its store is empty: a municipal leaders' forum with
// fictional managers, so the kiosk can be tried at once.
import { localDateTime, systemTimeZone } from '../../shared/event-time';
import { generateInvitationCode } from '../../shared/invitation-code';
import type { Db } from '../store/database';
import { createEvent, markDemoEvent, setActiveEvent } from '../store/events';
import { insertGuest } from '../store/guests';

const SOCIAL = 'Socialförvaltningen';
const TECH = 'Tekniska förvaltningen';
const SCHOOL = 'Barn- och utbildningsförvaltningen';
const CULTURE = 'Kultur- och fritidsförvaltningen';
const PLANNING = 'Stadsbyggnadsförvaltningen';
const CARE = 'Vård- och omsorgsförvaltningen';
const CENTRAL = 'Kommunledningskontoret';
const ENVIRONMENT = 'Miljöförvaltningen';

/** First name, last name, title, department. */
export const DEMO_GUESTS: [string, string, string, string][] = [
  ['Anna-Karin', 'Pålsson', 'Förvaltningschef', SOCIAL],
  ['Åsa', 'Lindqvist', 'Avdelningschef individ- och familjeomsorg', SOCIAL],
  ['Björn', 'Öhman', 'Enhetschef försörjningsstöd', SOCIAL],
  ['Leila', 'Haddad', 'Enhetschef barn och unga', SOCIAL],
  ['Per-Olof', 'Ekström', 'Verksamhetschef', SOCIAL],
  ['Märta', 'Sjögren', 'Förvaltningschef', TECH],
  ['Göran', 'Bäckström', 'Avdelningschef gata och park', TECH],
  ['Johanna', 'Åkesson', 'Enhetschef VA', TECH],
  ['Mikael', 'Strömberg', 'Driftchef', TECH],
  ['Sanna', 'Karlsson-Nyberg', 'Projektchef', TECH],
  ['Emma', 'Johansson', 'Förvaltningschef', SCHOOL],
  ['Ingrid', 'Håkansson', 'Rektor Östra skolan', SCHOOL],
  ['Ali', 'Yilmaz', 'Rektor Norrängsskolan', SCHOOL],
  ['Karin', 'Löfgren', 'Förskolechef', SCHOOL],
  ['Jonas', 'Ärlig', 'Verksamhetschef grundskola', SCHOOL],
  ['Fredrik', 'Nordström', 'Avdelningschef elevhälsa', SCHOOL],
  ['Lena', 'Grönlund', 'Förvaltningschef', CULTURE],
  ['Oskar', 'Wästberg', 'Bibliotekschef', CULTURE],
  ['Sofia', 'Dahlén', 'Enhetschef fritidsgårdar', CULTURE],
  ['Tove', 'Forsmark', 'Museichef', CULTURE],
  ['Henrik', 'Åberg', 'Stadsbyggnadsdirektör', PLANNING],
  ['Maria', 'Sundén', 'Planchef', PLANNING],
  ['Erik', 'Östlund', 'Bygglovschef', PLANNING],
  ['Nadia', 'Rahimi', 'Enhetschef lantmäteri', PLANNING],
  ['Birgitta', 'Holmqvist', 'Förvaltningschef', CARE],
  ['Lars-Göran', 'Fält', 'Verksamhetschef hemtjänst', CARE],
  ['Eva', 'Mårtensson', 'Enhetschef Solgårdens äldreboende', CARE],
  ['Rasmus', 'Lindé', 'Medicinskt ansvarig sjuksköterska', CARE],
  ['Helena', 'Björk', 'Enhetschef LSS', CARE],
  ['Kristina', 'Ångström', 'Kommundirektör', CENTRAL],
  ['Tomas', 'Hägg', 'Ekonomichef', CENTRAL],
  ['Pernilla', 'Öberg', 'HR-chef', CENTRAL],
  ['Daniel', 'Nilsson', 'Kommunikationschef', CENTRAL],
  ['Zeynep', 'Kaya', 'Digitaliseringschef', CENTRAL],
  ['Ulf', 'Sandström', 'Säkerhetschef', CENTRAL],
  ['Malin', 'Ek', 'Miljöchef', ENVIRONMENT],
  ['Gustav', 'Löwenhielm', 'Enhetschef miljötillsyn', ENVIRONMENT],
  ['Josefin', 'Andersson', 'Enhetschef livsmedelskontroll', ENVIRONMENT],
  ['Mats', 'Skärgård', 'Klimatstrateg', ENVIRONMENT],
  ['Elin', 'Väänänen', 'Enhetschef hälsoskydd', ENVIRONMENT],
];

/** Creates the demo event with its guests when the store has no event at all; returns whether it did. */
export function seedDemoEventIfEmpty(db: Db, today = new Date()): boolean {
  return db
    .transaction(() => {
      const { n } = db.prepare('SELECT count(*) AS n FROM events').get() as { n: number };
      if (n > 0) return false;
      const event = createEvent(db, {
        name: 'Ledarforum',
        // Today on this computer's calendar (the demo event's zone), not UTC's: at 00:30 in Stockholm it is
        // already the new day.
        startsOn: localDateTime(today, systemTimeZone()).slice(0, 10),
        venue: 'Stadshuset, Sessionssalen',
      });
      for (const [firstName, lastName, title, department] of DEMO_GUESTS) {
        const email = `${firstName}.${lastName}@kommun.example`.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
        insertGuest(db, {
          eventId: event.id,
          code: generateInvitationCode(),
          firstName,
          lastName,
          title,
          department,
          email,
          source: 'demo',
        });
      }
      setActiveEvent(db, event.id);
      markDemoEvent(db, event.id);
      return true;
    })
    .immediate();
}
