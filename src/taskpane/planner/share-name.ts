/** "plan.xlsx" → "plan (share-safe).xlsx"; the extension is kept (a macro workbook stays .xlsm). */
export function shareSafeName(fileName: string): string {
  const [, stem, extension] = /^(.*?)(\.xls[xm])?$/i.exec(fileName)!;
  return `${stem || 'workbook'} (share-safe)${extension ?? '.xlsx'}`;
}
