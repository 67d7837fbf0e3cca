import { randomUUID } from 'node:crypto';
import { hashPassword } from '../../src/auth/passwords.js';
import type { Role } from '../../src/auth/roles.js';
import { User } from '../../src/auth/user.entity.js';
import { beforeAll } from 'vitest';
import type { TestApp } from './test-app.js';
import type { LoginResponseDto } from '../../src/auth/auth.dto.js';

export const TEST_PASSWORD = 'correct-horse-battery-staple';

export interface TestUser {
  id: string;
  username: string;
  role: Role;
  agencyCode: string;
  token: string;
  /** Authorization header for app.inject. */
  headers: { authorization: string };
}

let hashed: Promise<string> | null = null;

/** Inserts a user directly (user administration is not under test here) and logs in through the API. */
export async function createUser(
  t: TestApp,
  role: Role,
  agencyCode = 'ordnungsamt',
  username = `${role}-${agencyCode}-${randomUUID().slice(0, 8)}`,
  /** The user's city; null (the default) for a Land role across every city. */
  cityAgs: string | null = null,
): Promise<TestUser> {
  hashed ??= hashPassword(TEST_PASSWORD);
  const id = randomUUID();
  await t.dataSource.getRepository(User).insert({ id, username, displayName: username, passwordHash: await hashed, role, agencyCode, cityAgs, active: true });
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: TEST_PASSWORD } });
  if (res.statusCode !== 200) throw new Error(`login of ${username} failed: ${res.body}`);
  const token = res.json<LoginResponseDto>().accessToken;
  return { id, username, role, agencyCode, token, headers: { authorization: `Bearer ${token}` } };
}

/** One user per role, plus a lead and an inspector of another agency for need-to-know checks. */
export async function createStandardUsers(t: TestApp) {
  const [inspector, lead, council, admin, jugendamtInspector, jugendamtLead] = await Promise.all([
    createUser(t, 'inspector', 'ordnungsamt'),
    createUser(t, 'lead', 'ordnungsamt'),
    createUser(t, 'council', 'rat'),
    createUser(t, 'admin', 'verwaltung'),
    createUser(t, 'inspector', 'jugendamt'),
    createUser(t, 'lead', 'jugendamt'),
  ]);
  return { inspector, lead, council, admin, jugendamtInspector, jugendamtLead };
}

export type StandardUsers = Awaited<ReturnType<typeof createStandardUsers>>;

/** The standard users on the app of useTestApp, created before the tests of the enclosing block. */
export function useStandardUsers(t: TestApp): StandardUsers {
  const users = {} as StandardUsers;
  beforeAll(async () => {
    Object.assign(users, await createStandardUsers(t));
  });
  return users;
}
