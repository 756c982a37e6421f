import { BUNDLED_CATALOGUE } from '../../prices/bundled';
import { loadCatalogue } from '../../prices/catalogue';
import { ModelSummary, searchModels } from '../../prices/search';
import { formatNumber } from '../../registry/format';
import { CliIo, EXIT } from '../io';

export const PRICES_USAGE = 'hcplan prices [FILTER] [--json]   e.g. hcplan prices claude sonnet';

const COLUMNS = ['provider', 'model', 'input', 'cached', 'output', 'blended', 'since'] as const;

const price = (value: number | undefined): string => (value === undefined ? '—' : formatNumber(value));

function row(model: ModelSummary): string[] {
  const { input, cached, output, blended } = model.prices;
  return [model.provider.id, model.id, price(input), price(cached), price(output), price(blended), model.since ?? '—'];
}

function table(lines: readonly (readonly string[])[]): string {
  const widths = lines[0].map((_, column) => Math.max(...lines.map((line) => line[column].length)));
  return lines
    .map((line) =>
      line
        .map((cell, column) => cell.padEnd(widths[column]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** `hcplan prices [filter]`: the catalogue's models whose provider, id or name match every word of the filter. */
export async function pricesCommand(words: readonly string[], json: boolean, io: CliIo): Promise<number> {
  const filter = words.join(' ');
  const models = searchModels(await loadCatalogue(), filter);
  if (json) {
    io.out(JSON.stringify({ catalogue: BUNDLED_CATALOGUE, models }));
  } else if (models.length > 0) {
    io.out(
      `${BUNDLED_CATALOGUE.package} ${BUNDLED_CATALOGUE.version} (${BUNDLED_CATALOGUE.publishedOn}): $ per million tokens; ` +
        'cached = cache read; blended = 3:1 input:output, no cache; tiered prices: base tier; since = date the price took effect',
    );
    io.out(table([COLUMNS, ...models.map(row)]));
  }
  if (models.length === 0) {
    io.err(`no model matches '${filter}'`);
    return EXIT.errorValue;
  }
  return EXIT.ok;
}
