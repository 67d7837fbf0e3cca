import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { forbidden, ProblemException, unauthorized } from '../common/problem.js';
import type { AuthUser } from './auth-user.js';
import { PASSWORD_CHANGE_KEY, PERMISSION_KEY, PUBLIC_KEY } from './auth.decorators.js';
import { AuthService } from './auth.service.js';
import { hasPermission, type Permission } from './roles.js';

/** Global guard: deny by default; every route declares @Public or the one permission it needs. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest & { user?: AuthUser }>();
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer ([\w-]+\.[\w-]+\.[\w-]+)$/.exec(header) : null;
    if (!match) throw unauthorized();
    request.user = await this.auth.authenticate(match[1]);
    if (request.user.passwordChangeRequired && !this.reflector.getAllAndOverride<boolean>(PASSWORD_CHANGE_KEY, targets)) {
      throw new ProblemException(403, 'password_change_required', 'Log in with the one-time password and choose your own first (POST /api/v1/auth/password).');
    }
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(PERMISSION_KEY, targets);
    if (!permission) throw forbidden('This route declares no permission and is closed.');
    if (!hasPermission(request.user.role, permission)) throw forbidden(`The role "${request.user.role}" may not ${permission.replace(':', ' ')}.`);
    return true;
  }
}
