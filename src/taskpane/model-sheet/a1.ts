/** Column letters for a 0-based index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** "B5" → { row: 4, column: 1 } (0-based). */
export function parseAddress(address: string): { row: number; column: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/i.exec(address);
  if (!match) throw new Error(`not an A1 address: ${address}`);
  const column = [...match[1].toUpperCase()].reduce((total, letter) => total * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, column };
}

/** { row: 4, column: 1 } (0-based) → "B5". */
export function toAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** "B5:C9" → its corners (0-based, inclusive); a single address is a 1×1 range. */
export function parseRange(range: string): { top: number; left: number; bottom: number; right: number } {
  const [start, end = start] = range.split(':');
  const a = parseAddress(start);
  const b = parseAddress(end);
  return { top: a.row, left: a.column, bottom: b.row, right: b.column };
}

/** A sheet name as a formula reference prefix: 'HC Model (2)'! (quotes doubled inside). */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
