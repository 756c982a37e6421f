/** A cell position, 0-based. */
export interface CellPosition {
  row: number;
  col: number;
}

/** A rectangle of cells, corners inclusive, 0-based. */
export interface CellArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** `A1` → {row: 0, col: 0}; `$B$2` works too. Undefined for anything else. */
export function parseCellRef(ref: string): CellPosition | undefined {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(ref.trim());
  if (!match) return undefined;
  let col = 0;
  for (const letter of match[1].toUpperCase()) col = col * 26 + letter.charCodeAt(0) - 64;
  return { row: Number(match[2]) - 1, col: col - 1 };
}

/** `B2:C5` or a single `B2` → the area. Undefined for anything else. */
export function parseAreaRef(ref: string): CellArea | undefined {
  const [first, second = first] = ref.split(':');
  const start = parseCellRef(first);
  const end = parseCellRef(second);
  if (!start || !end) return undefined;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

export function columnName(col: number): string {
  let name = '';
  for (let rest = col + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  }
  return name;
}

export const cellRef = ({ row, col }: CellPosition): string => `${columnName(col)}${row + 1}`;

export const areaRef = (area: CellArea): string =>
  area.top === area.bottom && area.left === area.right
    ? cellRef({ row: area.top, col: area.left })
    : `${cellRef({ row: area.top, col: area.left })}:${cellRef({ row: area.bottom, col: area.right })}`;

export const contains = (area: CellArea, { row, col }: CellPosition): boolean =>
  row >= area.top && row <= area.bottom && col >= area.left && col <= area.right;

/** A sheet name as a formula or a message writes it: quoted when it is not a plain word. */
export const sheetPrefix = (sheet: string): string =>
  /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !parseCellRef(sheet) ? `${sheet}!` : `'${sheet.replace(/'/g, "''")}'!`;
