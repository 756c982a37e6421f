/** Where each function's help page lives (Excel's "Help on this function" link). */
export const HELP_BASE_URL = 'https://github.com/hc-planner/hc-planner/blob/main/docs/functions.md';

export const helpUrl = (id: string): string => `${HELP_BASE_URL}#${id.toLowerCase()}`;
