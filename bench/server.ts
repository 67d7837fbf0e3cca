import { randomBytes, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../src/auth/passwords.js';
import type { Role } from '../src/auth/roles.js';
import { NRW_CITIES } from './cities.js';
import { User } from '../src/auth/user.entity.js';
import { createApp } from '../src/bootstrap.js';
import type { AppConfig } from '../src/config/app-config.js';

export interface BenchUser {
  token: string;
  /** The login answer, as the client keeps it in sessionStorage. */
  login: { accessToken: string; expiresIn: number; user: Record<string, unknown> };
}

export interface BenchServer {
  url: string;
  app: NestFastifyApplication;
  dataSource: DataSource;
  users: Record<'inspector' | 'lead' | 'council' | 'admin', BenchUser>;
  close(): Promise<void>;
}

/** The council whose summary is measured: the largest city's, as a council sees only its own city. */
export const SUMMARY_CITY = NRW_CITIES[0];

// Inspector, lead and administrator work across the Land (no city); the council in one city.
const ACCOUNTS: Array<[key: 'inspector' | 'lead' | 'council' | 'admin', role: Role, agency: string, cityAgs: string | null]> = [
  ['inspector', 'inspector', 'ordnungsamt', null],
  ['lead', 'lead', 'ordnungsamt', null],
  ['council', 'council', 'rat', SUMMARY_CITY.ags],
  ['admin', 'admin', 'verwaltung', null],
];

/** The real application (createApp, as `npm start` builds it) listening on a free local port, with one user per role. */
export async function startServer(config: AppConfig): Promise<BenchServer> {
  // Request logging off: one log line per request would measure the terminal, not the server.
  const app = await createApp(config, { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.getHttpServer().address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const password = randomBytes(18).toString('base64url');
  const passwordHash = await hashPassword(password);
  const users = {} as BenchServer['users'];
  for (const [key, role, agencyCode, cityAgs] of ACCOUNTS) {
    const username = `bench-${key}-${randomUUID().slice(0, 8)}`;
    await dataSource.getRepository(User).insert({ id: randomUUID(), username, displayName: username, passwordHash, role, agencyCode, cityAgs, active: true });
    const response = await fetch(`${url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (response.status !== 200) throw new Error(`login of ${username} failed: ${response.status} ${await response.text()}`);
    const login = (await response.json()) as BenchUser['login'];
    users[key] = { token: login.accessToken, login };
  }
  return { url, app, dataSource, users, close: () => app.close() };
}

/** Peak resident set size of this process (server and load generator threads) while a scenario runs. */
export class PeakRss {
  private peak = 0;
  private timer: NodeJS.Timeout | null = null;

  start(): this {
    this.peak = process.memoryUsage.rss();
    this.timer = setInterval(() => this.sample(), 50);
    this.timer.unref();
    return this;
  }

  sample(): void {
    this.peak = Math.max(this.peak, process.memoryUsage.rss());
  }

  /** Megabytes. */
  stop(): number {
    this.sample();
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    return this.peak / (1024 * 1024);
  }
}
