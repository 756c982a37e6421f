import { FUNCTIONS } from '../../src/registry';
import { renderDocs } from './docs';
import { renderWrappers } from './wrappers';

/** Every generated file, keyed by its path from the repo root. */
export function generatedFiles(): Record<string, string> {
  return {
    'src/functions/functions.ts': renderWrappers(FUNCTIONS),
    'docs/functions.md': renderDocs(FUNCTIONS),
  };
}
