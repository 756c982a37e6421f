import JSZip from 'jszip';
import { DEFAULT_INPUTS } from '../../src/taskpane/planner/inputs';
import { modelSheetLayout } from '../../src/taskpane/model-sheet/layout';
import { EmbeddedWorkbook } from '../../src/taskpane/ports/embedded';
import { exportXlsx } from '../../src/standalone/xlsx-export';
import { importXlsx } from '../../src/standalone/xlsx-import';

async function parts(workbook: EmbeddedWorkbook): Promise<JSZip> {
  const blob = await exportXlsx(workbook);
  return JSZip.loadAsync(await blob.arrayBuffer());
}

const text = (zip: JSZip, path: string) => zip.file(path)!.async('string');

describe('the exported workbook', () => {
  test('inserting a model sheet leaves the existing sheets byte for byte and the existing names as they were', async () => {
    const workbook = EmbeddedWorkbook.create(
      {
        Plan: [
          ['Salary', 200000],
          ['Compute', 50000, '=B1+B2'],
        ],
        'HC Model': [['mine', '=Plan!C2*2']],
      },
      [
        { name: 'HC_Salary', expression: '=Plan!$B$1' },
        { name: 'HC_TeamSize', expression: "='HC Model'!$A$1", scope: 1 },
      ],
    );
    const before = await parts(workbook);
    await workbook.insertSheet(modelSheetLayout(DEFAULT_INPUTS, 'x'));
    const after = await parts(workbook);
    for (const sheet of ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']) {
      expect(await text(after, sheet)).toBe(await text(before, sheet));
    }
    const namesOf = async (zip: JSZip) =>
      (await text(zip, 'xl/workbook.xml')).match(/<definedName[^>]*>[^<]*<\/definedName>/g)!;
    const [old, now] = [await namesOf(before), await namesOf(after)];
    expect(now.slice(0, old.length)).toEqual(old);
    expect(old).toEqual([
      '<definedName name="HC_Salary">Plan!$B$1</definedName>',
      `<definedName name="HC_TeamSize" localSheetId="1">'HC Model'!$A$1</definedName>`,
    ]);
    expect(now).toContainEqual(`<definedName name="HC_Salary" localSheetId="2">'HC Model (2)'!$B$6</definedName>`);
  });

  test('round trip: formulas, sheet-scoped names, cached values and the scenario part come back', async () => {
    const workbook = EmbeddedWorkbook.create();
    const layout = modelSheetLayout(DEFAULT_INPUTS, 'x');
    await workbook.insertSheet(layout);
    await workbook.writeScenarioXml(
      '<hcScenarios xmlns="urn:hc-planner:scenarios" version="9">kept as is</hcScenarios>',
    );
    const zip = await parts(workbook);
    expect(await text(zip, 'xl/worksheets/sheet2.xml')).toContain(
      '<c r="F7" s="2"><f>_xldudf_HC_TOKENSHARE(HC_ComputePerHead,HC_Salary,HC_Bonus,HC_Equity)</f><v>0.21052631578947367</v></c>',
    );
    const reopened = await importXlsx(await (await exportXlsx(workbook)).arrayBuffer());
    const sheet = reopened.engine.getSheetId('HC Model')!;
    expect(reopened.engine.getCellFormula({ sheet, row: 6, col: 5 })).toBe(
      '=HC.TOKENSHARE(HC_ComputePerHead,HC_Salary,HC_Bonus,HC_Equity)',
    );
    expect(reopened.engine.getCellValue({ sheet, row: 6, col: 5 })).toBeCloseTo(100000 / 475000, 15);
    expect(reopened.engine.getNamedExpression('HC_Salary', sheet)).toBeDefined();
    expect(reopened.engine.getNamedExpression('HC_Salary')).toBeUndefined();
    await expect(reopened.readScenarioXml()).resolves.toBe(
      '<hcScenarios xmlns="urn:hc-planner:scenarios" version="9">kept as is</hcScenarios>',
    );
  });
});
