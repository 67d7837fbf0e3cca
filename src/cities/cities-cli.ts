// `npm run cities -- create --ags 05113000 --name Essen [--time-zone Europe/Berlin]` and `npm run cities -- list`.
import { parseArgs } from 'node:util';
import type { INestApplicationContext } from '@nestjs/common';
import { runCommandLine } from '../common/command-line.js';
import { CitiesService } from './cities.service.js';

const USAGE = 'Usage: npm run cities -- create --ags AGS --name NAME [--time-zone Europe/Berlin] | npm run cities -- list';

/** Runs one command against the app's database and returns what to print; the actor in the audit trail is the command line. */
export async function runCitiesCommand(app: INestApplicationContext, argv: readonly string[]): Promise<string> {
  const { positionals, values } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { ags: { type: 'string' }, name: { type: 'string' }, 'time-zone': { type: 'string' } },
  });
  const cities = app.get(CitiesService);
  if (positionals[0] === 'list') {
    const all = await cities.all();
    return all.length === 0 ? 'No city is set up.' : all.map((c) => `${c.ags}  ${c.name} (${c.land}, ${c.timeZone})`).join('\n');
  }
  if (positionals[0] !== 'create' || !values.ags || !values.name) throw new Error(USAGE);
  const city = await cities.createFromCommandLine({ ags: values.ags, name: values.name.trim(), timeZone: values['time-zone'] });
  return `Created ${city.name} (AGS ${city.ags}, ${city.legal.landName}, ${city.timeZone}).`;
}

if (import.meta.url === `file://${process.argv[1]}`) runCommandLine(runCitiesCommand);
