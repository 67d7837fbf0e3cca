import { makeRow, type ScenarioContext } from './context.js';
import { summarise } from './stats.js';
import type { BenchRow } from './table.js';

const PINGS_IDLE = 200;
const SECONDS_UNDER_LOAD = 10;
const SENDERS = 4;

/** Invalid bodies just under the 1 MiB limit that once held the event loop: a huge array, deep nesting, many wrong items. */
function badBodies(propertyId: string): string[] {
  const valid = { propertyId, kind: 'joint_inspection', date: '2026-01-05', trigger: 'complaint', interpreterPresent: false, agencyCodes: [] };
  const body = (extra: Record<string, unknown>) =>
    JSON.stringify({ ...valid, unitsEntered: 0, unitsNotAccessible: 0, occupancyCounts: [], measures: [], ...extra });
  return [
    body({ findings: Array.from({ length: 300_000 }, () => ({})) }),
    body({ findings: [], notes: '@' }).replace('"@"', `${'['.repeat(100_000)}${']'.repeat(100_000)}`),
    body({ findings: Array.from({ length: 1000 }, () => ({ category: 'x', severity: 'y', description: 7, visibility: null })) }),
  ];
}

async function ping(url: string): Promise<number> {
  const started = performance.now();
  const res = await fetch(`${url}/api/v1/health`);
  await res.arrayBuffer();
  return performance.now() - started;
}

/** The worst /health latency while clients post large invalid bodies, against /health on the idle server. */
export async function runBadInput(ctx: ScenarioContext): Promise<BenchRow[]> {
  const { url, users } = ctx.server;
  const idle: number[] = [];
  for (let i = 0; i < PINGS_IDLE; i++) idle.push(await ping(url));
  const propertyId = (
    (await (await fetch(`${url}/api/v1/properties?limit=1`, { headers: { authorization: `Bearer ${users.inspector.token}` } })).json()) as {
      items: Array<{ id: string }>;
    }
  ).items[0].id;
  const bodies = badBodies(propertyId);
  const statuses = new Map<number, number>();
  const until = performance.now() + SECONDS_UNDER_LOAD * 1000;
  const sender = async (offset: number) => {
    for (let i = offset; performance.now() < until; i++) {
      const res = await fetch(`${url}/api/v1/operations`, {
        method: 'POST',
        headers: { authorization: `Bearer ${users.inspector.token}`, 'content-type': 'application/json' },
        body: bodies[i % bodies.length],
      });
      await res.arrayBuffer();
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    }
  };
  const loaded: number[] = [];
  const pinger = async () => {
    while (performance.now() < until) loaded.push(await ping(url));
  };
  await Promise.all([...Array.from({ length: SENDERS }, (_, i) => sender(i)), pinger()]);
  const before = summarise(idle);
  const during = summarise(loaded);
  const answers = [...statuses].map(([status, n]) => `${n}× ${status}`).join(', ');
  return [
    makeRow(ctx, {
      scenario: `health while ${SENDERS} clients post ~1 MiB invalid bodies`,
      size: 'n/a',
      medianMs: during.median,
      p95Ms: during.p95,
      measured: during.max,
      baseline: before.max,
      baselineLabel: 'worst /health, idle',
      ratioKind: 'time',
      note: `worst ${during.max.toFixed(0)} ms over ${during.count} pings in ${SECONDS_UNDER_LOAD} s (idle worst ${before.max.toFixed(1)} ms, median ${before.median.toFixed(1)} ms); bad bodies answered: ${answers}`,
    }),
  ];
}
