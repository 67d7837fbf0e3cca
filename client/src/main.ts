import './styles.css';
import { createApi } from './api';
import { createContext } from './context';
import { h, replace } from './dom';
import { setLanguage, t, type Language } from './i18n';
import { createOutbox, operationSender } from './outbox';
import { clearSession, loadSession, saveSession, type Session } from './session';
import { renderCouncilShell } from './ui/council-view';
import { renderLogin } from './ui/login';
import { createToaster } from './ui/toast';
import { demoBanner } from './ui/topbar';
import { renderWorkspace } from './ui/workspace';

const LANGUAGE_KEY = 'hausakte.language';

async function start(root: HTMLElement): Promise<void> {
  setLanguage((localStorage.getItem(LANGUAGE_KEY) as Language | null) === 'en' ? 'en' : 'de');
  let session: Session | null = loadSession(sessionStorage);
  const api = createApi({ token: () => session?.token ?? null, onUnauthorized: () => logout(t('app.sessionExpired')) });
  const toast = createToaster(document.body);
  const outbox = createOutbox(sessionStorage);
  const config = await api.clientConfig();

  const showLogin = (message?: string) => {
    const page = h('div', { class: 'login-wrap' });
    replace(root, ...(config.demoData ? [demoBanner()] : []), page);
    renderLogin(page, {
      message,
      onLogin: async (username, password) => {
        const answer = await api.login(username, password);
        session = { token: answer.accessToken, user: answer.user, expiresAt: Date.now() + answer.expiresIn * 1000 };
        saveSession(sessionStorage, session);
        await showApp();
      },
    });
  };
  function logout(message?: string): void {
    clearSession(sessionStorage);
    session = null;
    history.replaceState(null, '', location.pathname);
    showLogin(message);
  }
  const switchLanguage = () => {
    localStorage.setItem(LANGUAGE_KEY, t('app.languageCode'));
    location.reload();
  };
  const showApp = async () => {
    const ctx = createContext(api, config, session!.user, await api.agencies(), toast);
    const shell = { ctx, onLogout: () => logout(), onLanguage: switchLanguage };
    if (ctx.can('map:read')) {
      renderWorkspace(root, { ...shell, outbox });
      const flush = () =>
        void outbox
          .flush(operationSender(api, (e) => toast(t('app.error', { message: e.message }), 'error')))
          .then(({ sent }) => sent && toast(t('operation.outboxSent', { count: sent })));
      window.addEventListener('online', flush);
      flush();
    } else if (ctx.can('district-view:read')) {
      await renderCouncilShell(root, shell);
    } else {
      replace(
        root,
        h(
          'div',
          { class: 'login-page' },
          h('p', { attrs: { role: 'alert' } }, t('app.noView', { role: ctx.user.role })),
          h('button', { class: 'button', attrs: { type: 'button' }, on: { click: () => logout() } }, t('app.logout')),
        ),
      );
    }
  };

  if (session) await showApp().catch(() => logout());
  else showLogin();
}

const root = document.getElementById('app')!;
start(root).catch((error: unknown) => {
  replace(
    root,
    h(
      'div',
      { class: 'login-page' },
      h('p', { class: 'form-errors', attrs: { role: 'alert' } }, t('app.error', { message: error instanceof Error ? error.message : String(error) })),
    ),
  );
});
