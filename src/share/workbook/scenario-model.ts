import type JSZip from 'jszip';
import type { Scenario } from '../../scenarios/schema';
import { parseAddress, parseRange, quoteSheet, toAddress } from '../../taskpane/model-sheet/a1';
import { modelSheetLayout } from '../../taskpane/model-sheet/layout';
import { encodeXml } from '../../xlsx/xml-text';
import type { FormulaTranslator } from '../translate';
import { appendWorksheet } from './package-parts';
import { worksheetXml, type NewCell } from './sheet-xml';
import type { ModelSheet } from './summary-sheet';
import type { Untranslated } from './translate-sheet';

const absolute = (address: string) => address.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');

/** Adds sheet-scoped defined names to the workbook part (into `<definedNames>`, created after `<sheets>` if absent). */
function withDefinedNames(
  workbook: string,
  names: readonly { name: string; formula: string; localSheetId: number }[],
): string {
  const prefix = /<(\w+:)?workbook\b/.exec(workbook)?.[1] ?? '';
  const entries = names
    .map(
      ({ name, formula, localSheetId }) =>
        `<${prefix}definedName name="${name}" localSheetId="${localSheetId}">${encodeXml(formula)}</${prefix}definedName>`,
    )
    .join('');
  const close = `</${prefix}definedNames>`;
  if (workbook.includes(close)) return workbook.replace(close, `${entries}${close}`);
  // definedNames follows sheets (and externalReferences, when there are any) in the workbook schema.
  const after = workbook.includes(`</${prefix}externalReferences>`)
    ? `</${prefix}externalReferences>`
    : `</${prefix}sheets>`;
  return workbook.replace(after, `${after}<${prefix}definedNames>${entries}${close}`);
}

/**
 * For a workbook with saved scenarios but no model sheet: the model sheet the panel would insert for
 * the scenario (inputs, summary, monthly table, its sheet-scoped `HC_` names), with every formula
 * already native. Appended as sheet number `index` (0-based); returns it as a model sheet to summarise.
 */
export async function appendScenarioModel(
  zip: JSZip,
  workbookPath: string,
  scenario: Scenario,
  sheetName: string,
  index: number,
  translator: FormulaTranslator,
): Promise<{ model: ModelSheet; untranslated: Untranslated[] }> {
  const layout = modelSheetLayout(scenario.inputs, scenario.name);
  const rows: NewCell[][] = [];
  const untranslated: Untranslated[] = [];
  for (const block of layout.blocks) {
    const { row: top, column: left } = parseAddress(block.topLeft);
    block.rows.forEach((cells, r) =>
      cells.forEach((content, c) => {
        const row = (rows[top + r] ??= []);
        if (typeof content !== 'string' || !content.startsWith('=')) {
          row[left + c] = content;
          return;
        }
        const result = translator.translate(content);
        if (!result.ok)
          untranslated.push({
            address: `${quoteSheet(sheetName)}!${toAddress(top + r, left + c)}`,
            reason: result.reason,
          });
        row[left + c] = { formula: result.ok ? result.cells[0][0] : content.slice(1) };
      }),
    );
  }
  for (let row = 0; row < rows.length; row++) rows[row] ??= [];
  await appendWorksheet(zip, workbookPath, sheetName, worksheetXml(rows, [30, 14, 18, 4, 30, 16]));
  const names = layout.names.map((name) => ({
    name: name.name,
    formula: `${quoteSheet(sheetName)}!${absolute(name.address)}`,
    localSheetId: index,
  }));
  zip.file(workbookPath, withDefinedNames(await zip.file(workbookPath)!.async('string'), names));
  const months = parseRange(layout.chart.categories);
  return {
    model: {
      name: sheetName,
      references: new Map(names.map((name) => [name.name, name.formula])),
      months: { first: months.top, last: months.bottom },
    },
    untranslated,
  };
}
