import { forbidden } from '../common/problem.js';
import type { Visibility } from '../operations/finding.entity.js';
import type { AuthUser } from './auth-user.js';
import { hasPermission, type Permission } from './roles.js';

/** The first step of every service method. */
export function assertPermission(user: AuthUser, permission: Permission): void {
  if (!hasPermission(user.role, permission)) throw forbidden(`The role "${user.role}" may not ${permission.replace(':', ' ')}.`);
}

/** Need-to-know: `agency` items exist only for users of the owning agency, until it releases one (findings) for decisions. */
export function canSee(user: AuthUser, item: { agencyCode: string; visibility: Visibility; releasedAt?: Date | null }): boolean {
  return item.visibility === 'taskforce' || item.agencyCode === user.agencyCode || (item.releasedAt ?? null) !== null;
}

/**
 * Free text as its reader may see it: text the owning agency keeps for itself reads as no text at all, so its
 * existence is not revealed either. The visibility is shown only beside text that is shown.
 */
export function readableText(
  user: AuthUser,
  text: string | null,
  owner: string | null,
  visibility: Visibility,
): { text: string | null; visibility: Visibility | null } {
  if (text === null || (visibility === 'agency' && owner !== user.agencyCode)) return { text: null, visibility: null };
  return { text, visibility };
}

/** A draft exists only for the user who started it, until it is submitted (DESIGN §4). */
export function canSeeOperation(user: Pick<AuthUser, 'id'>, operation: { state: 'draft' | 'submitted'; createdBy: string }): boolean {
  return operation.state !== 'draft' || operation.createdBy === user.id;
}

export function visibleTo<T extends { agencyCode: string; visibility: Visibility }>(user: AuthUser, items: readonly T[]): T[] {
  return items.filter((item) => canSee(user, item));
}
