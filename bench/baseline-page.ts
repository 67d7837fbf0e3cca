import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

export const BASELINE_MARK = 'baseline:first-points';

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.json': 'application/json' };

/**
 * The common approach a Leaflet developer would write: fetch every point, put an L.marker for each into
 * leaflet.markercluster (its README's bulk addLayers), add the group to the map. Same view as the real client.
 */
function page(view: { lat: number; lon: number; zoom: number }): string {
  return `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>markercluster baseline</title>
<link rel="stylesheet" href="/leaflet/leaflet.css">
<link rel="stylesheet" href="/markercluster/MarkerCluster.css">
<link rel="stylesheet" href="/markercluster/MarkerCluster.Default.css">
<style>html, body, #map { height: 100%; margin: 0; }</style>
</head><body><div id="map"></div>
<script src="/leaflet/leaflet.js"></script>
<script src="/markercluster/leaflet.markercluster.js"></script>
<script>
  // markercluster needs a maxZoom, which a tile layer would otherwise give.
  const map = L.map('map', { maxZoom: 19 }).setView([${view.lat}, ${view.lon}], ${view.zoom});
  fetch('/points.json').then((r) => r.json()).then((points) => {
    const markers = L.markerClusterGroup();
    markers.addLayers(points.map((p) => L.marker([p.lat, p.lon], { title: p.id })));
    map.addLayer(markers);
    requestAnimationFrame(() => performance.mark('${BASELINE_MARK}'));
  });
</script>
</body></html>`;
}

export interface BaselineServer {
  url: string;
  close(): Promise<void>;
}

/** Serves the baseline page, Leaflet and leaflet.markercluster from node_modules (no CDN) and the points as JSON. */
export async function startBaselineServer(root: string, points: Buffer, view: { lat: number; lon: number; zoom: number }): Promise<BaselineServer> {
  const html = Buffer.from(page(view));
  const folders: Record<string, string> = {
    leaflet: join(root, 'node_modules/leaflet/dist'),
    markercluster: join(root, 'node_modules/leaflet.markercluster/dist'),
  };
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    const send = (status: number, body: Buffer, type: string): void => {
      response.writeHead(status, { 'content-type': type, 'content-length': body.length }).end(body);
    };
    if (path === '/') return send(200, html, TYPES['.html']);
    if (path === '/points.json') return send(200, points, TYPES['.json']);
    if (path === '/favicon.ico') return void response.writeHead(204).end();
    const [, folder, ...rest] = path.split('/');
    const base = folders[folder];
    const file = base ? normalize(join(base, ...rest)) : null;
    if (!file || !file.startsWith(base + '/')) return send(404, Buffer.from('not found'), 'text/plain');
    void readFile(file).then(
      (body) => send(200, body, TYPES[extname(file)] ?? 'application/octet-stream'),
      () => send(404, Buffer.from('not found'), 'text/plain'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
