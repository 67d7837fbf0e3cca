import { applyDecorators, createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { ApiProblems, SIGNED_IN } from '../common/api-problems.js';
import type { AuthUser } from './auth-user.js';
import type { Permission } from './roles.js';

export const PUBLIC_KEY = 'hausakte:public';
export const PERMISSION_KEY = 'hausakte:permission';

/** Reachable without login (health, login, docs). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** The one permission a route needs; routes with neither this nor @Public are refused, and the guard's answers are documented here. */
export const RequirePermission = (permission: Permission) => applyDecorators(SetMetadata(PERMISSION_KEY, permission), ApiProblems(SIGNED_IN));

export const PASSWORD_CHANGE_KEY = 'hausakte:password-change';

/** Open to a user who logged in with a one-time password and has not chosen their own yet. */
export const AllowDuringPasswordChange = () => SetMetadata(PASSWORD_CHANGE_KEY, true);

export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthUser => {
  return context.switchToHttp().getRequest<{ user: AuthUser }>().user;
});
