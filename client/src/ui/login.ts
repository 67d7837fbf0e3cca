import { ApiError } from '../api';
import { errorText } from '../problem-text';
import { h, onAsync, replace } from '../dom';
import { t } from '../i18n';

export interface LoginOptions {
  onLogin: (username: string, password: string) => Promise<void>;
  /** Username and password are asked for; false where the city signs in through its own accounts only. */
  passwords: boolean;
  /** "Mit Stadtkonto anmelden" leads here (single sign-on), or is not offered. */
  cityAccountUrl: string | null;
  message?: string;
  /** The device's last user, who may file reports without a connection before signing in again. */
  offline?: { displayName: string; onContinue: () => void };
}

export function renderLogin(container: HTMLElement, options: LoginOptions): void {
  const username = h('input', { attrs: { type: 'text', name: 'username', autocomplete: 'username', required: true, id: 'login-username' } });
  const password = h('input', { attrs: { type: 'password', name: 'password', autocomplete: 'current-password', required: true, id: 'login-password' } });
  const error = h('p', { class: 'form-errors', attrs: { role: 'alert' }, hidden: !options.message }, options.message ?? '');
  const button = h('button', { class: 'button button--primary', attrs: { type: 'submit' } }, t('login.submit'));
  const offline = options.offline
    ? h(
        'div',
        { class: 'login-offline', attrs: { role: 'region', 'aria-label': t('offline.heading') }, hidden: navigator.onLine },
        h('p', {}, t('offline.loginHint', { name: options.offline.displayName })),
        h('button', { class: 'button', attrs: { type: 'button' }, on: { click: options.offline.onContinue } }, t('offline.continue')),
      )
    : null;
  // Removed once this login page is gone, so logins and logouts do not pile up listeners.
  const showOffline = () => {
    if (!offline?.isConnected) return window.removeEventListener('offline', showOffline);
    offline.hidden = false;
  };
  window.addEventListener('offline', showOffline);
  const cityAccount = options.cityAccountUrl
    ? h('a', { class: `button${options.passwords ? '' : ' button--primary'}`, attrs: { href: options.cityAccountUrl } }, t('login.cityAccount'))
    : null;
  const form = h(
    'form',
    { class: 'login', attrs: { 'aria-labelledby': 'login-heading' } },
    h('h1', { attrs: { id: 'login-heading' } }, t('app.title'), ' – ', t('login.heading')),
    ...(options.passwords
      ? [
          h('div', { class: 'field' }, h('label', { attrs: { for: 'login-username' } }, t('login.username')), username),
          h('div', { class: 'field' }, h('label', { attrs: { for: 'login-password' } }, t('login.password')), password),
        ]
      : []),
    error,
    ...(options.passwords ? [button] : []),
    ...(cityAccount ? [h('p', { class: 'login-or', hidden: !options.passwords }, t('login.or')), cityAccount] : []),
  );
  onAsync(form, 'submit', async (event) => {
    event.preventDefault();
    button.disabled = true;
    error.hidden = true;
    try {
      await options.onLogin(username.value.trim(), password.value);
    } catch (e) {
      if (e instanceof ApiError && e.isNetworkError) showOffline();
      const message = e instanceof ApiError && e.status === 401 ? t('login.wrongCredentials') : errorText(e);
      error.textContent = t('login.failed', { message });
      error.hidden = false;
      password.select();
    } finally {
      button.disabled = false;
    }
  });
  replace(container, h('div', { class: 'login-page' }, form, offline));
  if (options.passwords) username.focus();
  else cityAccount?.focus();
}
