import './styles.css';
import { createApi } from './api';
import { indexedDbDeviceCache, withDeviceCache } from './device-cache';
import { createContext } from './context';
import { h, replace } from './dom';
import { hasMessage, setLanguage, t, type Language } from './i18n';
import { adoptSessionQueue, createOutbox, indexedDbStorage, keepSending, operationSender, type FlushResult } from './outbox';
import { clearSession, loadSession, saveSession, takeCityAccountAnswer, type Session } from './session';
import type { UserCache } from './device-cache';
import { renderCouncilShell } from './ui/council-view';
import { renderLogin } from './ui/login';
import { mountPasswordChange } from './ui/password-change';
import type { City as UserCity, LoginResponse } from './api-types';
import { renderOfflineShell } from './ui/offline-shell';
import { createToaster } from './ui/toast';
import { demoBanner } from './ui/topbar';
import { renderWorkspace } from './ui/workspace';
import { renderAdminShell } from './ui/admin-shell';
import { setCityTimeZone } from './city-day';
import { setLegalProfile } from './legal';
import { errorText } from './problem-text';

const LANGUAGE_KEY = 'hausakte.language';

async function start(root: HTMLElement): Promise<void> {
  setLanguage((localStorage.getItem(LANGUAGE_KEY) as Language | null) === 'en' ? 'en' : 'de');
  let session: Session | null = loadSession(sessionStorage);
  const device = indexedDbDeviceCache();
  // The device's last user working offline before signing in again (no token, nothing sent).
  let offlineCache: UserCache | null = null;
  let leaveOffline: (() => void) | null = null;
  const api = withDeviceCache(
    createApi({ token: () => session?.token ?? null, onUnauthorized: () => logout(t('app.sessionExpired')) }),
    device,
    () => session?.user.id ?? offlineCache?.user.id ?? null,
  );
  const toast = createToaster(document.body);
  // Sending the signed-in user's waiting reports; stopped at logout, resumed by the next login of that user.
  let outboxRun: { stop(): void } | null = null;
  const config = await api.clientConfig();
  // The installation's day and law until a user is known; then the user's city's (a Land role keeps these).
  const useCityOf = (user: { city?: UserCity | null }) => {
    setCityTimeZone(user.city?.timeZone ?? config.timeZone);
    setLegalProfile(user.city?.legal ?? config.legal);
  };
  useCityOf({});

  const start = async (answer: LoginResponse) => {
    session = { token: answer.accessToken, user: answer.user, expiresAt: Date.now() + answer.expiresIn * 1000 };
    saveSession(sessionStorage, session);
    await showApp();
  };
  const showLogin = async (message?: string) => {
    leaveOffline?.();
    leaveOffline = null;
    offlineCache = null;
    const last = await device.lastUser().catch(() => undefined);
    const page = h('div', { class: 'login-wrap' });
    replace(root, ...(config.demoData ? [demoBanner()] : []), page);
    renderLogin(page, {
      message,
      passwords: config.signIn.password,
      cityAccountUrl: config.signIn.cityAccount ? api.cityAccountUrl : null,
      offline: last && { displayName: last.user.displayName, onContinue: () => void showOffline(last) },
      onLogin: async (username, password) => {
        const answer = await api.login(username, password);
        if (!answer.passwordChangeRequired) return start(answer);
        // The one-time password's token only changes the password: the app opens with the token that answer brings.
        session = { token: answer.accessToken, user: answer.user, expiresAt: Date.now() + answer.expiresIn * 1000 };
        mountPasswordChange(page, { api, currentPassword: password, displayName: answer.user.displayName, onChanged: start });
        page.querySelector<HTMLElement>('#password-heading')?.focus();
      },
    });
  };
  const showOffline = async (cache: UserCache) => {
    offlineCache = cache;
    useCityOf(cache.user);
    const ctx = createContext(api, config, cache.user, cache.agencies, toast);
    const outbox = createOutbox(indexedDbStorage(cache.user.id));
    await outbox.load();
    leaveOffline = renderOfflineShell(root, { ctx, cache, outbox, onLogin: () => void showLogin() });
  };
  // The session ends at once (a reload right after shows the login); "Abmelden" also ends offline access before the login page asks for it.
  function logout(message?: string, signedOut?: Promise<void>): void {
    outboxRun?.stop();
    outboxRun = null;
    clearSession(sessionStorage);
    session = null;
    history.replaceState(null, '', location.pathname);
    void (signedOut ?? Promise.resolve()).catch(() => undefined).then(() => showLogin(message));
  }
  // "Abmelden": the server ends the token on every instance; sent before the session is cleared so it carries the token, and not waited for (offline, the token just expires).
  const signOut = () => {
    void api.logout().catch(() => undefined);
    logout(undefined, device.signedOut());
  };
  const switchLanguage = () => {
    localStorage.setItem(LANGUAGE_KEY, t('app.languageCode'));
    location.reload();
  };
  const showApp = async () => {
    await device.signedIn(session!.user).catch(() => undefined);
    useCityOf(session!.user);
    const ctx = createContext(api, config, session!.user, await api.agencies(), toast);
    const shell = { ctx, onLogout: signOut, onLanguage: switchLanguage };
    if (ctx.can('map:read')) {
      const outbox = createOutbox(indexedDbStorage(ctx.user.id));
      try {
        await outbox.load();
        await adoptSessionQueue(outbox, sessionStorage);
      } catch (error) {
        toast(t('outbox.loadFailed', { message: error instanceof Error ? error.message : String(error) }), 'error');
      }
      const report = ({ sent, refused }: FlushResult) => {
        if (sent) toast(t('operation.outboxSent', { count: sent }));
        if (refused) toast(t('outbox.refused'), 'error');
      };
      const run = keepSending(outbox, operationSender(api), report);
      outboxRun = run;
      renderWorkspace(root, { ...shell, outbox, sendOutbox: run.run });
    } else if (ctx.can('district-view:read')) {
      await renderCouncilShell(root, shell);
    } else if (ctx.can('user:manage')) {
      renderAdminShell(root, shell);
    } else {
      replace(
        root,
        h(
          'div',
          { class: 'login-page' },
          h('p', { attrs: { role: 'alert' } }, t('app.noView', { role: ctx.user.role })),
          h('button', { class: 'button', attrs: { type: 'button' }, on: { click: signOut } }, t('app.logout')),
        ),
      );
    }
  };

  const cityAccount = takeCityAccountAnswer(location, history);
  if (cityAccount && 'code' in cityAccount) {
    // Back from the city's provider: the one-time code becomes this tab's session, replacing any earlier one.
    let answer: LoginResponse | null = null;
    try {
      answer = await api.cityAccountSession(cityAccount.code);
    } catch (error) {
      await showLogin(t('login.failed', { message: errorText(error) }));
    }
    if (answer) await start(answer);
  } else if (cityAccount) {
    const reason = `login.sso.${cityAccount.error}`;
    await showLogin(t('login.cityAccountRefused', { reason: t(hasMessage(reason) ? reason : 'login.sso.failed') }));
  } else if (session) await showApp().catch(() => logout());
  else await showLogin();
}

const root = document.getElementById('app')!;
start(root).catch((error: unknown) => {
  replace(root, h('div', { class: 'login-page' }, h('p', { class: 'form-errors', attrs: { role: 'alert' } }, t('app.error', { message: errorText(error) }))));
});
