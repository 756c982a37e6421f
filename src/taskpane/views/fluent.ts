import { webDarkTheme, webLightTheme } from '@fluentui/tokens';
import { setTheme } from '@fluentui/web-components';
// Only the components the panel uses are defined (each define module registers one element).
import '@fluentui/web-components/button.js';
import '@fluentui/web-components/checkbox.js';
import '@fluentui/web-components/field.js';
import '@fluentui/web-components/radio.js';
import '@fluentui/web-components/radio-group.js';
import '@fluentui/web-components/tab.js';
import '@fluentui/web-components/tablist.js';
import '@fluentui/web-components/text-input.js';

const TAGS = ['button', 'checkbox', 'field', 'radio', 'radio-group', 'tab', 'tablist', 'text-input'];

/** Resolves once every Fluent element the panel uses is defined (their methods exist from then on). */
export const fluentReady = (): Promise<unknown> =>
  Promise.all(TAGS.map((tag) => customElements.whenDefined(`fluent-${tag}`)));

/**
 * Applies Fluent's light or dark tokens (a constructed stylesheet, allowed by both pages' CSP) and
 * marks the document so the panel's own stylesheet follows.
 */
export function applyTheme(dark: boolean): void {
  setTheme(dark ? webDarkTheme : webLightTheme);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
}

/** Perceived lightness of a CSS hex colour (#rgb or #rrggbb), 0…1, to tell a dark Office theme. */
export function isDarkColor(hex: string): boolean {
  const digits = hex.replace('#', '');
  const full = digits.length === 3 ? [...digits].map((digit) => digit + digit).join('') : digits;
  const [r, g, b] = [0, 2, 4].map((start) => parseInt(full.slice(start, start + 2), 16) / 255);
  if ([r, g, b].some(Number.isNaN)) return false;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}
