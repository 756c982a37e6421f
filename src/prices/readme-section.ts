/** The README paragraph naming the bundled catalogue; `npm run update-prices` rewrites it between its markers. */
export function readmeSection(bundled: { package: string; version: string; publishedOn: string }): string {
  return [
    '<!-- prices:begin (written by `npm run update-prices`) -->',
    '',
    '### Token prices',
    '',
    '`HC.TOKENPRICE`, `HC.BLENDED_PRICE` and the price arguments of `HC.COMPUTE_PER_HEAD` and',
    '`HC.TOKENS_FOR_BUDGET` accept model ids such as `"claude-sonnet-4"` or `"gpt-4o"`. Their prices come',
    `from the catalogue bundled with the add-in: **${bundled.package} ${bundled.version}** (published`,
    `${bundled.publishedOn}), MIT-licensed, read offline: the add-in never fetches price updates at run time.`,
    'Prices are $ per million tokens: input, cache read and output; "blended" is 3 input tokens to 1 output',
    'token, no cache. Tiered prices use their base tier; cache-write charges are left out. Without a date,',
    '`HC.TOKENPRICE` gives the newest prices of the bundled catalogue, so it is not volatile: results change',
    'only when the catalogue is updated. `npx hcplan prices [filter]` lists the models; `npm run update-prices`',
    'moves to the newest catalogue version and regenerates what depends on it.',
    '<!-- prices:end -->',
    '',
  ].join('\n');
}
