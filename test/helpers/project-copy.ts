// A throw-away copy of the project for testing `npm start` and `npm run package`: the scripts copied,
// every package linked from the real node_modules except `electron`, which is copied with a stand-in
// binary in dist/ (test/electron/stand-in). Nothing the scripts write lands in the real project.
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from './temp';

const real = path.resolve('.');

/** `built`: the real out/ linked in, so the scripts do not build the app again. */
export function projectCopy({ standIn, built }: { standIn: boolean; built: boolean }): string {
  const root = tempDir();
  fs.cpSync(path.join(real, 'scripts'), path.join(root, 'scripts'), { recursive: true });
  for (const file of ['package.json', 'electron.vite.config.ts', 'tsconfig.json', 'src', ...(built ? ['out'] : [])])
    fs.symlinkSync(path.join(real, file), path.join(root, file));
  const modules = path.join(root, 'node_modules');
  fs.mkdirSync(modules);
  for (const name of fs.readdirSync(path.join(real, 'node_modules'))) {
    if (name !== 'electron' && name !== '.bin')
      fs.symlinkSync(path.join(real, 'node_modules', name), path.join(modules, name));
  }
  const electron = path.join(modules, 'electron');
  fs.cpSync(path.join(real, 'node_modules', 'electron'), electron, {
    recursive: true,
    filter: (file) => !/[\\/](dist|path\.txt)$/.test(file),
  });
  if (standIn) {
    fs.mkdirSync(path.join(electron, 'dist'));
    const binary = path.join(electron, 'dist', 'electron');
    fs.copyFileSync(path.join(real, 'test/electron/stand-in/electron.mjs'), binary);
    fs.chmodSync(binary, 0o755);
    fs.writeFileSync(path.join(electron, 'path.txt'), 'electron');
  }
  return root;
}
