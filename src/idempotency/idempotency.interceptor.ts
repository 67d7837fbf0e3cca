import { HttpStatus, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants.js';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { from, lastValueFrom, of, type Observable } from 'rxjs';
import type { AuthUser } from '../auth/auth-user.js';
import { firstWriteStep, type FirstWriteStep } from '../database/write-queue.js';
import { ANSWER_NOT_STORED, IDEMPOTENCY_HEADER, idempotencyNotSupported, parseIdempotencyKey, requestFingerprint } from './idempotency-key.js';
import { IdempotencyService } from './idempotency.service.js';

const CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Makes every signed-in changing request with an Idempotency-Key happen at most once: a repeat with the same
 * key and content gets the first answer again (waiting while the first runs), other content gets 422.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly idempotency: IdempotencyService,
    private readonly reflector: Reflector,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest & { user?: AuthUser }>();
    const user = request.user;
    if (!CHANGING.has(request.method) || !user) return next.handle();
    const key = parseIdempotencyKey(request.headers[IDEMPOTENCY_HEADER]);
    if (key === undefined) return next.handle();
    if (this.reflector.get<boolean>(ANSWER_NOT_STORED, context.getHandler())) throw idempotencyNotSupported();

    const status = routeStatus(context, request.method);
    const claim = await this.idempotency.begin(user.id, key, requestFingerprint(request.method, request.url, request.body));
    if (claim.kind === 'replay') {
      void http.getResponse<FastifyReply>().header('idempotent-replayed', 'true');
      return of(JSON.parse(claim.body) as unknown);
    }

    let committed: string | undefined;
    const step: FirstWriteStep = {
      taken: false,
      run: async (manager, result) => {
        const body = JSON.stringify(result ?? null);
        await this.idempotency.store(manager, user.id, key, status, body);
        committed = body;
      },
    };
    const handled = firstWriteStep.run(step, async () => {
      let result: unknown;
      try {
        result = await lastValueFrom(next.handle(), { defaultValue: null });
      } catch (error) {
        // Frees the key only if no answer committed (a write that committed before the error keeps its answer).
        await this.idempotency.release(user.id, key);
        throw error;
      }
      const body = JSON.stringify(result ?? null);
      if (body !== committed) await this.idempotency.complete(user.id, key, status, body);
      return result;
    });
    return from(handled);
  }
}

/** The status Nest answers a successful call of this route with: its @HttpCode, else 201 for POST and 200 otherwise. */
function routeStatus(context: ExecutionContext, method: string): number {
  const declared = Reflect.getMetadata(HTTP_CODE_METADATA, context.getHandler()) as number | undefined;
  return declared ?? (method === 'POST' ? HttpStatus.CREATED : HttpStatus.OK);
}
