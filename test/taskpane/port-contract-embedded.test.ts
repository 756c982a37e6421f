import type { Sheets } from 'hyperformula';
import { parseAddress, toAddress } from '../../src/taskpane/model-sheet/a1';
import { EmbeddedWorkbook } from '../../src/taskpane/ports/embedded';
import type { CellContent } from '../../src/taskpane/ports/workbook-port';
import type { WorkbookSeed } from './fake-workbook';
import { describePortContract, type PortUnderTest } from './port-contract';

/** A seed as HyperFormula sheets (rows of cells) and named expressions. */
function embeddedFrom(seed: WorkbookSeed): EmbeddedWorkbook {
  const sheets: Sheets = {};
  for (const [name, cells] of Object.entries(seed.sheets)) {
    const rows: CellContent[][] = [];
    for (const [address, content] of Object.entries(cells)) {
      const { row, column } = parseAddress(address);
      (rows[row] ??= [])[column] = content;
    }
    sheets[name] = Array.from(rows, (row) => Array.from(row ?? [], (cell) => cell ?? null));
  }
  const sheetOrder = Object.keys(seed.sheets);
  const names = seed.names.map((name) => ({
    name: name.name,
    expression: `=${name.refersTo}`,
    ...(name.scope === null ? {} : { scope: sheetOrder.indexOf(name.scope) }),
  }));
  return EmbeddedWorkbook.create(sheets, names, { scenarioXml: seed.scenarioXml });
}

export function embeddedUnderTest(workbook: EmbeddedWorkbook): PortUnderTest {
  const engine = workbook.engine;
  return {
    port: workbook,
    sheetNames: () => engine.getSheetNames(),
    cells: (sheet) => {
      const rows = engine.getSheetSerialized(engine.getSheetId(sheet)!);
      const cells: Record<string, CellContent> = {};
      rows.forEach((row, rowIndex) =>
        row.forEach((content, column) => {
          if (content !== null && content !== undefined && content !== '')
            cells[toAddress(rowIndex, column)] = content as CellContent;
        }),
      );
      return cells;
    },
    names: () =>
      engine
        .getAllNamedExpressionsSerialized()
        .filter((name) => !['TRUE', 'FALSE'].includes(name.name))
        .map((name) => ({
          name: name.name,
          scope: name.scope === undefined ? null : engine.getSheetName(name.scope)!,
          refersTo: String(name.expression).replace(/^=/, '').replace(/\$/g, ''),
        })),
    charts: (sheet) => {
      const layout = workbook.extras.sheetLayouts.get(sheet);
      return layout ? [layout.chart, ...(layout.extraCharts ?? [])] : [];
    },
  };
}

describePortContract('embedded HyperFormula workbook', (seed) => embeddedUnderTest(embeddedFrom(seed)));
