import type { OpenAPIObject } from '@nestjs/swagger';
import { problemResponse } from '../common/api-problems.js';
import { ANSWER_NOT_STORED } from './idempotency-key.js';
import { IDEMPOTENCY_RETENTION_MS } from './idempotency.service.js';

type OperationObject = NonNullable<OpenAPIObject['paths'][string]['post']>;
type ParameterObject = Extract<NonNullable<OperationObject['parameters']>[number], { in: string }>;
type ResponseObject = Extract<OperationObject['responses'][string], { description: string }>;

const PROBLEMS: Record<number, string[]> = { 400: ['idempotency_key_invalid'], 409: ['request_in_progress'], 422: ['idempotency_key_reused'] };
/** Routes whose answer is never stored (a secret, a file import) take no Idempotency-Key (AnswerNotStored). */
const REFUSED: Record<number, string[]> = { 400: ['idempotency_not_supported'] };

const HEADER: ParameterObject = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  schema: { type: 'string', minLength: 1, maxLength: 257 },
  description:
    'A unique value per intended change, e.g. a UUID (draft-ietf-httpapi-idempotency-key-header), kept for ' +
    `${IDEMPOTENCY_RETENTION_MS / 3600_000} hours per user. A repeat with the same key and content answers the first answer again ` +
    '(header Idempotent-Replayed: true) without a second write, waiting while the first is still running (409 request_in_progress ' +
    'after 15 s); the same key with other content answers 422 idempotency_key_reused. A request that failed keeps nothing, so the key may be sent again.',
};

/** Every signed-in changing route accepts Idempotency-Key (the interceptor is global), including routes added later, except those marked AnswerNotStored. */
export function documentIdempotencyKey(document: OpenAPIObject): void {
  for (const path of Object.values(document.paths)) {
    for (const method of ['post', 'put', 'patch', 'delete'] as const) {
      const operation: OperationObject | undefined = path[method];
      if (!operation?.security?.length) continue;
      const refused = (operation as unknown as Record<string, unknown>)[ANSWER_NOT_STORED] === true;
      if (!refused) operation.parameters = [...(operation.parameters ?? []), HEADER];
      for (const [status, codes] of Object.entries(refused ? REFUSED : PROBLEMS)) {
        const existing = operation.responses[status] as ResponseObject | undefined;
        operation.responses[status] = problemResponse([...documentedCodes(existing), ...codes]);
      }
    }
  }
}

function documentedCodes(response: ResponseObject | undefined): string[] {
  const schema = response?.content?.['application/problem+json']?.schema as { allOf?: Array<{ properties?: { code?: { enum?: string[] } } }> } | undefined;
  return schema?.allOf?.[1]?.properties?.code?.enum ?? [];
}
