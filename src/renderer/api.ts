// The renderer's only way to the Node side. In Electron the preload provides window.entre (IPC);
// in the browser station the same calls go over HTTP. Callers cannot tell which.
import { API_CALL_NAMES, httpRoute, type ApiErrorBody } from '../shared/api-calls';
import type { EntreApi } from '../shared/api';
import { ApiCallError } from './api-error';

declare global {
  interface Window {
    entre?: EntreApi;
  }
}

const asApiError = (error: unknown): ApiCallError =>
  error instanceof ApiCallError
    ? error
    : new ApiCallError(
        typeof error === 'object' && error && 'code' in error && 'message' in error
          ? (error as ApiErrorBody)
          : { code: 'internal', reason: 'store-unreachable', message: 'The kiosk cannot reach its store.' },
      );

function httpCall(name: string) {
  return async (args: unknown) => {
    const response = await fetch(httpRoute(name as never), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(args ?? {}),
    });
    const body = await response.json();
    if (!response.ok) throw body.error;
    return body;
  };
}

function build(): EntreApi {
  const transport = window.entre;
  return Object.fromEntries(
    API_CALL_NAMES.map((name) => {
      const send = transport ? (transport[name] as (args: unknown) => Promise<unknown>) : httpCall(name);
      return [name, (args: unknown) => send(args).catch((error: unknown) => Promise.reject(asApiError(error)))];
    }),
  ) as EntreApi;
}

export const api: EntreApi = build();
