import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../helpers/test-app.js';
import { createStandardUsers, type TestUser } from '../helpers/users.js';

type Role = 'inspector' | 'lead' | 'council' | 'admin';
type Access = 'public' | Role[];

const ALL: Role[] = ['inspector', 'lead', 'council', 'admin'];
const CASEWORK: Role[] = ['inspector', 'lead'];

/** DESIGN §4 as a table: who may call each route. A route the app serves but this table lacks fails the test. */
const ACCESS: Record<string, Access> = {
  'GET /api/v1/health': 'public',
  'POST /api/v1/auth/login': 'public',
  'GET /api/v1/auth/oidc/start': 'public',
  'GET /api/v1/auth/oidc/callback': 'public',
  'POST /api/v1/auth/oidc/session': 'public',
  'GET /api/v1/client-config': 'public',
  'GET /api/v1/auth/me': ALL,
  'POST /api/v1/auth/password': ALL,
  'GET /api/v1/audit/verify': ['lead', 'admin'],
  'GET /api/v1/agencies': ALL,
  'POST /api/v1/agencies': ['admin'],
  'PATCH /api/v1/agencies/:code': ['admin'],
  'GET /api/v1/cities': ALL,
  'POST /api/v1/cities': ['admin'],
  'GET /api/v1/districts': ALL,
  'POST /api/v1/districts/import': ['admin'],
  'POST /api/v1/addresses/import': ['admin'],
  'GET /api/v1/addresses/imports': ['admin'],
  'GET /api/v1/addresses': CASEWORK,
  'POST /api/v1/imports/kataster': ['lead', 'admin'],
  'GET /api/v1/imports/kataster': ['lead', 'admin'],
  'GET /api/v1/imports/kataster/mapping': ['lead', 'admin'],
  'PUT /api/v1/imports/kataster/mapping': ['lead', 'admin'],
  'GET /api/v1/properties': CASEWORK,
  'POST /api/v1/properties': CASEWORK,
  'GET /api/v1/properties/:id': CASEWORK,
  'PATCH /api/v1/properties/:id': ['lead'],
  'GET /api/v1/properties/:id/timeline': CASEWORK,
  'GET /api/v1/properties/:id/units': CASEWORK,
  'GET /api/v1/properties/:id/reads': ['lead', 'admin'],
  'POST /api/v1/properties/:id/units': CASEWORK,
  'GET /api/v1/properties/:id/parties': ['lead'],
  'POST /api/v1/properties/:id/parties': ['lead'],
  'GET /api/v1/parties': ['lead'],
  'POST /api/v1/parties': ['lead'],
  'PATCH /api/v1/parties/:id': ['lead'],
  'POST /api/v1/operations': CASEWORK,
  'GET /api/v1/operations/:id': CASEWORK,
  'PUT /api/v1/operations/:id': CASEWORK,
  'POST /api/v1/operations/:id/submit': CASEWORK,
  'POST /api/v1/operations/:id/amendments': CASEWORK,
  'GET /api/v1/properties/:id/operations': CASEWORK,
  'PATCH /api/v1/measures/:id': CASEWORK,
  'POST /api/v1/findings/:id/release': ['lead'],
  'POST /api/v1/properties/:id/decisions': ['lead'],
  'GET /api/v1/properties/:id/decisions': CASEWORK,
  'GET /api/v1/map': CASEWORK,
  'GET /api/v1/map/districts': ['inspector', 'lead', 'council'],
  'GET /api/v1/summaries': ['lead', 'council'],
  'GET /api/v1/users': ['admin'],
  'POST /api/v1/users': ['admin'],
  'PATCH /api/v1/users/:id': ['admin'],
  'POST /api/v1/users/:id/password-reset': ['admin'],
  // Last: it ends the token the rows after it would use.
  'POST /api/v1/auth/logout': ALL,
};

describe('every role against every route', () => {
  const routes = new Set<string>();
  const t = useTestApp(
    {},
    {
      onRoute: ({ method, url }) => {
        for (const m of [method].flat()) if (m !== 'HEAD' && url.startsWith('/api/v1/')) routes.add(`${m} ${url}`);
      },
    },
  );
  let users: Record<Role, TestUser>;

  beforeAll(async () => {
    users = await createStandardUsers(t);
  });

  it('should have an access rule for every API route the application serves', () => {
    expect([...routes].filter((r) => !(r in ACCESS)).sort()).toEqual([]);
    expect(
      Object.keys(ACCESS)
        .filter((r) => !routes.has(r))
        .sort(),
    ).toEqual([]);
  });

  const call = (route: string, headers: Record<string, string> = {}) => {
    const [method, url] = route.split(' ');
    return t.app.inject({ method: method as 'GET', url: url.replace(':id', randomUUID()), headers, ...(method === 'GET' ? {} : { payload: {} }) });
  };

  it('should refuse every non-public route without a token', async () => {
    for (const [route, access] of Object.entries(ACCESS)) {
      if (access === 'public') continue;
      expect({ route, status: (await call(route)).statusCode }).toEqual({ route, status: 401 });
    }
  });

  for (const role of ALL) {
    it(`should let the ${role} role through exactly the routes DESIGN §4 allows`, async () => {
      const mismatches: string[] = [];
      for (const [route, access] of Object.entries(ACCESS)) {
        if (access === 'public') continue;
        const status = (await call(route, users[role].headers)).statusCode;
        const allowed = access.includes(role);
        if (allowed ? status === 401 || status === 403 : status !== 403) mismatches.push(`${route} answered ${status}, expected ${allowed ? 'access' : '403'}`);
      }
      expect(mismatches).toEqual([]);
    });
  }
});
