// The one API contract between the kiosk UI and the Node side. Each call has a runtime schema for its
// arguments, validated on the receiving side whichever transport (Electron IPC or HTTP) carried it.
import { z } from 'zod';
import type { KioskInfo, PublicGuest, ScanOutcome, SyncStatus } from './domain';
import type { ApiCallName } from './api-calls';

import { MAX_SCAN_INPUT } from './api-calls';

export {
  API_CALL_NAMES,
  httpRoute,
  ipcChannel,
  MAX_SCAN_INPUT,
  type ApiCallName,
  type ApiErrorBody,
  type IpcReply,
} from './api-calls';

/** Pairs an argument schema with the result type the call promises. */
function call<Result>() {
  return <Args extends z.ZodType>(args: Args) => ({ args, result: undefined as unknown as Result });
}

export const apiContract = {
  getKioskInfo: call<KioskInfo>()(z.object({}).strict()),
  checkInByCode: call<ScanOutcome>()(
    z.object({ code: z.string().max(MAX_SCAN_INPUT), method: z.enum(['wedge', 'camera']) }).strict(),
  ),
  searchGuests: call<PublicGuest[]>()(z.object({ query: z.string().max(200) }).strict()),
  checkInGuest: call<ScanOutcome>()(z.object({ guestId: z.uuid(), method: z.enum(['search', 'staff']) }).strict()),
  // sync (issue 6): staff mode's sync panel
  getSyncStatus: call<SyncStatus>()(z.object({}).strict()),
  syncNow: call<SyncStatus>()(z.object({}).strict()),
} satisfies Record<ApiCallName, { args: z.ZodType; result: unknown }>;

export type ApiContract = typeof apiContract;
export type ApiArgs<K extends ApiCallName> = z.input<ApiContract[K]['args']>;
export type ApiParsedArgs<K extends ApiCallName> = z.output<ApiContract[K]['args']>;
export type ApiResult<K extends ApiCallName> = ApiContract[K]['result'];

/** What the renderer sees, whichever transport carries the calls. */
export type EntreApi = { [K in ApiCallName]: (args: ApiArgs<K>) => Promise<ApiResult<K>> };
