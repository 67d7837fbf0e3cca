import type { Role } from '../src/auth/roles.js';

/** Shared by every demo login; only ever created together with the fictitious demo data, and refused as anyone's own password. */
export { DEMO_PASSWORD } from '../src/auth/password-policy.js';

export interface DemoUser {
  username: string;
  displayName: string;
  role: Role;
  agencyCode: string;
}

export const DEMO_USERS: readonly DemoUser[] = [
  { username: 'admin', displayName: 'Demo Administration', role: 'admin', agencyCode: 'verwaltung' },
  { username: 'lead', displayName: 'Demo Leitung Ordnungsamt', role: 'lead', agencyCode: 'ordnungsamt' },
  { username: 'inspector', displayName: 'Demo Prüfer Ordnungsamt', role: 'inspector', agencyCode: 'ordnungsamt' },
  { username: 'inspector.jugendamt', displayName: 'Demo Prüferin Jugendamt', role: 'inspector', agencyCode: 'jugendamt' },
  { username: 'inspector.bauaufsicht', displayName: 'Demo Prüfer Bauaufsicht', role: 'inspector', agencyCode: 'bauaufsicht' },
  { username: 'council', displayName: 'Demo Ratsmitglied', role: 'council', agencyCode: 'rat' },
];
