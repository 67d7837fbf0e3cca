// `npm run users -- create --username NAME --role admin --agency CODE [--city AGS | --land-wide] [--display-name "Name"]`: an account with a one-time password.
// `npm run users -- reset-password --username NAME`: a new one-time password for an account; its sessions end.
import { parseArgs } from 'node:util';
import type { INestApplicationContext } from '@nestjs/common';
import { runCommandLine } from '../common/command-line.js';
import type { Role } from '../auth/roles.js';
import { UsersService } from './users.service.js';

const USAGE = [
  'Usage: npm run users -- create --username NAME --role ROLE --agency CODE [--city AGS | --land-wide] [--display-name "Display name"]',
  '       npm run users -- reset-password --username NAME',
].join('\n');

/** Runs one command against the app's database and returns what to print; the actor in the audit trail is the command line. */
export async function runUsersCommand(app: INestApplicationContext, argv: readonly string[]): Promise<string> {
  const { positionals, values } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      username: { type: 'string' },
      role: { type: 'string' },
      agency: { type: 'string' },
      city: { type: 'string' },
      'land-wide': { type: 'boolean' },
      'display-name': { type: 'string' },
    },
  });
  if (positionals[0] === 'reset-password' && values.username) {
    const { user, oneTimePassword } = await app.get(UsersService).resetPasswordFromCommandLine(values.username);
    return [
      `New one-time password for "${user.username}": ${oneTimePassword}`,
      'Its sessions have ended. It is shown only now; the next login with it asks for a password of the user’s own.',
    ].join('\n');
  }
  if (positionals[0] !== 'create' || !values.username || !values.role || !values.agency || (values.city && values['land-wide'])) throw new Error(USAGE);
  const { user, oneTimePassword } = await app.get(UsersService).createFromCommandLine({
    username: values.username,
    role: values.role as Role,
    agencyCode: values.agency,
    // Left out, the installation's only city (or, before any city is set up, every city).
    city: values['land-wide'] ? null : values.city,
    displayName: values['display-name'],
  });
  return [
    `Created ${user.role} "${user.username}" (${user.agencyCode}, ${user.city ? `city ${user.city}` : 'every city'}).`,
    `One-time password: ${oneTimePassword}`,
    'It is shown only now. The first login with it asks for a password of the user’s own before anything else.',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) runCommandLine(runUsersCommand);
