// A refusal the hub answers with: an HTTP status and the error body of the protocol.
import type { SyncErrorBody } from '../../shared/sync-protocol';

export class HubHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: SyncErrorBody['error'],
  ) {
    super(body.message);
  }
}
