import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { FUNCTIONS } from '../../src/registry';
import { renderDocs } from './docs';
import { renderReadme } from './readme';
import { renderWrappers } from './wrappers';

import { REPO_ROOT } from '../repo-root';

export { REPO_ROOT };

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
