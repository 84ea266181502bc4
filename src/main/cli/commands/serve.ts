// `entre serve`: the kiosk UI and its API for a browser on this machine or, paired, on the network.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { type CliCommand, dbOption, fail, listenFailure } from '../command';
import { resolveStorePath } from '../../paths';
import { rendererDir } from '../../package-root';

export const serveCommand: CliCommand = (program) =>
  program
    .command('serve')
    .description('serve the kiosk UI and its API to a browser (a second door, a tablet)')
    .addOption(dbOption())
    .option('--port <n>', 'port to listen on (0 picks a free one)', '4780')
    .option('--host <addr>', 'address to listen on; beyond loopback every device must pair', '127.0.0.1')
    .option('--pairing-token <token>', 'the token devices pair with (default: $ENTRE_PAIRING_TOKEN, else a new one)')
    .option('--station-name <name>', 'name this station ("Entré norr"): exports and the hub show it instead of its id')
    .action(
      async (options: { db?: string; port: string; host: string; pairingToken?: string; stationName?: string }) => {
        const ui = rendererDir();
        if (!fs.existsSync(`${ui}/index.html`))
          fail(`The kiosk UI is not built (${ui} is missing): run "npm run build" first.`);
        const [{ isLoopbackAddress }, { openStation }, { startHttpStation }, { backgroundSync }] = await Promise.all([
          import('../../api/station-access'),
          import('../../kiosk/station'),
          import('../../api/http-station'),
          import('../../sync/scheduler'),
        ]);
        const pairingToken = isLoopbackAddress(options.host)
          ? null
          : options.pairingToken || process.env.ENTRE_PAIRING_TOKEN || randomBytes(16).toString('hex');
        const station = openStation(resolveStorePath(options.db));
        if (options.stationName !== undefined) {
          const { setStationName } = await import('../../store/station-names');
          setStationName(station.db, station.stationId, options.stationName);
        }
        const sync = backgroundSync(station);
        const running = await startHttpStation({
          station,
          host: options.host,
          port: Number(options.port),
          rendererDir: ui,
          access: { pairingToken },
        }).catch((error: unknown) => listenFailure(error, options.host, options.port));
        // Before the address is printed: whoever reads it may stop the station at once, and a signal that
        // arrives before Node listens for it ends the process without closing the store.
        const stop = () => void Promise.all([running.close(), sync.stop()]).then(() => station.db.close());
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
        // The organizer's console, not the kiosk's screen: who reads this may choose the first staff PIN.
        const { formatSetupCode, isPinSet, staffSetupCode } = await import('../../staff/pin');
        if (!isPinSet(station.db))
          console.log(
            `No staff PIN yet. Setup code for choosing it at the kiosk: ${formatSetupCode(staffSetupCode(station.db))}`,
          );
        console.log(`Entré browser station: ${running.url}`);
        if (pairingToken) {
          console.log(
            `Served beyond this machine: pair each device once by opening ${running.url}?pair=${pairingToken}`,
          );
        }
      },
    );
