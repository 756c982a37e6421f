import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkManifest, CheckOptions } from './check';

/**
 * `npm run validate`: the offline manifest checks over manifest.xml (development URLs, icons in assets/) and,
 * when a build exists, dist/manifest.xml as a production manifest. Exits 1 when any check fails.
 */
const root = process.cwd();
const targets: [string, CheckOptions][] = [['manifest.xml', { baseDir: root, production: false }]];
const built = path.join('dist', 'manifest.xml');
if (fs.existsSync(path.join(root, built))) {
  targets.push([built, { baseDir: path.join(root, 'dist'), production: true }]);
} else {
  console.log(`${built}: not built yet, skipped (npm run build writes it)`);
}

let failed = false;
for (const [file, options] of targets) {
  const problems = checkManifest(fs.readFileSync(path.join(root, file), 'utf8'), options);
  const mode = options.production ? 'production' : 'development';
  if (problems.length === 0) {
    console.log(`${file} (${mode}): all checks pass`);
    continue;
  }
  failed = true;
  console.error(`${file} (${mode}): ${problems.length} problem(s)`);
  for (const problem of problems) console.error(`  [${problem.rule}] ${problem.message}`);
  if (options.production && problems.some((problem) => problem.rule === 'no-localhost')) {
    console.error('  (a development build? `npm run build` writes the production manifest)');
  }
}
process.exitCode = failed ? 1 : 0;
