import { existsSync } from 'fs';
import { dirname, join } from 'path';

/**
 * The repository root: the nearest folder above this file holding manifest.xml. Scripts and tests
 * also run compiled from build/node, where tsc copies package.json, so package.json cannot mark it.
 */
export const REPO_ROOT = ((): string => {
  let dir = __dirname;
  while (!existsSync(join(dir, 'manifest.xml'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no manifest.xml above ${__dirname}: not inside the hc-planner repository`);
    dir = parent;
  }
  return dir;
})();
