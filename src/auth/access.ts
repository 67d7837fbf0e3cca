import { forbidden } from '../common/problem.js';
import type { Visibility } from '../operations/finding.entity.js';
import type { AuthUser } from './auth-user.js';
import { hasPermission, type Permission } from './roles.js';

/** The first step of every service method. */
export function assertPermission(user: AuthUser, permission: Permission): void {
  if (!hasPermission(user.role, permission)) throw forbidden(`The role "${user.role}" may not ${permission.replace(':', ' ')}.`);
}

/** Need-to-know: `agency` items exist only for users of the owning agency. */
export function canSee(user: AuthUser, item: { agencyCode: string; visibility: Visibility }): boolean {
  return item.visibility === 'taskforce' || item.agencyCode === user.agencyCode;
}

/** A draft exists only for the user who started it, until it is submitted (DESIGN §4). */
export function canSeeOperation(user: Pick<AuthUser, 'id'>, operation: { state: 'draft' | 'submitted'; createdBy: string }): boolean {
  return operation.state !== 'draft' || operation.createdBy === user.id;
}

export function visibleTo<T extends { agencyCode: string; visibility: Visibility }>(user: AuthUser, items: readonly T[]): T[] {
  return items.filter((item) => canSee(user, item));
}
