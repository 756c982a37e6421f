// npm run dev-server: the add-in on https://localhost:3000 for sideloading into Excel (npm run start:excel).
// Office loads add-ins only over https from a trusted certificate: office-addin-dev-certs makes one. Its `install`
// exits 0 even when trusting the CA fails (on Linux it calls sudo), so the result is checked with `verify`.
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const CERT_DIR = path.join(os.homedir(), '.office-addin-dev-certs');
const CERT_FILES = { ca: 'ca.crt', cert: 'localhost.crt', key: 'localhost.key' };
const DEV_CERTS_CLI = require.resolve('office-addin-dev-certs/cli.js');

function devCerts(command) {
  const result = spawnSync(process.execPath, [DEV_CERTS_CLI, command], { encoding: 'utf8' });
  return `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
}

const HOW_TO_TRUST = [
  `Trust the development CA ${path.join(CERT_DIR, CERT_FILES.ca)}, then run npm run dev-server again:`,
  '  Windows or macOS: run `npx office-addin-dev-certs install` in a normal terminal and accept the prompt.',
  '  Debian/Ubuntu:    sudo mkdir -p /usr/local/share/ca-certificates/office-addin-dev-certs',
  `                    sudo cp ${path.join(CERT_DIR, CERT_FILES.ca)} /usr/local/share/ca-certificates/office-addin-dev-certs/`,
  '                    sudo update-ca-certificates',
  '  A browser (Excel on the web) may also need the CA imported in its own certificate settings.',
].join('\n');

console.log('Checking the development certificates for https://localhost ...');
const installOutput = devCerts('install');
const missing = Object.values(CERT_FILES).filter((file) => !fs.existsSync(path.join(CERT_DIR, file)));
if (missing.length > 0) {
  console.error(`Could not create the development certificates (missing in ${CERT_DIR}: ${missing.join(', ')}).`);
  console.error(`office-addin-dev-certs said:\n${installOutput}`);
  process.exit(1);
}
if (!devCerts('verify').includes('You have trusted access')) {
  console.warn(`\nWARNING: the certificates exist but this machine does not trust them yet.\n${HOW_TO_TRUST}`);
  console.warn('Excel refuses an untrusted https://localhost; starting the server anyway.\n');
}

const webpack = require('webpack');
const WebpackDevServer = require('webpack-dev-server');
const createConfig = require('../webpack.config.js');

const config = createConfig({ WEBPACK_SERVE: true }, { mode: 'development' });
const certificate = Object.fromEntries(
  Object.entries(CERT_FILES).map(([option, file]) => [option, fs.readFileSync(path.join(CERT_DIR, file))]),
);
const server = new WebpackDevServer(
  { ...config.devServer, server: { type: 'https', options: certificate } },
  webpack(config),
);
server.start().then(
  () => console.log(`\nServing the add-in on https://localhost:${config.devServer.port}/ — Ctrl+C stops it.`),
  (error) => {
    console.error(`The dev server did not start: ${error.message}`);
    process.exit(1);
  },
);
