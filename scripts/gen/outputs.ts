import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { FUNCTIONS } from '../../src/registry';
import { renderDocs } from './docs';
import { renderReadme } from './readme';
import { renderWrappers } from './wrappers';

/** The repository root, from scripts/gen (source) or build/node/scripts/gen (compiled). */
export const REPO_ROOT = [join(__dirname, '..', '..'), join(__dirname, '..', '..', '..', '..')].find((dir) =>
  existsSync(join(dir, 'package.json')),
)!;

/** Every generated file, keyed by its path from the repo root. */
export function generatedFiles(): Record<string, string> {
  const files: Record<string, string> = {
    'src/functions/functions.ts': renderWrappers(FUNCTIONS),
    'docs/functions.md': renderDocs(FUNCTIONS),
  };
  const readme = join(REPO_ROOT, 'README.md');
  if (existsSync(readme)) files['README.md'] = renderReadme(readFileSync(readme, 'utf8'), FUNCTIONS);
  return files;
}
