import { readFileSync } from 'fs';
import { join } from 'path';
import { generatedFiles } from '../../scripts/gen/outputs';

const ROOT = join(__dirname, '..', '..');

describe('generated files are up to date with the registry (run `npm run gen` when this fails)', () => {
  it.each(Object.entries(generatedFiles()))('%s', (path, text) => {
    expect(readFileSync(join(ROOT, path), 'utf8')).toBe(text);
  });
});

describe('wrapper source follows the metadata generator’s rules', () => {
  const source = readFileSync(join(ROOT, 'src/functions/functions.ts'), 'utf8');
  it('declares only top-level functions typed any[][] with @customfunction and @helpurl', () => {
    const blocks = source.split('/**').slice(1);
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      expect(block).toMatch(/@customfunction [A-Z_]+\n/);
      expect(block).toMatch(/@helpurl https:\/\//);
      expect(block).toMatch(/\nexport function [A-Z_]+\(/);
      expect(block).not.toMatch(/: number/);
      expect(block).toMatch(/\): (any\[\]\[\]|Promise<any\[\]\[\]>) \{/);
    }
    expect(source).not.toMatch(/=>/);
  });
});
