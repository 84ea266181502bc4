// Where the store lives. The kiosk and the CLI compute the same default, so an organizer can import
// with the CLI and then start the kiosk on the same file.
import os from 'node:os';
import path from 'node:path';

/** The user's data folder for Entré, by each platform's convention. */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Entre');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Entre');
  return path.join(env.XDG_DATA_HOME || path.join(home, '.local', 'share'), 'entre');
}

/** --db wins, then ENTRE_DB, then the default file in the user's data folder. */
export function resolveStorePath(dbOption?: string, env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(dbOption || env.ENTRE_DB || path.join(userDataDir(env), 'entre.db'));
}
