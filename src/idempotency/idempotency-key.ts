import { createHash } from 'node:crypto';
import stringify from 'safe-stable-stringify';
import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import { badRequest } from '../common/problem.js';

export const IDEMPOTENCY_HEADER = 'idempotency-key';

export const ANSWER_NOT_STORED = 'x-answer-not-stored';

/**
 * A route whose answer is never stored for a replay, so an Idempotency-Key is refused (400 idempotency_not_supported)
 * rather than honoured wrongly: the answer holds a secret (a one-time password, a token), or the request is an uploaded
 * file, which a fingerprint of the JSON body cannot tell apart and which the import applies idempotently itself.
 */
export const AnswerNotStored = () => applyDecorators(SetMetadata(ANSWER_NOT_STORED, true), ApiExtension(ANSWER_NOT_STORED, true));

export const idempotencyNotSupported = () =>
  badRequest(
    'idempotency_not_supported',
    'This route’s answer is never stored for a replay (it holds a secret, or the request is a file import that is idempotent itself): send the request without Idempotency-Key.',
    [{ field: 'Idempotency-Key', message: 'is not accepted on this route', code: 'idempotency_not_supported' }],
  );

/**
 * The header's key: a Structured Field string per draft-ietf-httpapi-idempotency-key-header ("…"), bare
 * tokens accepted too; 1 to 255 visible ASCII characters. Undefined when the request has none.
 */
export function parseIdempotencyKey(header: string | string[] | undefined): string | undefined {
  if (header === undefined) return undefined;
  const invalid = () =>
    badRequest('idempotency_key_invalid', 'Idempotency-Key must be one value of 1 to 255 visible ASCII characters, for example a UUID.', [
      { field: 'Idempotency-Key', message: 'must be 1 to 255 visible ASCII characters', code: 'idempotency_key_invalid' },
    ]);
  if (typeof header !== 'string') throw invalid();
  const trimmed = header.trim();
  const key = trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"') ? trimmed.slice(1, -1) : trimmed;
  if (!/^[\x21\x23-\x5b\x5d-\x7e]{1,255}$/.test(key)) throw invalid();
  return key;
}

/** Same method, path and JSON content (key order and spacing aside) give the same fingerprint. */
export function requestFingerprint(method: string, url: string, body: unknown): string {
  return createHash('sha256')
    .update(`${method.toUpperCase()} ${url}\n${stringify(body ?? null) ?? 'null'}`, 'utf8')
    .digest('hex');
}
