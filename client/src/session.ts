import type { User } from './api-types';

export interface Session {
  token: string;
  user: User;
  /** Epoch milliseconds. */
  expiresAt: number;
}

const KEY = 'hausakte.session';

/** The token lives in sessionStorage only: it ends with the tab and is never written to localStorage or a cookie. */
export function loadSession(storage: Pick<Storage, 'getItem' | 'removeItem'>, now = Date.now()): Session | null {
  try {
    const raw = storage.getItem(KEY);
    if (!raw) return null;
    const session = JSON.parse(raw) as Session;
    if (typeof session.token !== 'string' || typeof session.expiresAt !== 'number' || session.expiresAt <= now || !session.user) {
      storage.removeItem(KEY);
      return null;
    }
    return session;
  } catch {
    storage.removeItem(KEY);
    return null;
  }
}

export function saveSession(storage: Pick<Storage, 'setItem'>, session: Session): void {
  storage.setItem(KEY, JSON.stringify(session));
}

export function clearSession(storage: Pick<Storage, 'removeItem'>): void {
  storage.removeItem(KEY);
}

/** What the single sign-on's callback left in the address (`#sso=<code>` or `#ssoError=<reason>`), taken out so a reload or a shared link never repeats it. */
export function takeCityAccountAnswer(
  location: Pick<Location, 'hash' | 'pathname' | 'search'>,
  history: Pick<History, 'replaceState'>,
): { code: string } | { error: string } | null {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  const code = params.get('sso');
  const error = params.get('ssoError');
  if (code === null && error === null) return null;
  params.delete('sso');
  params.delete('ssoError');
  const rest = params.toString();
  history.replaceState(null, '', location.pathname + location.search + (rest ? `#${rest}` : ''));
  return code !== null ? { code } : { error: error! };
}
