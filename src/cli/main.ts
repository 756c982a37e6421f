import { CALC_USAGE, calcCommand } from './commands/calc';
import { CALL_USAGE, callCommand } from './commands/call';
import { EVAL_USAGE, evalCommand } from './commands/eval';
import { listCommand } from './commands/list';
import { PRICES_USAGE, pricesCommand } from './commands/prices';
import { SHARE_USAGE, shareCommand } from './commands/share';
import { CliIo, EXIT, processIo } from './io';
import { parseArgument } from './args';
import { loadCatalogue, loadedCatalogue } from '../prices/catalogue';
import { findFunction } from '../registry';
import { needsCatalogue } from '../registry/cells';

const USAGE = [
  'usage:',
  `  ${CALL_USAGE}`,
  '  hcplan list [--json]',
  `  ${EVAL_USAGE}`,
  `  ${CALC_USAGE}`,
  `  ${PRICES_USAGE}`,
  `  ${SHARE_USAGE}`,
].join('\n');

const holdsText = (value: unknown): boolean =>
  Array.isArray(value) ? value.some(holdsText) : typeof value === 'string' && value !== '';

/** Whether a command may meet a model id: then it runs after the price catalogue is loaded (≈0.2 s, so only then). */
function mayNameModels(command: string | undefined, rest: readonly string[]): boolean {
  // eval: an empty sheet, so a model id can only be a string literal; calc: any cell may hold one.
  if (command === 'eval') return rest.some((word) => word.includes('"'));
  if (command === 'calc' || command === 'share') return true;
  const spec = command === 'call' && rest[0] !== undefined ? findFunction(rest[0]) : undefined;
  return spec !== undefined && needsCatalogue(spec) && rest.slice(1).map(parseArgument).some(holdsText);
}

/** Runs one hcplan command and returns its exit code (a promise for commands that read files). */
export function run(argv: readonly string[], io: CliIo = processIo): number | Promise<number> {
  const json = argv.includes('--json');
  const words = argv.filter((word) => word !== '--json');
  const [command, ...rest] = words;
  if (!loadedCatalogue() && mayNameModels(command, rest)) return loadCatalogue().then(() => run(argv, io));
  switch (command) {
    case 'call':
      return callCommand(rest, json, io);
    case 'list':
      return listCommand(json, io);
    case 'eval':
      return evalCommand(rest, json, io);
    case 'calc':
      return calcCommand(rest, json, io);
    case 'prices':
      return pricesCommand(rest, json, io);
    case 'share':
      return shareCommand(rest, io);
    default:
      io.err(USAGE);
      return EXIT.usage;
  }
}
