// One IPC handler per contract call. The sender must be the app's own page; arguments are validated
// by dispatch() before any handler sees them.
import { ipcMain } from 'electron';
import { API_CALL_NAMES, ipcChannel, type IpcReply } from '../../shared/api-calls';
import { ApiError, dispatch, type Handlers } from '../api/handlers';
import { isAppUrl } from './security-policy';

export function registerIpcHandlers(handlers: Handlers): void {
  for (const name of API_CALL_NAMES) {
    ipcMain.handle(ipcChannel(name), async (event, args): Promise<IpcReply<unknown>> => {
      if (!event.senderFrame || !isAppUrl(event.senderFrame.url)) {
        return { error: { code: 'invalid-arguments', message: 'Calls are accepted only from the kiosk page.' } };
      }
      try {
        return { result: await dispatch(handlers, name, args) };
      } catch (error) {
        if (error instanceof ApiError) return { error: error.body };
        console.error(error);
        return { error: { code: 'internal', reason: 'station-failed', message: 'Something went wrong in the kiosk.' } };
      }
    });
  }
}
