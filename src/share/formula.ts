/**
 * A light parser for Excel formula text: enough structure to find function calls and their
 * arguments (including nested ones) and to write the formula back unchanged where nothing was
 * replaced. Strings, quoted sheet names, error literals and array constants are kept as single
 * tokens so that commas and parentheses inside them never split anything.
 */
export type FormulaItem =
  | { kind: 'token'; text: string }
  | { kind: 'array'; text: string }
  | { kind: 'group'; items: FormulaItem[] }
  | { kind: 'call'; name: string; args: FormulaItem[][] };

const ERROR_LITERAL =
  /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)/i;
const NUMBER = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;
const WORD = /^[A-Za-z0-9_.$:!\\[\]?#]+/;

/** The formula as a flat list of tokens; `(`, `)` and `,` are tokens of their own. */
export function tokenize(formula: string): string[] {
  const tokens: string[] = [];
  let rest = formula.replace(/^=/, '');
  while (rest.length > 0) {
    const token = nextToken(rest);
    tokens.push(token);
    rest = rest.slice(token.length);
  }
  return tokens;
}

function quoted(text: string, quote: string): string {
  let end = 1;
  while (end < text.length) {
    if (text[end] === quote && text[end + 1] === quote) end += 2;
    else if (text[end] === quote) return text.slice(0, end + 1);
    else end += 1;
  }
  return text; // unterminated: the rest of the text, kept as written
}

function nextToken(text: string): string {
  const first = text[0];
  if (first === '"') return quoted(text, '"');
  if (first === "'") {
    const sheet = quoted(text, "'");
    const reference = WORD.exec(text.slice(sheet.length));
    return sheet + (reference ? reference[0] : '');
  }
  if (first === '{') {
    let end = 1;
    while (end < text.length && text[end] !== '}') end += text[end] === '"' ? quoted(text.slice(end), '"').length : 1;
    return text.slice(0, end + 1);
  }
  const error = ERROR_LITERAL.exec(text);
  if (error) return error[0];
  const number = NUMBER.exec(text);
  if (number && !/^[A-Za-z_]/.test(text.slice(number[0].length))) return number[0];
  const word = WORD.exec(text);
  return word ? word[0] : first;
}

/** Parses formula text (with or without the leading `=`) into items. Never throws. */
export function parseFormula(formula: string): FormulaItem[] {
  const tokens = tokenize(formula);
  let position = 0;

  function parseSequence(stopAtComma: boolean): FormulaItem[] {
    const items: FormulaItem[] = [];
    while (position < tokens.length) {
      const token = tokens[position];
      if (token === ')' || (stopAtComma && token === ',')) break;
      position += 1;
      if (token === '(') {
        const previous = items[items.length - 1];
        if (previous?.kind === 'token' && /^[A-Za-z_\\[][\w.\\[\]!]*$/.test(previous.text)) {
          items[items.length - 1] = { kind: 'call', name: previous.text, args: parseArguments() };
        } else {
          items.push({ kind: 'group', items: parseSequence(false) });
          position += 1; // the closing parenthesis
        }
      } else if (token.startsWith('{')) {
        items.push({ kind: 'array', text: token });
      } else {
        items.push({ kind: 'token', text: token });
      }
    }
    return items;
  }

  function parseArguments(): FormulaItem[][] {
    const args: FormulaItem[][] = [];
    if (tokens[position] === ')') {
      position += 1;
      return args;
    }
    for (;;) {
      args.push(parseSequence(true));
      const token = tokens[position];
      position += 1;
      if (token !== ',') return args;
    }
  }

  const items = parseSequence(false);
  // Stray closing parentheses are kept as tokens so that nothing the user wrote is dropped.
  while (position < tokens.length) {
    items.push({ kind: 'token', text: tokens[position] });
    position += 1;
    items.push(...parseSequence(false));
  }
  return items;
}

/** Items back to formula text (without the leading `=`). */
export function printFormula(items: readonly FormulaItem[]): string {
  return items.map(printItem).join('');
}

function printItem(item: FormulaItem): string {
  switch (item.kind) {
    case 'token':
    case 'array':
      return item.text;
    case 'group':
      return `(${printFormula(item.items)})`;
    case 'call':
      return `${item.name}(${item.args.map(printFormula).join(',')})`;
  }
}
