import { ProblemException } from './problem.js';

/** What a command-line tool prints when it fails: a problem's detail and field messages, or the error's message; exit code 1. */
export function printCommandError(error: unknown): void {
  const problem = error instanceof ProblemException ? (error.getResponse() as { detail?: string; errors?: Array<{ field: string; message: string }> }) : null;
  console.error(
    problem ? [problem.detail, ...(problem.errors ?? []).map((e) => `  ${e.field}: ${e.message}`)].join('\n') : error instanceof Error ? error.message : error,
  );
  process.exit(1);
}
