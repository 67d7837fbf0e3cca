import type { INestApplicationContext } from '@nestjs/common';
import { createApp } from '../bootstrap.js';
import { loadAppConfig } from '../config/app-config.js';
import { ProblemException } from './problem.js';

/** Runs one command-line tool against the app's database: prints what it answers, or why it failed with exit code 1. */
export function runCommandLine(command: (app: INestApplicationContext, argv: readonly string[]) => Promise<string>): void {
  const main = async () => {
    const app = await createApp(loadAppConfig(), { logger: false });
    try {
      console.log(await command(app, process.argv.slice(2)));
    } finally {
      await app.close();
    }
  };
  main().catch(printCommandError);
}

/** What a command-line tool prints when it fails: a problem's detail and field messages, or the error's message; exit code 1. */
function printCommandError(error: unknown): void {
  const problem = error instanceof ProblemException ? (error.getResponse() as { detail?: string; errors?: Array<{ field: string; message: string }> }) : null;
  console.error(
    problem ? [problem.detail, ...(problem.errors ?? []).map((e) => `  ${e.field}: ${e.message}`)].join('\n') : error instanceof Error ? error.message : error,
  );
  process.exit(1);
}
