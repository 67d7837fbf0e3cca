import { useSignal } from '@preact/signals';
import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import type { City } from '../api-types';
import type { AppContext } from '../context';
import { t } from '../i18n';
import { h } from '../dom';
import { AddressImportPanel } from './address-import';
import { AgencyAdmin } from './agency-admin';
import { DistrictImport } from './district-import';
import { KatasterImportPanel } from './kataster-import';
import { demoBanner, renderTopbar } from './topbar';
import { UserAdmin } from './user-admin';

export interface AdminShellOptions {
  ctx: AppContext;
  onLogout: () => void;
  onLanguage: () => void;
}

/** The administration's screen below the top bar: accounts, the agency catalogue, then the city's districts, official addresses and Kataster. */
export function renderAdminShell(root: HTMLElement, options: AdminShellOptions): void {
  const host = h('div', { class: 'admin-wrap' });
  root.replaceChildren(...(options.ctx.config.demoData ? [demoBanner()] : []), renderTopbar(options), host);
  render(<AdminPanel ctx={options.ctx} />, host);
}

function AdminPanel({ ctx }: { ctx: AppContext }) {
  // Shared, so an agency added or deactivated below is offered (or not) in the account forms at once.
  const agencies = useSignal(ctx.agencies);
  // A Land administrator places each account in a city; a city's administrator only in their own.
  const cities = useSignal<City[]>([]);
  useEffect(() => {
    if (ctx.user.city) return;
    ctx.api.cities().then(
      (all) => void (cities.value = all),
      () => ctx.toast(t('users.citiesFailed'), 'error'),
    );
  }, []);
  return (
    <main class="admin">
      <UserAdmin ctx={ctx} agencies={agencies.value} cities={cities.value} />
      <AgencyAdmin ctx={ctx} agencies={agencies.value} onChanged={async () => void (agencies.value = await ctx.api.agencies())} />
      <DistrictImport ctx={ctx} cities={cities.value} />
      <AddressImportPanel ctx={ctx} cities={cities.value} />
      <KatasterImportPanel ctx={ctx} cities={cities.value} />
    </main>
  );
}
