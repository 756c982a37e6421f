import JSZip from 'jszip';
import { findFunction } from '../../src/registry';
import { storeToXml } from '../../src/scenarios/xml';
import { STORE_VERSION } from '../../src/scenarios/schema';
import { DEFAULT_INPUTS, type PlannerInputs } from '../../src/taskpane/planner/inputs';
import { modelSheetLayout } from '../../src/taskpane/model-sheet/layout';
import type { WorkforcePlan } from '../../src/taskpane/planner/workforce';
import { parseAddress, quoteSheet, toAddress } from '../../src/taskpane/model-sheet/a1';
import type { FixtureBook, FixtureCell, FixtureSheet } from '../xlsx/fixtures';

/** Formula text as Excel saves it in a file: add-in functions as `_xldudf_HC_X`, newer ones as `_xlfn.X`. */
export const fileFormula = (formula: string): string =>
  formula
    .replace(/^=/, '')
    .replace(/\bHC\.(?=[A-Z0-9_]+\()/g, '_xldudf_HC_')
    .replace(/\bSEQUENCE\(/g, '_xlfn.SEQUENCE(');

/**
 * The model sheet as the panel inserts it (src/taskpane/model-sheet/layout.ts), as a fixture
 * sheet at `index` of the book, with its sheet-scoped `HC_` names (and the workforce plan's columns
 * when given one; their spills are sized by the engine, as after the standalone page's export).
 */
export function modelSheet(
  inputs: PlannerInputs,
  index: number,
  name = 'HC Model',
  workforce?: WorkforcePlan,
): { sheet: FixtureSheet; names: NonNullable<FixtureBook['names']> } {
  const layout = modelSheetLayout(inputs, 'Base', workforce);
  const cells: FixtureCell[] = [];
  for (const block of layout.blocks) {
    const { row: top, column: left } = parseAddress(block.topLeft);
    block.rows.forEach((row, r) =>
      row.forEach((content, c) => {
        if (content === null || content === '') return;
        const ref = toAddress(top + r, left + c);
        const result =
          typeof content === 'string' ? findFunction(/^=HC\.(\w+)\(/.exec(content)?.[1] ?? '')?.result : undefined;
        if (result?.kind === 'table') {
          // A plan's table spills one row per month; saved as Excel 365 saves a spill, a dynamic array.
          const bottomRight = toAddress(top + r + inputs.horizonMonths - 1, left + c + result.labels.length - 1);
          cells.push({
            ref,
            formula: fileFormula(content as string),
            cached: 0,
            array: `${ref}:${bottomRight}`,
            dynamic: true,
          });
        } else if (typeof content === 'string' && content.startsWith('='))
          cells.push({ ref, formula: fileFormula(content), cached: 0 });
        else cells.push({ ref, value: content });
      }),
    );
  }
  const names = layout.names.map((entry) => ({
    name: entry.name,
    formula: `${quoteSheet(name)}!${entry.address.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2')}`,
    localSheetId: index,
  }));
  return { sheet: { name, cells }, names };
}

/** Adds the panel's scenario store (custom XML part) to a built workbook. */
export async function withScenarios(
  bytes: Buffer,
  scenarios: { name: string; inputs: PlannerInputs }[],
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const store = {
    version: STORE_VERSION,
    scenarios: scenarios.map((scenario, index) => ({
      id: `s${index + 1}`,
      name: scenario.name,
      savedAt: '2026-11-20T10:00:00.000Z',
      inputs: scenario.inputs,
    })),
  } as const;
  zip.file('customXml/item2.xml', storeToXml(store));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

export { DEFAULT_INPUTS };
