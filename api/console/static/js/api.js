// The REST client: same-origin fetch with the session cookie. Every write
// carries X-CSRF-Token; errors come back as ApiError holding the
// problem+json body.

const BASE = '/api/v1';
let csrfToken = '';

export function setCsrf(token) {
  csrfToken = token || '';
}

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || { status, title: `HTTP ${status}` };
  }
}

/** qs builds a query string from an object, leaving out empty values. */
export function qs(params) {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v === undefined || v === null || v === '') continue;
    u.set(k, String(v));
  }
  const s = u.toString();
  return s ? `?${s}` : '';
}

/** apiURL is the path of an API call, for links (downloads). */
export function apiURL(path, params) {
  return BASE + path + qs(params);
}

/**
 * request calls the API. opts: {body, etag (sent as If-Match), query}.
 * Resolves to {data, etag, status}; rejects with ApiError.
 */
export async function request(method, path, opts = {}) {
  const headers = { Accept: 'application/json' };
  const init = { method, headers, credentials: 'same-origin' };
  if (opts.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(opts.body);
  }
  if (method !== 'GET' && method !== 'HEAD') {
    if (csrfToken) headers['X-CSRF-Token'] = csrfToken;
    if (opts.etag) headers['If-Match'] = opts.etag;
  }
  let res;
  try {
    res = await fetch(BASE + path + qs(opts.query), init);
  } catch {
    throw new ApiError(0, { status: 0, title: 'Network error', title_zh: '网络连接失败', detail: '' });
  }
  const type = res.headers.get('Content-Type') || '';
  let data = null;
  if (res.status !== 204 && type.includes('json')) {
    try {
      data = await res.json();
    } catch {
      data = null;
    }
  }
  if (!res.ok) {
    const err = new ApiError(res.status, data);
    err.retryAfter = res.headers.get('Retry-After');
    if (res.status === 401 && !opts.quiet401) {
      window.dispatchEvent(new CustomEvent('youcheng:unauthorized', { detail: err }));
    }
    throw err;
  }
  return { data, etag: res.headers.get('ETag'), status: res.status };
}

export const get = (path, query, opts = {}) => request('GET', path, { ...opts, query }).then((r) => r.data);
export const getWithETag = (path) => request('GET', path);
export const post = (path, body, opts = {}) => request('POST', path, { ...opts, body });
export const put = (path, body, opts = {}) => request('PUT', path, { ...opts, body });
export const patch = (path, body, etag) => request('PATCH', path, { body, etag });
export const del = (path, etag) => request('DELETE', path, { etag });

/** getAll pages through a list endpoint (limit 500 a page) and returns every item. */
export async function getAll(path, query = {}) {
  const items = [];
  for (let offset = 0; ; offset += 500) {
    const page = await get(path, { ...query, limit: 500, offset });
    items.push(...page.items);
    if (items.length >= page.total || page.items.length === 0) return items;
  }
}
