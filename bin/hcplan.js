#!/usr/bin/env node
'use strict';
const path = require('path');
const entry = path.join(__dirname, '..', 'build', 'node', 'src', 'cli', 'main.js');
let cli;
try {
  cli = require(entry);
} catch (error) {
  if (error.code !== 'MODULE_NOT_FOUND') throw error;
  console.error(
    'hcplan is not built yet: run `npm install` (its prepare step builds the CLI) or `npm run build:node`.',
  );
  process.exit(2);
}
// A closed pipe (e.g. `hcplan list | head`) is a normal end, not a crash.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
Promise.resolve(cli.run(process.argv.slice(2))).then((code) => {
  process.exitCode = code;
});
