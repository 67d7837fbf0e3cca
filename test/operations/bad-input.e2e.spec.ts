import { beforeAll, describe, expect, it } from 'vitest';
import { makeProperty } from '../factories/property.factory.js';
import { makeUnit } from '../factories/unit.factory.js';
import { useTestApp } from '../helpers/test-app.js';
import { useStandardUsers } from '../helpers/users.js';
import { caseRowCounts, fileOperation, finding, operationBody } from './operation-bodies.js';
import type { OperationDto } from '../../src/operations/operation-responses.dto.js';
import type { ProblemBody } from '../../src/common/problem.js';

interface BadCase {
  name: string;
  method?: 'POST' | 'PUT' | 'PATCH' | 'GET';
  /** Path under /api/v1; `{draft}`, `{submitted}`, `{measure}` and `{property}` are replaced. */
  url?: string;
  body?: (ids: Ids) => Record<string, unknown>;
  raw?: string;
  rawBody?: (ids: Ids) => string;
  code?: string;
  field?: string;
  fieldCode?: string;
  /** The rule's parameters the answer names, for clients to word the message themselves. */
  params?: unknown[];
}

interface Ids {
  property: string;
  unit: string;
  draft: string;
  submitted: string;
  finding: string;
  measure: string;
}

const valid = (ids: Ids, overrides: Record<string, unknown> = {}) => operationBody(ids.property, overrides);
const count = (overrides: Record<string, unknown> = {}) => ({ personsFound: 4, childrenFound: 1, ...overrides });

