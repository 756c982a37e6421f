import { mountPlanner } from './app';
import { OfficeWorkbook } from './ports/office';
import { applyTheme, isDarkColor } from './views/fluent';

/**
 * Excel's theme (Office.context.officeTheme), dark when its body background is dark. Hosts without
 * officeTheme (Excel on the web in some builds) fall back to the system's colour scheme.
 */
function officeIsDark(): boolean {
  const theme = Office.context?.officeTheme;
  return theme ? isDarkColor(theme.bodyBackgroundColor) : window.matchMedia('(prefers-color-scheme: dark)').matches;
}

function byId(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`taskpane.html has no #${id}`);
  return element;
}

const root = byId('app');
if (typeof Office === 'undefined') {
  root.textContent = 'Office.js did not load: this pane needs Excel and a connection to Microsoft’s CDN.';
} else {
  void Office.onReady(async (info) => {
    if (info.host !== Office.HostType.Excel) {
      root.textContent = 'Open this pane from Excel (Home → Scenario planner) to use the planner.';
      return;
    }
    applyTheme(officeIsDark());
    // Excel has no theme-changed event for task panes (Outlook's OfficeThemeChanged is mailbox-only):
    // the theme is read when the pane opens.
    await mountPlanner(root, new OfficeWorkbook());
  });
}
