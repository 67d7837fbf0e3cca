import { Worker } from 'node:worker_threads';

/** Read requests: GET the given paths in turn. */
export interface GetPlan {
  kind: 'get';
  url: string;
  token: string;
  paths: string[];
  connections: number;
  /** Requests to measure (after `warmup` unmeasured ones). */
  amount?: number;
  /** Seconds to measure, when no amount is given. */
  seconds?: number;
  warmup: number;
}

/** Filing: each client creates a draft operation with the given findings and submits it, over and over. */
export interface FilingPlan {
  kind: 'filing';
  url: string;
  token: string;
  propertyIds: string[];
  findingsPerOperation: number;
  connections: number;
  seconds: number;
  warmupSeconds: number;
}

export interface LoadResult {
  /** Per measured unit of work: one GET, or create + submit of one operation. */
  latenciesMs: number[];
  completed: number;
  failed: number;
  /** Status codes of failed answers with their counts, to say why. */
  failures: Record<string, number>;
  seconds: number;
}

/**
 * Runs autocannon in a worker thread: the server under test keeps this process's event loop to itself,
 * and the load generator takes the other core.
 */
export function runLoad(plan: GetPlan | FilingPlan): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./load-worker.js', import.meta.url), { workerData: plan });
    worker.once('message', (result: LoadResult) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`load worker exited with ${code}`));
    });
  });
}
