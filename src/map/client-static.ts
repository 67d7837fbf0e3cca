import { existsSync, statSync } from 'node:fs';
import { join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** client/dist next to src/ when run from sources (tests, tsx) or next to dist/src/ when run built (`npm start`). */
export function findClientDist(): string | null {
  for (const relative of ['../../client/dist', '../../../client/dist']) {
    const dir = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(join(dir, 'index.html'))) return resolve(dir);
  }
  return null;
}

/**
 * Serves the built map client at `/`: files as they are (hashed assets cached for a year), every other
 * non-API path answers index.html so a shared link with a view in it opens the client. Paths under /api
 * stay with Nest, whose not-found handler answers problem details.
 */
export async function serveClient(app: NestFastifyApplication, root: string): Promise<void> {
  await app.register(fastifyStatic, { root, serve: false, decorateReply: true });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get('/*', (request: FastifyRequest, reply: FastifyReply) => {
    const path = safeDecode(request.url.split('?')[0]);
    if (path === '/api' || path.startsWith('/api/')) return reply.callNotFound();
    const file = fileInside(root, path);
    if (file) {
      const hashed = file.startsWith(`assets${sep}`);
      return reply.sendFile(file, { maxAge: hashed ? '365d' : 0, immutable: hashed });
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html', { cacheControl: false });
  });
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return '/';
  }
}

function fileInside(root: string, urlPath: string): string | null {
  const relative = normalize(urlPath).replace(/^([/\\])+/, '');
  if (relative === '' || relative.split(/[/\\]/).some((part) => part === '..' || part.startsWith('.'))) return null;
  const full = join(root, relative);
  if (!full.startsWith(root + sep)) return null;
  try {
    return statSync(full).isFile() ? relative : null;
  } catch {
    return null;
  }
}

/** img-src entries for the configured tile server; `{s}` subdomains become a wildcard host. */
export function tileImageSources(url: string | null): string[] {
  if (!url) return [];
  try {
    const parsed = new URL(url.replace('{s}.', 'tiles-subdomain.').replace(/[{}]/g, ''));
    const host = parsed.host.replace('tiles-subdomain.', '*.');
    return [`${parsed.protocol}//${host}`];
  } catch {
    return [];
  }
}
