import { Logger } from '@nestjs/common';
import { createApp } from '../src/bootstrap.js';
import { loadAppConfig } from '../src/config/app-config.js';
import { seedDemoData } from './seed-runner.js';

/** `node dist/seeds/seed.js`: migrates the configured database and loads the demo data if it is empty; does not listen. */
async function main(): Promise<void> {
  const app = await createApp(loadAppConfig());
  try {
    await seedDemoData(app, new Logger('Seed'));
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
