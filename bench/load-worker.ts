import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import autocannon from 'autocannon';
import type { FilingPlan, GetPlan, LoadResult } from './load.js';
import { filingBody } from './filing-body.js';

interface Tally {
  latenciesMs: number[];
  completed: number;
  failed: number;
  failures: Record<string, number>;
}

interface Context {
  start?: number;
  id?: string | null;
}

const tally = (): Tally => ({ latenciesMs: [], completed: 0, failed: 0, failures: {} });

function fail(t: Tally, status: number): void {
  t.failed += 1;
  t.failures[String(status)] = (t.failures[String(status)] ?? 0) + 1;
}

/** Wall-clock seconds of one autocannon run (its own figure is rounded to its one-second sampling). */
async function fire(options: autocannon.Options): Promise<number> {
  const started = performance.now();
  await autocannon(options);
  return (performance.now() - started) / 1000;
}

function getRequests(plan: GetPlan, t: Tally): autocannon.Request[] {
  let next = 0;
  return [
    {
      method: 'GET',
      setupRequest: (request, context: Context) => {
        context.start = performance.now();
        return { ...request, path: plan.paths[next++ % plan.paths.length] };
      },
      onResponse: (status, _body, context: Context) => {
        if (status !== 200) return fail(t, status);
        t.completed += 1;
        t.latenciesMs.push(performance.now() - context.start!);
      },
    },
  ];
}

function filingRequests(plan: FilingPlan, t: Tally): autocannon.Request[] {
  let next = 0;
  return [
    {
      method: 'POST',
      path: '/api/v1/operations',
      headers: { authorization: `Bearer ${plan.token}`, 'content-type': 'application/json' },
      setupRequest: (request, context: Context) => {
        context.start = performance.now();
        const propertyId = plan.propertyIds[next++ % plan.propertyIds.length];
        return { ...request, body: JSON.stringify(filingBody(propertyId, plan.findingsPerOperation, next)) };
      },
      onResponse: (status, body, context: Context) => {
        context.id = status === 201 ? (JSON.parse(body) as { id: string }).id : null;
        if (status !== 201) fail(t, status);
      },
    },
    {
      method: 'POST',
      headers: { authorization: `Bearer ${plan.token}` },
      // Falsy restarts the sequence: a create that failed has nothing to submit.
      setupRequest: (request, context: Context) =>
        context.id ? { ...request, path: `/api/v1/operations/${context.id}/submit` } : (null as unknown as autocannon.Request),
      onResponse: (status, _body, context: Context) => {
        if (status !== 200) return fail(t, status);
        t.completed += 1;
        t.latenciesMs.push(performance.now() - context.start!);
      },
    },
  ];
}

async function run(plan: GetPlan | FilingPlan): Promise<LoadResult> {
  const base = { url: plan.url, connections: plan.connections, pipelining: 1, timeout: 60 };
  if (plan.kind === 'get') {
    const headers = { authorization: `Bearer ${plan.token}` };
    if (plan.warmup > 0) await fire({ ...base, headers, amount: plan.warmup, requests: getRequests(plan, tally()) });
    const t = tally();
    const seconds = await fire({
      ...base,
      headers,
      ...(plan.amount ? { amount: plan.amount } : { duration: plan.seconds ?? 10 }),
      requests: getRequests(plan, t),
    });
    return { ...t, seconds };
  }
  if (plan.warmupSeconds > 0) await fire({ ...base, duration: plan.warmupSeconds, requests: filingRequests(plan, tally()) });
  const t = tally();
  const seconds = await fire({ ...base, duration: plan.seconds, requests: filingRequests(plan, t) });
  return { ...t, seconds };
}

run(workerData as GetPlan | FilingPlan).then(
  (result) => parentPort!.postMessage(result),
  (error: unknown) => {
    throw error;
  },
);
