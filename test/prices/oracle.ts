import { calcPrice } from '@pydantic/genai-prices';

/**
 * A price straight from the package's own calculator ($ per million tokens), independent of the
 * adapter under test: the cost of 1000 tokens of one kind, × 1000. 1000 tokens stay in the base tier.
 */
export function packagePrice(model: string, kind: 'input' | 'cached' | 'output', timestamp?: Date): number {
  const usage =
    kind === 'input'
      ? { input_tokens: 1000 }
      : kind === 'cached'
        ? { input_tokens: 1000, cache_read_tokens: 1000 }
        : { output_tokens: 1000 };
  const result = calcPrice(usage, model, timestamp ? { timestamp } : undefined);
  if (!result) throw new Error(`the package does not know ${model}`);
  return (kind === 'output' ? result.output_price : result.input_price) * 1000;
}
