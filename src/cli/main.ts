import { CALL_USAGE, callCommand } from './commands/call';
import { listCommand } from './commands/list';
import { CliIo, EXIT, processIo } from './io';

const USAGE = ['usage:', `  ${CALL_USAGE}`, '  hcplan list [--json]'].join('\n');

/** Runs one hcplan command and returns its exit code. */
export function run(argv: readonly string[], io: CliIo = processIo): number {
  const json = argv.includes('--json');
  const words = argv.filter((word) => word !== '--json');
  const [command, ...rest] = words;
  switch (command) {
    case 'call':
      return callCommand(rest, json, io);
    case 'list':
      return listCommand(json, io);
    default:
      io.err(USAGE);
      return EXIT.usage;
  }
}