const CASES: BadCase[] = [
  { name: 'an unknown top-level field', body: (ids) => valid(ids, { colour: 'red' }), field: 'colour', fieldCode: 'whitelistValidation' },
  {
    name: 'an unknown field inside a finding',
    body: (ids) => valid(ids, { findings: [finding({ photo: 'x.jpg' })] }),
    field: 'findings[0].photo',
    fieldCode: 'whitelistValidation',
  },
  { name: 'a wrong kind', body: (ids) => valid(ids, { kind: 'raid' }), field: 'kind', fieldCode: 'isIn' },
  {
    name: 'a wrong severity in the second finding',
    body: (ids) => valid(ids, { findings: [finding(), finding({ severity: 'catastrophic' })] }),
    field: 'findings[1].severity',
    fieldCode: 'isIn',
  },
  {
    name: 'negative persons found',
    body: (ids) => valid(ids, { occupancyCounts: [count({ personsFound: -1 })] }),
    field: 'occupancyCounts[0].personsFound',
    fieldCode: 'min',
  },
  {
    name: 'more than 500 persons',
    body: (ids) => valid(ids, { occupancyCounts: [count({ personsFound: 501 })] }),
    field: 'occupancyCounts[0].personsFound',
    fieldCode: 'max',
  },
  {
    name: 'fractional persons',
    body: (ids) => valid(ids, { occupancyCounts: [count({ personsFound: 2.5 })] }),
    field: 'occupancyCounts[0].personsFound',
    fieldCode: 'isInt',
  },
  {
    name: 'more children than persons',
    body: (ids) => valid(ids, { occupancyCounts: [count({ personsFound: 2, childrenFound: 3 })] }),
    field: 'occupancyCounts[0].childrenFound',
    fieldCode: 'notAbovePersonsFound',
  },
  {
    name: 'living space above 10,000 m²',
    body: (ids) => valid(ids, { occupancyCounts: [count({ livingSpaceM2: 10_001 })] }),
    field: 'occupancyCounts[0].livingSpaceM2',
    fieldCode: 'max',
  },
  { name: 'the impossible date 1990-09-31', body: (ids) => valid(ids, { date: '1990-09-31' }), field: 'date', fieldCode: 'isCalendarDate' },
  { name: 'a visit date in the future', body: (ids) => valid(ids, { date: '2099-06-01' }), field: 'date', fieldCode: 'notInFuture' },
  {
    name: 'a deadline before the measure date',
    body: (ids) => valid(ids, { measures: [{ type: 'repair_order', date: '2026-11-01', deadline: '2026-10-31', visibility: 'taskforce' }] }),
    field: 'measures[0].deadline',
    fieldCode: 'notBeforeDate',
  },
  {
    name: '201 findings',
    body: (ids) => valid(ids, { findings: Array.from({ length: 201 }, () => finding()) }),
    field: 'findings',
    fieldCode: 'arrayMaxSize',
    params: [200],
  },
  {
    name: 'a 4,001-character description',
    body: (ids) => valid(ids, { findings: [finding({ description: 'x'.repeat(4001) })] }),
    field: 'findings[0].description',
    fieldCode: 'isLength',
    params: [1, 4000],
  },
  {
    name: 'a blank description',
    body: (ids) => valid(ids, { findings: [finding({ description: '   ' })] }),
    field: 'findings[0].description',
    fieldCode: 'isNotBlank',
  },
  { name: 'a NUL character in the notes', body: (ids) => valid(ids, { notes: 'Keller\u0000feucht' }), field: 'notes', fieldCode: 'isPlainText' },
  { name: 'findings that are not a list', body: (ids) => valid(ids, { findings: 'none' }), field: 'findings', fieldCode: 'isArray' },
  { name: 'an unknown agency', body: (ids) => valid(ids, { agencyCodes: ['ordnungsamt', 'geheimdienst'] }), field: 'agencyCodes', fieldCode: 'unknownAgency' },
  { name: 'a non-taskforce agency', body: (ids) => valid(ids, { agencyCodes: ['rat'] }), field: 'agencyCodes', fieldCode: 'unknownAgency' },
  { name: 'no agencies', body: (ids) => valid(ids, { agencyCodes: [] }), field: 'agencyCodes', fieldCode: 'arrayMinSize', params: [1] },
  {
    name: '16 agencies',
    body: (ids) => valid(ids, { agencyCodes: Array.from({ length: 16 }, (_, i) => `a${i}`) }),
    field: 'agencyCodes',
    fieldCode: 'arrayMaxSize',
  },
  { name: 'interpreterPresent as a string', body: (ids) => valid(ids, { interpreterPresent: 'yes' }), field: 'interpreterPresent', fieldCode: 'isBoolean' },
  { name: 'a propertyId that is no UUID', body: (ids) => valid(ids, { propertyId: '42' }), field: 'propertyId', fieldCode: 'isUuid' },
  {
    name: 'two counts for the same unit',
    body: (ids) => valid(ids, { occupancyCounts: [count({ unitId: ids.unit }), count({ unitId: ids.unit })] }),
    field: 'occupancyCounts[1].unitId',
    fieldCode: 'oneCountPerUnit',
  },
  { name: 'malformed JSON', raw: '{"propertyId": "x",', code: 'malformed_json' },
  {
    name: 'a PUT with the version in the body (it goes in If-Match)',
    method: 'PUT',
    url: '/operations/{draft}',
    body: (ids) => ({ ...valid(ids), version: 1 }),
    field: 'version',
  },
  {
    name: 'a PUT to a bad UUID',
    method: 'PUT',
    url: '/operations/not-a-uuid',
    body: (ids) => valid(ids),
    code: 'invalid_id',
    field: 'id',
    fieldCode: 'isUuid',
  },
  { name: 'a submit of a bad UUID', method: 'POST', url: '/operations/1234/submit', body: () => ({}), code: 'invalid_id', field: 'id' },
  {
    name: 'an amendment without reason',
    url: '/operations/{submitted}/amendments',
    body: () => ({ changes: { unitsEntered: 1 } }),
    field: 'reason',
    fieldCode: 'isString',
  },
  {
    name: 'an amendment withdrawing a non-UUID',
    url: '/operations/{submitted}/amendments',
    body: () => ({ reason: 'x', withdrawFindingIds: ['abc'] }),
    field: 'withdrawFindingIds',
    fieldCode: 'isUuid',
  },
  {
    name: 'an amendment setting the date to null',
    url: '/operations/{submitted}/amendments',
    body: () => ({ reason: 'x', changes: { date: null } }),
    field: 'changes.date',
    fieldCode: 'isCalendarDate',
  },
  {
    name: 'an amendment with a control character in its reason',
    url: '/operations/{submitted}/amendments',
    body: () => ({ reason: 'x\u0007', changes: { unitsEntered: 1 } }),
    field: 'reason',
    fieldCode: 'isPlainText',
  },
  {
    name: 'an amendment whose changes are null',
    url: '/operations/{submitted}/amendments',
    body: () => ({ reason: 'x', changes: null }),
    field: 'changes',
    fieldCode: 'isObject',
  },
  {
    name: 'an amendment with an unknown change',
    url: '/operations/{submitted}/amendments',
    body: () => ({ reason: 'x', changes: { kind: 'follow_up' } }),
    field: 'changes.kind',
    fieldCode: 'whitelistValidation',
  },
  {
    name: "an amendment adding a finding of another property's unit",
    url: '/operations/{submitted}/amendments',
    body: () => ({ reason: 'x', addFindings: [finding({ unitId: '5b0f6a4e-8f7e-4c1e-9a57-3f0b2b1d2c3e' })] }),
    field: 'addFindings[0].unitId',
    fieldCode: 'unitNotInProperty',
  },
  {
    name: 'a measure state that does not exist',
    method: 'PATCH',
    url: '/measures/{measure}',
    body: () => ({ state: 'finished' }),
    field: 'state',
    fieldCode: 'isIn',
  },
  {
    name: 'a measure note of 2,001 characters',
    method: 'PATCH',
    url: '/measures/{measure}',
    body: () => ({ state: 'done', note: 'x'.repeat(2001) }),
    field: 'note',
    fieldCode: 'isLength',
  },
  { name: 'a measure PATCH to a bad UUID', method: 'PATCH', url: '/measures/xyz', body: () => ({ state: 'done' }), code: 'invalid_id', field: 'id' },
  { name: 'a property list with a bad UUID', method: 'GET', url: '/properties/nope/operations', code: 'invalid_id', field: 'id' },
  {
    name: '300,000 empty findings (under the body size limit)',
    body: (ids) => valid(ids, { findings: Array.from({ length: 300_000 }, () => ({})) }),
    field: 'findings',
    fieldCode: 'arrayMaxSize',
  },
  {
    name: 'notes nested 5,000 levels deep',
    // Written as text: JSON.stringify itself would recurse that deep.
    rawBody: (ids) => JSON.stringify(valid(ids, { notes: '@' })).replace('"@"', `${'['.repeat(5000)}${']'.repeat(5000)}`),
    field: 'notes',
    fieldCode: 'maxDepth',
  },
];

