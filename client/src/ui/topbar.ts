import type { AppContext } from '../context';
import { h, type Child } from '../dom';
import { t } from '../i18n';
import { openSummaryDashboard } from './summary-dashboard';
import { st } from './summary-texts';

export interface TopbarOptions {
  ctx: AppContext;
  onLogout: () => void;
  onLanguage: () => void;
  leading?: Child;
  actions?: Child[];
}

export function renderTopbar(options: TopbarOptions): HTMLElement {
  return h(
    'header',
    { class: 'topbar' },
    options.leading,
    h('h1', { class: 'topbar-title' }, t('app.title')),
    h('div', { class: 'topbar-spacer' }),
    ...(options.actions ?? []),
    options.ctx.can('summary:read')
      ? h('button', { class: 'button topbar-summary', attrs: { type: 'button' }, on: { click: () => openSummaryDashboard(options.ctx) } }, st('open'))
      : null,
    h('span', { class: 'topbar-user', attrs: { title: options.ctx.agencyName(options.ctx.user.agencyCode) } }, options.ctx.user.displayName),
    h(
      'button',
      {
        class: 'link-button topbar-lang',
        // The name holds the short visible text too ("EN" on phones), so speech input finds the button.
        attrs: { type: 'button', lang: t('app.languageCode'), 'aria-label': `${t('app.language')} – ${t('app.languageCode').toUpperCase()}` },
        on: { click: options.onLanguage },
      },
      h('span', { class: 'long' }, t('app.language')),
      ' ',
      h('span', { class: 'short', attrs: { 'aria-hidden': 'true' } }, t('app.languageCode').toUpperCase()),
    ),
    h('button', { class: 'button topbar-logout', attrs: { type: 'button' }, on: { click: options.onLogout } }, t('app.logout')),
  );
}

export function demoBanner(): HTMLElement {
  return h('div', { class: 'demo-banner', attrs: { role: 'note' } }, t('app.demoBanner'));
}
