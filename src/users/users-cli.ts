// `npm run users -- create --username NAME --role admin --agency CODE [--display-name "Name"]`: an account with a one-time password.
import { parseArgs } from 'node:util';
import type { INestApplicationContext } from '@nestjs/common';
import { createApp } from '../bootstrap.js';
import { printCommandError } from '../common/command-line.js';
import { loadAppConfig } from '../config/app-config.js';
import type { Role } from '../auth/roles.js';
import { UsersService } from './users.service.js';

const USAGE = 'Usage: npm run users -- create --username NAME --role ROLE --agency CODE [--display-name "Display name"]';

/** Runs one command against the app's database and returns what to print; the actor in the audit trail is the command line. */
export async function runUsersCommand(app: INestApplicationContext, argv: readonly string[]): Promise<string> {
  const { positionals, values } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { username: { type: 'string' }, role: { type: 'string' }, agency: { type: 'string' }, 'display-name': { type: 'string' } },
  });
  if (positionals[0] !== 'create' || !values.username || !values.role || !values.agency) throw new Error(USAGE);
  const { user, oneTimePassword } = await app.get(UsersService).createFromCommandLine({
    username: values.username,
    role: values.role as Role,
    agencyCode: values.agency,
    displayName: values['display-name'],
  });
  return [
    `Created ${user.role} "${user.username}" (${user.agencyCode}).`,
    `One-time password: ${oneTimePassword}`,
    'It is shown only now. The first login with it asks for a password of the user’s own before anything else.',
  ].join('\n');
}

async function main(): Promise<void> {
  const app = await createApp(loadAppConfig(), { logger: false });
  try {
    console.log(await runUsersCommand(app, process.argv.slice(2)));
  } finally {
    await app.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main().catch(printCommandError);
