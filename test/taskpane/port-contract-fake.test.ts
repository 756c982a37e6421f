import { FakeWorkbook } from './fake-workbook';
import { describePortContract } from './port-contract';

describePortContract('in-memory fake', (seed) => {
  const workbook = new FakeWorkbook(seed);
  return {
    port: workbook,
    sheetNames: () => [...workbook.sheets.keys()],
    cells: (sheet) => Object.fromEntries(workbook.sheets.get(sheet)!),
    names: () => workbook.names.map((name) => ({ ...name })),
    charts: (sheet) => workbook.charts.get(sheet) ?? [],
  };
});
