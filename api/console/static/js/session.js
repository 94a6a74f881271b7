// Who is signed in. GET /api/v1/session gives {user, csrf_token} or 401; a
// reload thus recovers the CSRF token without signing in again.

import { request, setCsrf, ApiError } from './api.js';
import { authOff } from './config.js';

const RANK = { viewer: 1, editor: 2, admin: 3 };

export const session = {
  user: null,
  // open is true when the server has no sign-in (YOUCHENG_AUTH=off or no
  // session endpoint): the console then offers everything and the server
  // still decides.
  open: false,
};

/** load asks the server who we are. */
export async function load() {
  try {
    const { data } = await request('GET', '/session', { quiet401: true });
    session.user = data.user;
    session.open = false;
    setCsrf(data.csrf_token);
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    session.user = null;
    setCsrf('');
    if (authOff() || err.status === 404) {
      session.open = true;
      session.user = { name: 'anonymous', display_name: '', role: 'admin' };
    }
  }
  return session.user;
}

/** signIn posts the credentials; rejects with ApiError (401, 429, 422). */
export async function signIn(name, password) {
  const { data } = await request('POST', '/session', { body: { name, password }, quiet401: true });
  session.user = data.user;
  session.open = false;
  setCsrf(data.csrf_token);
  return data.user;
}

export async function signOut() {
  try {
    await request('DELETE', '/session', { quiet401: true });
  } finally {
    session.user = null;
    setCsrf('');
  }
}

/** can reports whether the signed-in user has at least role. */
export function can(role) {
  const u = session.user;
  return Boolean(u) && (RANK[u.role] || 0) >= (RANK[role] || 99);
}
