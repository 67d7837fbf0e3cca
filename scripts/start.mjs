// `npm start`: builds what is missing or older than its sources, then runs the server in this process.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

function buildIfStale(label, output, sources, command, args) {
  const built = existsSync(output) ? statSync(output).mtimeMs : 0;
  const source = Math.max(...sources.map((s) => newestMtime(join(root, s))));
  if (built >= source) return;
  console.log(`Building ${label} ...`);
  const started = Date.now();
  execFileSync(command, args, { cwd: root, stdio: 'inherit' });
  console.log(`Built ${label} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

buildIfStale('server', join(root, 'dist/src/main.js'), ['src', 'seeds', 'tsconfig.json', 'tsconfig.build.json'], bin('tsc'), ['-p', 'tsconfig.build.json']);
if (existsSync(join(root, 'client/index.html'))) {
  buildIfStale('map client', join(root, 'client/dist/index.html'), ['client'], bin('vite'), [
    'build',
    '--config',
    'client/vite.config.ts',
    '--logLevel',
    'warn',
  ]);
}

await import(join(root, 'dist/src/main.js'));
