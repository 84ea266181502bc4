#!/usr/bin/env node
// A stand-in for the Electron binary, which cannot be downloaded here. It answers as Electron does:
// `--version` prints the Electron release, but under ELECTRON_RUN_AS_NODE=1 Electron is Node and prints
// the bundled Node's version. Started as the kiosk, it writes what it was given to ENTRE_STAND_IN_RECORD.
import fs from 'node:fs';

const args = process.argv.slice(2);
const electron = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
if (args[0] === '--version') {
  console.log(process.env.ELECTRON_RUN_AS_NODE === '1' ? process.version : `v${electron}`);
} else if (process.env.ENTRE_STAND_IN_RECORD) {
  fs.writeFileSync(
    process.env.ENTRE_STAND_IN_RECORD,
    JSON.stringify({ args, sqliteBinding: process.env.ENTRE_SQLITE_BINDING ?? null }),
  );
}
