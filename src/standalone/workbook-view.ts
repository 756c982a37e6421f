import { EmbeddedWorkbook } from '../taskpane/ports/embedded';

/** The engine side of the standalone page, loaded as one chunk: a fresh workbook and its grid. */
export const newWorkbook = (): EmbeddedWorkbook => EmbeddedWorkbook.create();
export { GridView } from './grid-view';
