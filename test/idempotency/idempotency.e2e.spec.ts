import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it, beforeAll } from 'vitest';
import { AuditEntry } from '../../src/audit/audit-entry.entity.js';
import type { ProblemBody } from '../../src/common/problem.js';
import { cityToday } from '../helpers/city-day.js';
import { IdempotencyRecord } from '../../src/idempotency/idempotency-record.entity.js';
import { requestFingerprint } from '../../src/idempotency/idempotency-key.js';
import type { OperationDto } from '../../src/operations/operation-responses.dto.js';
import { Operation } from '../../src/operations/operation.entity.js';
import { Property } from '../../src/properties/property.entity.js';
import { createTestApp, useTestApp } from '../helpers/test-app.js';
import { TEST_PASSWORD, useStandardUsers, type TestUser } from '../helpers/users.js';
import { User } from '../../src/auth/user.entity.js';
import { caseRowCounts, fileOperation, operationBody } from '../operations/operation-bodies.js';
import { createProperty, propertyInput } from '../properties/property-factory.js';

describe('Idempotency-Key on changing requests', () => {
  const t = useTestApp();
  const users = useStandardUsers(t);
  let propertyId: string;

  const send = (method: 'POST' | 'PUT' | 'PATCH', url: string, key: string | undefined, payload?: object, user: TestUser = users.inspector, ifMatch?: string) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { ...user.headers, ...(key === undefined ? {} : { 'idempotency-key': key }), ...(ifMatch === undefined ? {} : { 'if-match': ifMatch }) },
      ...(payload ? { payload } : {}),
    });
  const operationRows = () => t.dataSource.getRepository(Operation).countBy({ propertyId });
  const record = (user: TestUser, key: string) => t.dataSource.getRepository(IdempotencyRecord).findOneBy({ userId: user.id, key });

  beforeAll(async () => {
    propertyId = (await createProperty(t, users.lead)).id;
  });

  it('should file exactly one operation for 50 parallel identical POSTs with one key and give all 50 the same answer', async () => {
    const before = await caseRowCounts(t);
    const key = randomUUID();
    const body = operationBody(propertyId);
    const answers = await Promise.all(Array.from({ length: 50 }, () => send('POST', '/operations', key, body)));

    expect(answers.map((a) => a.statusCode)).toEqual(Array(50).fill(201));
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);
    expect(answers.filter((a) => a.headers['idempotent-replayed'] === 'true')).toHaveLength(49);
    const after = await caseRowCounts(t);
    expect(after.operations - before.operations).toBe(1);
    expect(after.findings - before.findings).toBe(1);
    expect(after.auditEntries - before.auditEntries).toBe(1);
    const stored = await record(users.inspector, key);
    expect(stored).toMatchObject({ responseStatus: 201, responseBody: answers[0].body });
  });

  it('should answer a retry after a lost answer with the first answer and write nothing more, on key order and spacing changes too', async () => {
    const key = `"${randomUUID()}"`;
    const body = operationBody(propertyId, { notes: 'Erster Versuch' });
    const first = await send('POST', '/operations', key, body);
    expect(first.statusCode).toBe(201);
    const before = await caseRowCounts(t);

    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const retry = await t.app.inject({
      method: 'POST',
      url: '/api/v1/operations',
      headers: { ...users.inspector.headers, 'idempotency-key': key.slice(1, -1), 'content-type': 'application/json' },
      payload: JSON.stringify(reordered, null, 2),
    });
    expect(retry.statusCode).toBe(201);
    expect(retry.body).toBe(first.body);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(await caseRowCounts(t)).toEqual(before);
  });

  it('should refuse the same key with another body with 422 idempotency_key_reused and write nothing', async () => {
    const key = randomUUID();
    const first = await send('POST', '/operations', key, operationBody(propertyId, { notes: 'A' }));
    expect(first.statusCode).toBe(201);
    const before = await caseRowCounts(t);

    const reused = await send('POST', '/operations', key, operationBody(propertyId, { notes: 'B' }));
    expect(reused.statusCode).toBe(422);
    expect(reused.headers['content-type']).toContain('application/problem+json');
    expect(reused.json<ProblemBody>().code).toBe('idempotency_key_reused');
    const otherRoute = await send('POST', '/properties', key, propertyInput(), users.inspector);
    expect(otherRoute.statusCode).toBe(422);
    expect(await caseRowCounts(t)).toEqual(before);
    expect(await record(users.inspector, key)).toMatchObject({ responseBody: first.body });
  });

  it('should keep keys per user: the same key from another user is another request', async () => {
    const key = randomUUID();
    const mine = await send('POST', '/operations', key, operationBody(propertyId), users.inspector);
    const theirs = await send('POST', '/operations', key, operationBody(propertyId), users.lead);
    expect([mine.statusCode, theirs.statusCode]).toEqual([201, 201]);
    expect(mine.json<OperationDto>().id).not.toBe(theirs.json<OperationDto>().id);
    expect(theirs.headers['idempotent-replayed']).toBeUndefined();
  });

  it('should keep nothing of a refused request, so the corrected request may use the same key', async () => {
    const key = randomUUID();
    const before = await operationRows();
    const refused = await send('POST', '/operations', key, operationBody(propertyId, { unitsEntered: -1 }));
    expect(refused.statusCode).toBe(400);
    expect(await record(users.inspector, key)).toBeNull();

    const corrected = await send('POST', '/operations', key, operationBody(propertyId));
    expect(corrected.statusCode).toBe(201);
    expect(await operationRows()).toBe(before + 1);
  });

  it('should keep nothing of a request refused inside its transaction', async () => {
    const key = randomUUID();
    const property = await createProperty(t, users.lead);
    const refused = await send('POST', `/properties/${property.id}/decisions`, key, { type: 'relet', effectiveDate: cityToday() }, users.lead);
    expect(refused.statusCode).toBe(409);
    expect(await record(users.lead, key)).toBeNull();
  });

  it('should share keys between two server instances on one database', async () => {
    const second = await createTestApp(t.shareDatabase);
    try {
      const key = randomUUID();
      const body = operationBody(propertyId, { notes: 'Zwei Instanzen' });
      const before = await operationRows();
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          (i % 2 ? second.app : t.app).inject({
            method: 'POST',
            url: '/api/v1/operations',
            headers: { ...users.inspector.headers, 'idempotency-key': key },
            payload: body,
          }),
        ),
      );
      expect(answers.map((a) => a.statusCode)).toEqual(Array(20).fill(201));
      expect(new Set(answers.map((a) => a.body)).size).toBe(1);
      expect(await operationRows()).toBe(before + 1);
    } finally {
      await second.close();
    }
  });

  it('should document Idempotency-Key and its problems on every signed-in changing route', async () => {
    type Operation = {
      security?: unknown[];
      parameters?: Array<{ name: string; in: string }>;
      responses: Record<string, { content?: Record<string, { schema: { allOf: Array<{ properties?: { code?: { enum: string[] } } }> } }> }>;
    };
    const document = (await t.app.inject({ method: 'GET', url: '/api/docs-json' })).json<{ paths: Record<string, Record<string, Operation>> }>();
    const changing = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([method, operation]) => ['post', 'put', 'patch', 'delete'].includes(method) && operation.security?.length)
        .map(([method, operation]) => ({ route: `${method} ${path}`, operation })),
    );
    expect(changing.length).toBeGreaterThanOrEqual(12);
    const codesOf = (operation: Operation, status: number) =>
      operation.responses[status]?.content?.['application/problem+json'].schema.allOf[1].properties?.code?.enum;
    // Answers holding a secret, and file imports, are never stored for a replay.
    const notStored = [
      'post /api/v1/users',
      'post /api/v1/users/{id}/password-reset',
      'post /api/v1/auth/password',
      'post /api/v1/districts/import',
      'post /api/v1/addresses/import',
      'post /api/v1/imports/kataster',
    ];
    for (const { route, operation } of changing.filter((c) => notStored.includes(c.route))) {
      expect(operation.parameters ?? [], route).not.toContainEqual(expect.objectContaining({ name: 'Idempotency-Key' }));
      expect(codesOf(operation, 400), route).toContain('idempotency_not_supported');
    }
    for (const { route, operation } of changing.filter((c) => !notStored.includes(c.route))) {
      expect(operation.parameters, route).toContainEqual(expect.objectContaining({ name: 'Idempotency-Key', in: 'header' }));
      const codes = (status: number) => codesOf(operation, status);
      expect(codes(422), route).toContain('idempotency_key_reused');
      expect(codes(409), route).toContain('request_in_progress');
      expect(codes(400), route).toContain('idempotency_key_invalid');
    }
  });

  it('should submit a draft once when the submit is sent twice with one key, and answer both alike', async () => {
    const draft = (await send('POST', '/operations', undefined, operationBody(propertyId))).json<OperationDto>();
    const key = randomUUID();
    const [a, b] = await Promise.all([send('POST', `/operations/${draft.id}/submit`, key), send('POST', `/operations/${draft.id}/submit`, key)]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect(a.body).toBe(b.body);
    expect(await t.dataSource.getRepository(AuditEntry).countBy({ entityId: draft.id, action: 'operation_submitted' })).toBe(1);
    const again = await send('POST', `/operations/${draft.id}/submit`, key);
    expect(again.statusCode).toBe(200);
    expect(again.body).toBe(a.body);
  });

  it('should wait for the first request still running and then answer its answer', async () => {
    const key = randomUUID();
    const url = `/operations/${randomUUID()}/submit`;
    const repository = t.dataSource.getRepository(IdempotencyRecord);
    const now = Date.now();
    const fingerprint = requestFingerprint('POST', `/api/v1${url}`, undefined);
    await repository.insert({
      userId: users.inspector.id,
      key,
      fingerprint,
      responseStatus: null,
      responseBody: null,
      startedAt: String(now),
      expiresAt: String(now + 3600_000),
    });

    const waiting = send('POST', url, key);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await repository.update({ userId: users.inspector.id, key }, { responseStatus: 200, responseBody: '{"answer":"from the first"}' });
    const answer = await waiting;
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toEqual({ answer: 'from the first' });
  });

  it('should take over a claim whose server stopped before anything committed', async () => {
    const key = randomUUID();
    const body = operationBody(propertyId);
    const fingerprint = requestFingerprint('POST', '/api/v1/operations', body);
    const long = Date.now() - 3600_000;
    await t.dataSource.getRepository(IdempotencyRecord).insert({
      userId: users.inspector.id,
      key,
      fingerprint,
      responseStatus: null,
      responseBody: null,
      startedAt: String(long),
      expiresAt: String(long + 7 * 86400_000),
    });
    const before = await operationRows();
    const res = await send('POST', '/operations', key, body);
    expect(res.statusCode).toBe(201);
    expect(await operationRows()).toBe(before + 1);
    expect(await record(users.inspector, key)).toMatchObject({ responseStatus: 201, responseBody: res.body });
  });

  it.each([
    ['a key of 256 characters', 'k'.repeat(256)],
    ['an empty key', ''],
    ['a key with spaces', 'two words'],
    ['a key with non-ASCII characters', 'schlüssel'],
  ])('should refuse %s with 400 idempotency_key_invalid naming the header', async (_case, key) => {
    const before = await operationRows();
    const res = await send('POST', '/operations', key, operationBody(propertyId));
    expect(res.statusCode).toBe(400);
    const problem = res.json<ProblemBody>();
    expect(problem.code).toBe('idempotency_key_invalid');
    expect(problem.errors).toEqual([expect.objectContaining({ field: 'Idempotency-Key', code: 'idempotency_key_invalid' })]);
    expect(await operationRows()).toBe(before);
  });

  describe('on every changing route', () => {
    let operation: OperationDto;
    let partyId: string;

    beforeAll(async () => {
      operation = await fileOperation(t, users.inspector, propertyId);
      partyId = (await send('POST', '/parties', undefined, { kind: 'company', name: `Firma ${randomUUID()}` }, users.lead)).json<{ id: string }>().id;
    });

    const routes: Array<[string, () => [method: 'POST' | 'PATCH', url: string, payload: object | undefined, user: TestUser, ifMatch?: string]]> = [
      ['POST /properties', () => ['POST', '/properties', propertyInput(), users.lead]],
      ['POST /properties/:id/units', () => ['POST', `/properties/${propertyId}/units`, { label: `Whg ${randomUUID().slice(0, 6)}` }, users.lead]],
      ['POST /parties', () => ['POST', '/parties', { kind: 'company', name: `Firma ${randomUUID()}` }, users.lead]],
      ['POST /properties/:id/parties', () => ['POST', `/properties/${propertyId}/parties`, { partyId, role: 'owner', validFrom: cityToday() }, users.lead]],
      [
        'POST /operations/:id/amendments',
        () => ['POST', `/operations/${operation.id}/amendments`, { reason: 'Tippfehler', changes: { notes: 'korrigiert' } }, users.inspector],
      ],
      [
        'POST /properties/:id/decisions',
        () => [
          'POST',
          `/properties/${propertyId}/decisions`,
          { type: 'declare_uninhabitable', effectiveDate: cityToday(), reason: 'Gefahr', basisFindingIds: operation.findings.map((f) => f.id) },
          users.lead,
        ],
      ],
      ['PATCH /measures/:id', () => ['PATCH', `/measures/${operation.measures[0].id}`, { state: 'done' }, users.lead, '"1"']],
      ['PATCH /parties/:id', () => ['PATCH', `/parties/${partyId}`, { contactAddress: `Postfach ${randomUUID().slice(0, 4)}` }, users.lead, '"1"']],
    ];

    it.each(routes)('%s should answer a repeat with the first answer and write nothing more', async (_route, request) => {
      const [method, url, payload, user, ifMatch] = request();
      const key = randomUUID();
      const first: LightMyRequestResponse = await send(method, url, key, payload, user, ifMatch);
      expect(first.statusCode, first.body).toBeLessThan(300);
      const audits = await t.dataSource.getRepository(AuditEntry).count();
      const properties = await t.dataSource.getRepository(Property).count();

      const repeat = await send(method, url, key, payload, user, ifMatch);
      expect(repeat.statusCode).toBe(first.statusCode);
      expect(repeat.body).toBe(first.body);
      expect(repeat.headers['idempotent-replayed']).toBe('true');
      expect(await t.dataSource.getRepository(AuditEntry).count()).toBe(audits);
      expect(await t.dataSource.getRepository(Property).count()).toBe(properties);
    });
  });
});

