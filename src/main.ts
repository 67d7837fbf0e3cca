import { Logger } from '@nestjs/common';
import { seedDemoData } from '../seeds/seed-runner.js';
import { createApp } from './bootstrap.js';
import { loadAppConfig } from './config/app-config.js';
import { checkReadiness } from './common/production-readiness.js';

async function main(): Promise<void> {
  const started = performance.now();
  const config = loadAppConfig();
  const app = await createApp(config);
  const logger = new Logger('Hausakte');
  if (config.demoData) await seedDemoData(app, logger);
  await checkReadiness(app, config, logger);
  app.enableShutdownHooks();
  await app.listen({ port: config.port, host: config.host });
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  const docs = config.apiDocs ? `, docs ${url}/api/docs` : '';
  logger.log(`Hausakte listening on ${url}/ (API ${url}/api/v1${docs}) after ${Math.round(performance.now() - started)} ms`);
}

main().catch((error: unknown) => {
  // A configuration or database error is the operator's to fix: say what it is, without a stack trace.
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
