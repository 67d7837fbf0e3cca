import type { Role } from './roles.js';

/** The logged-in user as every service sees it. */
export interface AuthUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  agencyCode: string;
  /** The city whose buildings the user works on; null for a Land role across every city. */
  cityAgs: string | null;
  /** Logged in with a one-time password: only the password change is open. */
  passwordChangeRequired: boolean;
  /** The token of this request (absent for work not started by a request): what its logout ends. */
  session?: { id: string; expiresAt: number };
}