describe('bad input to the operation routes', () => {
  const t = useTestApp();
  const users = useStandardUsers(t);
  let ids: Ids;
  beforeAll(async () => {
    const property = await makeProperty(t);
    const unit = await makeUnit(t, property.id);
    const draft = (
      await t.app.inject({ method: 'POST', url: '/api/v1/operations', headers: users.inspector.headers, payload: operationBody(property.id) })
    ).json<OperationDto>();
    const submitted = await fileOperation(t, users.inspector, property.id);
    ids = {
      property: property.id,
      unit: unit.id,
      draft: draft.id,
      submitted: submitted.id,
      finding: submitted.findings[0].id,
      measure: submitted.measures[0].id,
    };
  });

  it('should cover at least 15 kinds of bad input', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(15);
  });

  it('should report at most 100 field errors however many items are wrong', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/operations',
      headers: users.inspector.headers,
      payload: valid(ids, { findings: Array.from({ length: 1000 }, () => ({})) }),
    });
    expect(res.statusCode).toBe(400);
    const problem = res.json<ProblemBody>();
    expect(problem.errors).toHaveLength(100);
    expect(problem.errors).toContainEqual(expect.objectContaining({ field: 'findings', code: 'arrayMaxSize' }));
  });

  it.each(CASES)('should answer 400 to $name and write nothing', async (c) => {
    const url = `/api/v1${(c.url ?? '/operations').replace(/\{(\w+)\}/g, (_, key: keyof Ids) => ids[key])}`;
    const payload = c.raw ?? c.rawBody?.(ids) ?? (c.body ? JSON.stringify(c.body(ids)) : undefined);
    const before = await caseRowCounts(t);
    const res = await t.app.inject({
      method: c.method ?? 'POST',
      url,
      headers: { ...users.inspector.headers, ...(payload === undefined ? {} : { 'content-type': 'application/json' }) },
      payload,
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = res.json<ProblemBody>();
    expect(problem.code).toBe(c.code ?? 'validation_failed');
    if (c.field)
      expect(problem.errors).toContainEqual(
        expect.objectContaining({ field: c.field, ...(c.fieldCode ? { code: c.fieldCode } : {}), ...(c.params ? { params: c.params } : {}) }),
      );
    expect(await caseRowCounts(t)).toEqual(before);
  });
});
