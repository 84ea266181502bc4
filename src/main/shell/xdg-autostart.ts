// Starting the kiosk when someone logs in on Linux: an XDG autostart entry, which GNOME, KDE, Xfce,
// LXQt and gnome-kiosk sessions read (https://specifications.freedesktop.org/autostart-spec/).
// Plain Node (no `electron` import), so a test writes and reads real files.
import fs from 'node:fs';
import path from 'node:path';

/** $XDG_CONFIG_HOME/autostart (an absolute path only, as the spec says), else ~/.config/autostart. */
export function xdgAutostartFile(env: Record<string, string | undefined>, home: string): string {
  const configHome =
    env.XDG_CONFIG_HOME && path.isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : path.join(home, '.config');
  return path.join(configHome, 'autostart', 'entre-kiosk.desktop');
}

/** An Exec argument quoted as the Desktop Entry spec asks; `%` doubled, since `%x` is a field code. */
function execArgument(argument: string): string {
  const literal = argument.replaceAll('%', '%%');
  if (!/[\s"'\\`$<>~|&;*?#()]/.test(literal) && literal !== '') return literal;
  return `"${literal.replace(/(["`$\\])/g, '\\$1')}"`;
}

export function autostartEntry(command: readonly string[]): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Entré',
    'Comment=Entré check-in kiosk, started when this user logs in',
    `Exec=${command.map(execArgument).join(' ')}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/** Writes the entry (null: removes it). */
export function setXdgAutostart(file: string, command: readonly string[] | null): void {
  if (!command) {
    fs.rmSync(file, { force: true });
    return;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, autostartEntry(command));
}

/** On when the entry is there and not switched off (Hidden, or GNOME's own switch, set by a settings app). */
export function xdgAutostartEnabled(file: string): boolean {
  if (!fs.existsSync(file)) return false;
  const entry = fs.readFileSync(file, 'utf8');
  return !/^Hidden\s*=\s*true\s*$/m.test(entry) && !/^X-GNOME-Autostart-enabled\s*=\s*false\s*$/m.test(entry);
}
