// npm start: serves dist/ on http://localhost:8080 (PORT overrides) — the standalone page is dist/index.html.
// Builds first (production, as npm run build) when dist/ is missing or older than its sources.
'use strict';

const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const ROOT = path.join(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const PAGE = path.join(DIST, 'index.html');
/** What the build reads: a change to any of these makes dist/ stale. */
const SOURCES = ['src', 'assets', 'manifest.xml', 'webpack.config.js', 'scripts/build', 'package-lock.json'];
const PORT = Number(process.env.PORT ?? 8080);

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
};

/** The newest modification time of a file or of anything in a folder. */
function newestChange(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(target).map((name) => newestChange(path.join(target, name))));
}

function buildIfStale() {
  const builtAt = fs.existsSync(PAGE) ? fs.statSync(PAGE).mtimeMs : 0;
  const changedAt = Math.max(...SOURCES.map((source) => newestChange(path.join(ROOT, source))));
  if (builtAt > changedAt) return;
  console.log(builtAt ? 'dist/ is older than its sources: building…' : 'No build yet: building…');
  const webpackCli = require.resolve('webpack-cli/bin/cli.js');
  const build = spawnSync(process.execPath, [webpackCli, '--mode', 'production'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('The build failed (see above); nothing to serve.');
    process.exit(build.status ?? 1);
  }
}

/** The file under dist/ a request path names, or undefined when it points outside dist/. */
function fileFor(pathname) {
  const relative = path.normalize(decodeURIComponent(pathname)).replace(/^[/\\]+/, '');
  const file = path.join(
    DIST,
    relative.endsWith(path.sep) || relative === '' ? path.join(relative, 'index.html') : relative,
  );
  return file.startsWith(DIST + path.sep) ? file : undefined;
}

function serve(request, response) {
  const send = (status, body, type = 'text/plain; charset=utf-8') => {
    response.writeHead(status, {
      'Content-Type': type,
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  };
  if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, 'Method not allowed\n');
  let file;
  try {
    file = fileFor(new URL(request.url ?? '/', 'http://localhost').pathname);
  } catch {
    return send(400, 'Bad request\n');
  }
  if (!file) return send(403, 'Forbidden\n');
  fs.readFile(file, (error, body) => {
    if (error) return send(404, 'Not found\n');
    send(200, body, CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream');
  });
}

buildIfStale();
const server = http.createServer(serve);
server.on('error', (error) => {
  console.error(error.code === 'EADDRINUSE' ? `Port ${PORT} is in use: try PORT=8081 npm start` : error.message);
  process.exit(1);
});
server.listen(PORT, () => console.log(`hc-planner: http://localhost:${PORT}/ (Ctrl+C stops the server)`));
