#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx, so `npx entre` works from a fresh clone without a build step.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/main/cli/main.ts');
await runCli(process.argv);
