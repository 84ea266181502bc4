// The CLI tests run `bin/entre.js`, which runs the build in out/cli/: build it from the source under
// test first (esbuild, well under a second), so a fresh clone and an edited checkout test the same code.
// @ts-expect-error: a plain .mjs script without types
import { buildCli } from '../scripts/build-cli.mjs';

export default async function setup(): Promise<void> {
  await buildCli();
}
