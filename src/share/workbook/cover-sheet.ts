import { FIELDS } from '../../taskpane/planner/inputs';
import type { Scenario } from '../../scenarios/schema';
import type { ReplacedPrice } from '../translate';
import type { NewCell } from './sheet-xml';
import type { FrozenAt, Untranslated } from './translate-sheet';

export const COVER_SHEET_NAME = 'Share-safe copy';

/** What the cover sheet records about one transform. */
export interface CoverFacts {
  fileName: string;
  version: string;
  madeAt: Date;
  /** HC formulas replaced in cells (a spill counts once) and the cells they now fill. */
  formulasConverted: number;
  cellsWritten: number;
  namesConverted: number;
  untranslated: readonly Untranslated[];
  /** Price lookups (TOKENPRICE, model ids in price arguments) replaced by the price they returned. */
  replacedPrices?: readonly ReplacedPrice[];
  /** Calls held as the values they returned when the copy was made (seeded simulations). */
  frozen?: readonly FrozenAt[];
  scenarios: readonly Scenario[];
  /** Why saved scenarios could not be read, when they could not. */
  scenarioProblem?: string;
  /** The leadership summary's sheet name, when one was added. */
  summarySheet?: string;
  /** A model sheet added for a saved scenario (the workbook had none): its name and the scenario's. */
  addedModel?: { sheet: string; scenario: string };
}

/**
 * The cover sheet's cells: what was converted, when, from which add-in version, what could not be
 * converted (address and reason), and every saved scenario's inputs (one column per scenario).
 */
export function coverSheetRows(facts: CoverFacts): NewCell[][] {
  const rows: NewCell[][] = [
    ['Share-safe copy'],
    [
      'Every HC formula of the analyst’s workbook was replaced by native formulas over the same cells, so this copy computes in any spreadsheet without the HC Planner add-in.',
    ],
    [],
    ['Made (UTC)', facts.madeAt.toISOString()],
    ['From workbook', facts.fileName],
    ['HC Planner add-in version', facts.version],
    ['HC formulas converted', facts.formulasConverted],
    ['Cells now holding native formulas', facts.cellsWritten],
    ['Defined names converted', facts.namesConverted],
    ['Formulas left untranslated', facts.untranslated.length],
  ];
  if (facts.summarySheet) rows.push(['Leadership summary', `see the sheet "${facts.summarySheet}"`]);
  if (facts.addedModel) {
    rows.push([
      'Model sheet',
      `"${facts.addedModel.sheet}" was added for the saved scenario "${facts.addedModel.scenario}" (the workbook had none)`,
    ]);
  }
  rows.push([]);
  if (facts.replacedPrices && facts.replacedPrices.length > 0) {
    rows.push(['Price lookups replaced by their price ($ per million tokens)', 'Price', 'Catalogue']);
    for (const { model, kind, price, asOf, catalogue } of facts.replacedPrices) {
      rows.push([`${model}, ${kind}${asOf ? `, as of ${asOf}` : ''}`, price, catalogue]);
    }
    rows.push([]);
  }
  if (facts.frozen && facts.frozen.length > 0) {
    rows.push(['Computed when this copy was made (seeded simulations: they do not recompute here)', 'Call', 'Values']);
    for (const { address, call, values } of facts.frozen) {
      rows.push([address, call, values.map((row) => row.join(', ')).join('; ')]);
    }
    rows.push([]);
  }
  if (facts.untranslated.length > 0) {
    rows.push(['Untranslated (these show #NAME? without the add-in)', 'Reason']);
    for (const { address, reason } of facts.untranslated) rows.push([address, reason]);
  } else {
    rows.push(['Every HC formula was translated.']);
  }
  rows.push([]);
  if (facts.scenarioProblem) rows.push(['Saved scenarios', facts.scenarioProblem]);
  else if (facts.scenarios.length === 0) rows.push(['Saved scenarios', 'none in this workbook']);
  else {
    rows.push(['Scenario inputs', ...facts.scenarios.map((scenario) => scenario.name)]);
    rows.push(['Saved at', ...facts.scenarios.map((scenario) => scenario.savedAt)]);
    for (const field of FIELDS) {
      rows.push([`${field.label} (${field.hint})`, ...facts.scenarios.map((scenario) => scenario.inputs[field.key])]);
    }
    rows.push(['Usage profile', ...facts.scenarios.map((scenario) => scenario.inputs.usageProfile)]);
  }
  return rows;
}
