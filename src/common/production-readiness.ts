import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplicationContext, LoggerService } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Not, type DataSource } from 'typeorm';
import { DEMO_PASSWORD } from '../auth/password-policy.js';
import { verifyPassword } from '../auth/passwords.js';
import { User } from '../auth/user.entity.js';
import type { AppConfig } from '../config/app-config.js';

/** Accounts checked at once: argon2 takes a libuv thread and 19 MiB each. */
const VERIFY_BATCH = 4;

const octal = (mode: number) => (mode & 0o777).toString(8);

/** Files and folders of DATA_DIR that others than the server's account may read or enter. */
function openDataFiles(config: AppConfig): string[] {
  if (config.usesPostgres || !existsSync(config.dataDir)) return [];
  const found: string[] = [];
  const check = (path: string, isDir: boolean) => {
    const mode = statSync(path).mode;
    if (mode & 0o077) found.push(`${path} has mode ${octal(mode)}: others can ${isDir ? 'enter it' : 'read it'}; chmod ${isDir ? '700' : '600'} ${path}`);
  };
  check(config.dataDir, true);
  for (const name of ['hausakte.sqlite', 'hausakte.sqlite-wal', 'hausakte.sqlite-shm', 'token-secret']) {
    if (existsSync(join(config.dataDir, name))) check(join(config.dataDir, name), false);
  }
  const backups = join(config.dataDir, 'backups');
  if (existsSync(backups)) {
    check(backups, true);
    for (const name of readdirSync(backups)) check(join(backups, name), false);
  }
  return found;
}

/** Active accounts whose password is still the demo logins' published one (accounts of the city's provider have none). */
async function demoPasswordAccounts(dataSource: DataSource): Promise<string[]> {
  const accounts = await dataSource
    .getRepository(User)
    .find({ select: { username: true, passwordHash: true }, where: { active: true, passwordHash: Not('') } });
  const found: string[] = [];
  for (let i = 0; i < accounts.length; i += VERIFY_BATCH) {
    const batch = accounts.slice(i, i + VERIFY_BATCH);
    const matches = await Promise.all(batch.map((a) => verifyPassword(a.passwordHash, DEMO_PASSWORD)));
    found.push(...batch.filter((_, j) => matches[j]).map((a) => a.username));
  }
  return found;
}

/**
 * What must hold before the server takes requests. With NODE_ENV=production every finding stops the start, saying why;
 * otherwise the data files' modes are warned about (a demo installation's shared password is its purpose).
 */
export async function checkReadiness(app: INestApplicationContext, config: AppConfig, logger: LoggerService): Promise<void> {
  const files = openDataFiles(config);
  if (config.nodeEnv !== 'production') {
    for (const finding of files) logger.warn(finding);
    return;
  }
  const demo = await demoPasswordAccounts(app.get<DataSource>(getDataSourceToken()));
  const findings = [
    ...files,
    ...(demo.length
      ? [
          `active accounts still have the published demo password: ${demo.join(', ')}; reset their passwords with npm run users -- reset-password --username NAME, or disable them`,
        ]
      : []),
  ];
  if (findings.length) throw new Error(`Not starting with NODE_ENV=production:\n  ${findings.join('\n  ')}`);
}
