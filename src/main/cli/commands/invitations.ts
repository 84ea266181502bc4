// `entre invitations` and `entre keys ...`: QR invitations and the keys that sign them. Errors are
// thrown with a plain message; runCli prints it and exits non-zero.
import fs from 'node:fs';
import path from 'node:path';
import { Option } from 'commander';
import type { EventInfo } from '../../../shared/domain';
import type { Db } from '../../store/database';
import { INVITATION_FORMATS, MAPPING_FILE, type InvitationFormat } from '../../invitations/formats';
import type { InvitationSigner } from '../../invitations/invitation-payload';
import { type CliCommand, dbOption, withStore } from '../command';

const eventKeys = () => import('../../store/event-keys');

function withActiveEvent<T>(dbFile: string | undefined, run: (db: Db, event: EventInfo) => T | Promise<T>): Promise<T> {
  return withStore(dbFile, async (db) => {
    const { getActiveEvent } = await import('../../store/events');
    const event = getActiveEvent(db);
    if (!event) throw new Error('The store has no event yet: import a guest list first.');
    return run(db, event);
  });
}

function readFile(file: string, what: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    throw new Error(`Cannot read the ${what} ${file}.`);
  }
}

/** The organizer's private key, checked against the keys this store trusts for its event. */
async function loadSigner(db: Db, event: EventInfo, file: string): Promise<InvitationSigner> {
  const [{ keyIdOf, parsePrivateKeyPem }, { getEventKey }] = await Promise.all([
    import('../../invitations/signing-keys'),
    eventKeys(),
  ]);
  const privateKey = parsePrivateKeyPem(readFile(file, 'private key'));
  const keyId = keyIdOf(privateKey);
  const known = getEventKey(db, keyId);
  if (!known || known.eventId !== event.id)
    throw new Error(`Key ${keyId} is not a key of "${event.name}" in this store: run "entre keys trust" first.`);
  if (known.retiredAt) throw new Error(`Key ${keyId} was retired on ${known.retiredAt}: sign with the current key.`);
  return { keyId, privateKey };
}

function writeNewFile(file: string, text: string, mode: number): void {
  try {
    fs.writeFileSync(file, text, { flag: 'wx', mode });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      throw new Error(`${file} already exists: nothing was overwritten.`, { cause: error });
    throw error;
  }
}

interface InvitationsOptions {
  out: string;
  format: InvitationFormat;
  date?: string;
  place?: string;
  key?: string;
  db?: string;
}

