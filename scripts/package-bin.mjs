// Runs an installed package's command with this Node and the package's own JS file: `npx` is a batch
// file on Windows, which spawn cannot start without a shell, and needs npm on the PATH everywhere.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export function runPackageBin(root, name, args, options = {}) {
  const dir = path.join(root, 'node_modules', name);
  const { bin } = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const script = typeof bin === 'string' ? bin : bin[name];
  return spawnSync(process.execPath, [path.join(dir, script), ...args], { cwd: root, stdio: 'inherit', ...options });
}
