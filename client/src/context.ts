import type { Api } from './api';
import type { Agency, ClientConfig, PropertyStatus, StatusSymbol, User } from './api-types';
import { language } from './i18n';

/** What the panels need from the running app, handed over explicitly instead of through globals. */
export interface AppContext {
  api: Api;
  config: ClientConfig;
  user: User;
  agencies: Agency[];
  can(permission: string): boolean;
  statusLabel(status: PropertyStatus): string;
  statusColour(status: PropertyStatus): string;
  statusSymbol(status: PropertyStatus): StatusSymbol;
  agencyName(code: string): string;
  toast(text: string, kind?: 'info' | 'error'): void;
}

export function createContext(api: Api, config: ClientConfig, user: User, agencies: Agency[], toast: AppContext['toast']): AppContext {
  const styles = new Map(config.statuses.map((s) => [s.status, s]));
  const agencyByCode = new Map(agencies.map((a) => [a.code, a]));
  return {
    api,
    config,
    user,
    agencies,
    toast,
    can: (permission) => user.permissions.includes(permission),
    statusLabel: (status) => {
      const style = styles.get(status);
      return style ? (language() === 'de' ? style.labelDe : style.labelEn) : status;
    },
    statusColour: (status) => styles.get(status)?.colour ?? '#888888',
    statusSymbol: (status) => styles.get(status)?.symbol ?? 'circle',
    agencyName: (code) => agencyLabel(agencyByCode.get(code), code),
  };
}

/** An agency's name in the user's language; its code when the catalogue does not know it. */
export function agencyLabel(agency: Agency | undefined, code: string): string {
  return agency ? (language() === 'de' ? agency.name : agency.nameEn) : code;
}