export const invitationCommands: CliCommand = (program) => {
  program
    .command('invitations')
    .description('write one QR invitation per guest of the event, and a CSV mapping guests to files')
    .requiredOption('--out <dir>', 'folder to write the invitations to')
    .addOption(
      new Option('--format <format>', 'a printable PDF, or an image per guest')
        .choices(INVITATION_FORMATS)
        .default('pdf'),
    )
    .option('--date <text>', 'the date printed on invitations this time (default: the date set by "entre event")')
    .option('--place <text>', 'the place printed on invitations this time (default: the place set by "entre event")')
    .option('--key <file>', 'sign the invitations with the event\'s private key (made by "entre keys create")')
    .addOption(dbOption())
    .action(async (options: InvitationsOptions) => {
      const [{ listGuests }, { writeInvitations }, { getEventDetails }] = await Promise.all([
        import('../../store/guests'),
        import('../../invitations/write-invitations'),
        import('../../store/events'),
      ]);
      const { event, details, guests, signer } = await withActiveEvent(options.db, async (db, event) => ({
        event: { ...event, startsOn: options.date ?? event.startsOn, venue: options.place ?? event.venue },
        details: getEventDetails(db, event.id),
        guests: listGuests(db, event.id),
        signer: options.key ? await loadSigner(db, event, options.key) : null,
      }));
      if (guests.length === 0) throw new Error(`"${event.name}" has no guests yet: import a guest list first.`);
      const written = await writeInvitations({
        event,
        details,
        guests,
        outDir: options.out,
        format: options.format,
        signer,
      });
      console.log(
        `Wrote ${written.length} ${signer ? 'signed ' : ''}invitations for "${event.name}" to ${options.out} ` +
          `(${options.format}; ${MAPPING_FILE} maps guests to files).`,
      );
    });

  const keys = program.command('keys').description('signing keys for invitations that kiosks verify offline');

  keys
    .command('create')
    .description('give the event a new key pair; the private key stays with the organizer, kiosks need the public key')
    .requiredOption('--private-key <file>', 'where to write the private key (kept secret, never copied to a kiosk)')
    .requiredOption('--public-key <file>', 'where to write the public key (for "entre keys trust" on each kiosk)')
    .addOption(dbOption())
    .action(async (options: { privateKey: string; publicKey: string; db?: string }) => {
      const [{ generateSigningKeyPair }, { addEventKey }] = await Promise.all([
        import('../../invitations/signing-keys'),
        eventKeys(),
      ]);
      await withActiveEvent(options.db, (db, event) => {
        const pair = generateSigningKeyPair();
        writeNewFile(options.privateKey, pair.privateKeyPem, 0o600);
        writeNewFile(options.publicKey, pair.publicKeyPem, 0o644);
        addEventKey(db, event.id, pair.publicKeyPem);
        console.log(`Key ${pair.keyId} now signs invitations for "${event.name}".`);
        console.log(`Keep ${path.resolve(options.privateKey)} secret; give kiosks ${options.publicKey}.`);
      });
    });

  keys
    .command('trust')
    .description("let this store's kiosk accept invitations signed with an event's key")
    .argument('<public-key-file>', 'the public key written by "entre keys create"')
    .addOption(dbOption())
    .action(async (file: string, options: { db?: string }) => {
      const { addEventKey } = await eventKeys();
      await withActiveEvent(options.db, (db, event) => {
        const key = addEventKey(db, event.id, readFile(file, 'public key'));
        console.log(`Invitations signed with key ${key.keyId} are accepted for "${event.name}".`);
      });
    });

  keys
    .command('list')
    .description("the event's keys, current and retired")
    .addOption(dbOption())
    .action(async (options: { db?: string }) => {
      const { listEventKeys } = await eventKeys();
      await withActiveEvent(options.db, (db, event) => {
        const list = listEventKeys(db, event.id);
        if (list.length === 0) console.log(`"${event.name}" has no keys: its invitations carry plain codes.`);
        for (const key of list)
          console.log(
            `${key.keyId}  added ${key.createdAt}  ${key.retiredAt ? `retired ${key.retiredAt}` : 'current'}`,
          );
      });
    });

  keys
    .command('retire')
    .description('stop accepting every invitation signed with a key (after a rotation, or when it leaked)')
    .argument('<key-id>', 'as shown by "entre keys list"')
    .addOption(dbOption())
    .action(async (keyId: string, options: { db?: string }) => {
      const { retireEventKey } = await eventKeys();
      await withActiveEvent(options.db, (db, event) => {
        if (!retireEventKey(db, event.id, keyId))
          throw new Error(`"${event.name}" has no current key ${keyId}: see "entre keys list".`);
        console.log(`Key ${keyId} is retired: invitations signed with it are refused from now on.`);
      });
    });

  keys
    .command('revoke')
    .description("refuse one guest's signed invitation from now on")
    .argument('<guest-id>', 'the guest_id column of invitations.csv')
    .addOption(dbOption())
    .action(async (guestId: string, options: { db?: string }) => {
      if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(guestId))
        throw new Error(`${guestId} is not a guest id: use the guest_id column of invitations.csv.`);
      const { revokeInvitation } = await eventKeys();
      await withActiveEvent(options.db, (db, event) => {
        revokeInvitation(db, event.id, guestId.toLowerCase());
        console.log(`The signed invitation of guest ${guestId} is refused from now on.`);
      });
    });
};
