import type { HyperFormula, SimpleCellAddress } from 'hyperformula';
import { CellError } from 'hyperformula';

/**
 * The rows and columns an array formula anchored at `anchor` fills, or undefined for a plain formula or
 * an array that failed as a whole (one error). No public HyperFormula API gives a spill's extent; its
 * array mapping (marked internal) does.
 */
export function spillExtent(
  engine: HyperFormula,
  anchor: SimpleCellAddress,
): { rows: number; columns: number } | undefined {
  const vertex = engine.arrayMapping.getArrayByCorner(anchor);
  if (!vertex || vertex.getCellValue() instanceof CellError) return undefined;
  return { rows: vertex.height, columns: vertex.width };
}
