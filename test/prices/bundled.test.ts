import { readFileSync } from 'fs';
import { join } from 'path';
import { BUNDLED_CATALOGUE, EXAMPLE_PRICES } from '../../src/prices/bundled';
import { readmeSection } from '../../src/prices/readme-section';
import { packagePrice } from './oracle';

const ROOT = join(__dirname, '..', '..');
const installed = JSON.parse(
  readFileSync(join(ROOT, 'node_modules', '@pydantic', 'genai-prices', 'package.json'), 'utf8'),
) as { version: string; license: string };

// When these fail after a catalogue update, run `npm run update-prices`: it rewrites src/prices/bundled.ts
// from the installed package, then the docs.
describe('src/prices/bundled.ts matches the installed catalogue package', () => {
  it('names its version', () => {
    expect(BUNDLED_CATALOGUE.version).toBe(installed.version);
    expect(installed.license).toBe('MIT');
  });

  it.each(Object.entries(EXAMPLE_PRICES))('the example prices of %s are the package’s own', (key, prices) => {
    const [model, day] = key.split('@');
    const at = day === undefined ? undefined : new Date(`${day}T12:00:00Z`);
    for (const kind of ['input', 'cached', 'output'] as const) {
      const price = (prices as Partial<Record<typeof kind, number>>)[kind];
      if (price !== undefined) expect(price).toBeCloseTo(packagePrice(model, kind, at), 12);
    }
  });

  it('README names the bundled catalogue version (npm run update-prices rewrites the section)', () => {
    const section = readmeSection(BUNDLED_CATALOGUE);
    expect(section).toContain(`@pydantic/genai-prices ${installed.version}`);
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(section.trim());
  });
});
