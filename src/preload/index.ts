// Exposes exactly the API contract to the sandboxed renderer: one function per call, each on its own
// IPC channel. Nothing else of Electron or Node reaches the page.
import { contextBridge, ipcRenderer } from 'electron';
import { API_CALL_NAMES, ipcChannel, type IpcReply } from '../shared/api-calls';

const api = Object.fromEntries(
  API_CALL_NAMES.map((name) => [
    name,
    async (args: unknown) => {
      const reply = (await ipcRenderer.invoke(ipcChannel(name), args)) as IpcReply<unknown>;
      if ('error' in reply) throw reply.error;
      return reply.result;
    },
  ]),
);

contextBridge.exposeInMainWorld('entre', api);
