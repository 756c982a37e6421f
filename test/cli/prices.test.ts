import { run } from '../../src/cli/main';
import { BUNDLED_CATALOGUE } from '../../src/prices/bundled';
import { packagePrice } from '../prices/oracle';

/** Runs hcplan in-process, awaiting commands that load the catalogue. */
async function hcplan(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (text) => out.push(text), err: (text) => err.push(text) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('hcplan prices [filter]', () => {
  it('lists matching models with input / cached / output / blended and the date each took effect', async () => {
    const { code, out, err } = await hcplan('prices', 'o3');
    expect([code, err]).toEqual([0, '']);
    const [title, header, ...rows] = out.split('\n');
    expect(title).toContain(`@pydantic/genai-prices ${BUNDLED_CATALOGUE.version}`);
    expect(title).toContain('blended = 3:1 input:output, no cache');
    expect(header.split(/\s+/)).toEqual(['provider', 'model', 'input', 'cached', 'output', 'blended', 'since']);
    const o3 = rows[0].split(/\s+/);
    expect(o3.slice(0, 2)).toEqual(['openai', 'o3']);
    expect(Number(o3[2])).toBeCloseTo(packagePrice('o3', 'input'), 12);
    expect(Number(o3[3])).toBeCloseTo(packagePrice('o3', 'cached'), 12);
    expect(Number(o3[4])).toBeCloseTo(packagePrice('o3', 'output'), 12);
    expect(Number(o3[5])).toBeCloseTo(0.75 * Number(o3[2]) + 0.25 * Number(o3[4]), 12);
    expect(o3[6]).toBe('2025-06-10');
  });

  it('filters by every word; shows — for a missing price or date', async () => {
    const { out } = await hcplan('prices', 'openai', 'gpt-4o');
    const rows = out.split('\n').slice(2);
    expect(rows.every((row) => row.includes('openai') && row.includes('gpt-4o'))).toBe(true);
    expect(rows[0].split(/\s+/).slice(0, 2)).toEqual(['openai', 'gpt-4o']);
    expect(rows[0].split(/\s+/)[6]).toBe('—');
  });

  it('prints JSON with --json: the catalogue and the models', async () => {
    const { code, out } = await hcplan('prices', 'gpt-4o', '--json');
    const parsed = JSON.parse(out) as {
      catalogue: typeof BUNDLED_CATALOGUE;
      models: { id: string; prices: { output: number } }[];
    };
    expect(code).toBe(0);
    expect(parsed.catalogue).toEqual(BUNDLED_CATALOGUE);
    expect(parsed.models[0]).toMatchObject({ id: 'gpt-4o', provider: { id: 'openai' } });
    expect(parsed.models[0].prices.output).toBeCloseTo(packagePrice('gpt-4o', 'output'), 12);
  });

  it('says so and exits 1 when nothing matches', async () => {
    expect(await hcplan('prices', 'zzzz-no-such-model')).toEqual({
      code: 1,
      out: '',
      err: "no model matches 'zzzz-no-such-model'",
    });
  });
});

describe('hcplan call with model ids (the issue’s done-when checks)', () => {
  it('TOKENPRICE gpt-4o output', async () => {
    const { code, out } = await hcplan('call', 'TOKENPRICE', 'gpt-4o', 'output');
    expect(code).toBe(0);
    expect(Number(out)).toBeCloseTo(packagePrice('gpt-4o', 'output'), 12);
  });

  it('BLENDED_PRICE claude-sonnet-4 claude-sonnet-4 0.05 claude-sonnet-4 0.8', async () => {
    const { out } = await hcplan(
      'call',
      'BLENDED_PRICE',
      'claude-sonnet-4',
      'claude-sonnet-4',
      '0.05',
      'claude-sonnet-4',
      '0.8',
    );
    const [input, output, cached] = (['input', 'output', 'cached'] as const).map((kind) =>
      packagePrice('claude-sonnet-4', kind),
    );
    expect(Number(out)).toBeCloseTo(0.15 * input + 0.05 * output + 0.8 * cached, 12);
  });

  it('COMPUTE_PER_HEAD with a model id; an unknown model exits 1 with suggestions', async () => {
    const { out } = await hcplan('call', 'COMPUTE_PER_HEAD', '1000000', 'gpt-4o');
    expect(Number(out)).toBeCloseTo(
      (0.75 * packagePrice('gpt-4o', 'input') + 0.25 * packagePrice('gpt-4o', 'output')) * 230,
      9,
    );
    const unknown = await hcplan('call', 'TOKENPRICE', 'gpt-4x');
    expect(unknown.code).toBe(1);
    expect(unknown.out).toMatch(/^#N\/A unknown model 'gpt-4x' — did you mean gpt-4/);
  });
});