describe('Idempotency-Key where the answer holds a secret', () => {
  const t = useTestApp();
  const users = useStandardUsers(t);

  it('should refuse the key on account creation, password reset and password change, store no answer, and change nothing', async () => {
    const key = randomUUID();
    const post = (url: string, user: TestUser, payload?: object) =>
      t.app.inject({ method: 'POST', url: `/api/v1${url}`, headers: { ...user.headers, 'idempotency-key': key }, ...(payload && { payload }) });
    const answers = [
      await post('/users', users.admin, { username: 'mit.schluessel', role: 'inspector', agencyCode: 'ordnungsamt' }),
      await post(`/users/${users.lead.id}/password-reset`, users.admin),
      await post('/auth/password', users.inspector, { currentPassword: TEST_PASSWORD, newPassword: 'Schluessel-ohne-Wirkung' }),
    ];
    for (const answer of answers) {
      expect(answer.statusCode).toBe(400);
      expect(answer.json<ProblemBody>()).toMatchObject({ code: 'idempotency_not_supported', errors: [{ field: 'Idempotency-Key' }] });
    }
    expect(await t.dataSource.getRepository(IdempotencyRecord).count()).toBe(0);
    expect(await t.dataSource.getRepository(User).existsBy({ username: 'mit.schluessel' })).toBe(false);
    expect((await t.dataSource.getRepository(User).findOneByOrFail({ id: users.lead.id })).passwordChangeRequired).toBe(false);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: users.inspector.headers })).statusCode).toBe(200);
  });
});
