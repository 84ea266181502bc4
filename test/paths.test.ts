import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveStorePath, userDataDir } from '../src/main/paths';

describe('where the store lives', () => {
  const env = { ENTRE_DB: '/srv/entre/from-env.db', XDG_DATA_HOME: '/home/kiosk/.data' };

  it('uses --db before ENTRE_DB before the default', () => {
    expect(resolveStorePath('/tmp/option.db', env)).toBe('/tmp/option.db');
    expect(resolveStorePath(undefined, env)).toBe('/srv/entre/from-env.db');
    expect(resolveStorePath(undefined, { XDG_DATA_HOME: '/home/kiosk/.data' })).toBe(
      '/home/kiosk/.data/entre/entre.db',
    );
    expect(resolveStorePath('', { ...env, ENTRE_DB: '' })).toBe('/home/kiosk/.data/entre/entre.db');
  });

  it('makes a relative --db absolute, so the kiosk and the CLI agree on one file', () => {
    expect(resolveStorePath('entre.db', {})).toBe(path.resolve('entre.db'));
  });

  it('defaults to one file in the user data folder of each platform', () => {
    const home = os.homedir();
    expect(userDataDir({}, 'linux')).toBe(path.join(home, '.local', 'share', 'entre'));
    expect(userDataDir({ XDG_DATA_HOME: '/data' }, 'linux')).toBe(path.join('/data', 'entre'));
    expect(userDataDir({}, 'darwin')).toBe(path.join(home, 'Library', 'Application Support', 'Entre'));
    expect(userDataDir({ APPDATA: 'C:/Users/kiosk/AppData/Roaming' }, 'win32')).toBe(
      path.join('C:/Users/kiosk/AppData/Roaming', 'Entre'),
    );
    expect(resolveStorePath(undefined, {})).toBe(path.join(userDataDir({}), 'entre.db'));
  });
});
