// The page's CSP forbids eval. Without this, zod probes for eval with `new Function` as its first
// object schema is built, and the browser reports a CSP violation (which Lighthouse counts against
// best practices). Imported first by main.tsx, before any module that defines a schema.
import { config } from 'zod';

config({ jitless: true });
