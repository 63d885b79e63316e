import createClient, { type Middleware } from 'openapi-fetch';
import { errorMessage } from './errors';
import type { paths } from './schema';

const TOKEN_KEY = 'srdi.accessToken';

export const tokenStore = {
  get: (): string | null => localStorage.getItem(TOKEN_KEY),
  set: (token: string | null) => (token ? localStorage.setItem(TOKEN_KEY, token) : localStorage.removeItem(TOKEN_KEY)),
};

/** A field's messages from a VALIDATION_FAILED answer (`details: [{ field, messages }]`). */
export interface FieldProblem {
  field: string;
  messages: string[];
  /** The failed rules' names (isNotEmpty, length…): the console words them in Chinese. */
  rules?: string[];
}

/** An API error answer (`{ statusCode, code, message, details? }`), with the Chinese message for its code. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly apiMessage: string,
    readonly details?: unknown,
  ) {
    super(errorMessage(code, apiMessage));
    this.name = 'ApiError';
  }

  /** Field errors to show next to form fields (antd `form.setFields`). */
  get fields(): FieldProblem[] {
    if (!Array.isArray(this.details)) return [];
    return this.details.filter(
      (d): d is FieldProblem =>
        typeof d === 'object' && d !== null && typeof d.field === 'string' && Array.isArray(d.messages),
    );
  }
}

/** Called when a request answers 401 (the session ended): the auth provider logs out. */
let onUnauthorized: () => void = () => undefined;
export const setUnauthorizedHandler = (handler: () => void) => {
  onUnauthorized = handler;
};

const auth: Middleware = {
  onRequest({ request }) {
    const token = tokenStore.get();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
  onResponse({ response }) {
    if (response.status === 401 && tokenStore.get()) onUnauthorized();
    return response;
  },
};

/** The typed client of the API (paths and bodies from the OpenAPI document). */
export const api = createClient<paths>({ baseUrl: '' });
api.use(auth);

/**
 * The data of an openapi-fetch answer, or an ApiError thrown with the Chinese message of its code:
 * `const page = await ok(api.GET('/api/v1/listings', { params: { query } }))`.
 */
export async function ok<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (response.ok) return data as T;
  const body = (error ?? {}) as { code?: string; message?: string; details?: unknown };
  throw new ApiError(
    response.status,
    body.code ?? `HTTP_${response.status}`,
    body.message ?? response.statusText,
    body.details,
  );
}

/** A file the API answers (an .xlsx export): downloaded by the browser under the API's file name. */
export async function download(path: string, fallbackName: string): Promise<void> {
  const token = tokenStore.get();
  const response = await fetch(path, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!response.ok) {
    const body = await response.json().catch(() => ({}));
    throw new ApiError(response.status, body.code ?? `HTTP_${response.status}`, body.message ?? '', body.details);
  }
  const disposition = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  const name = encoded ? decodeURIComponent(encoded[1]) : (plain?.[1] ?? fallbackName);
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}
