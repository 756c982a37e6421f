import { findFunction, runFunction, signature } from '../../registry';
import { parseArgument } from '../args';
import { CliIo, EXIT } from '../io';
import { printResult } from '../output';

export const CALL_USAGE = 'hcplan call FUNCTION [ARG …] [--json]   e.g. hcplan call TOKENSHARE 100000 375000';

/** `hcplan call NAME ARG…`: one function through the same runner Excel uses. */
export function callCommand(words: readonly string[], json: boolean, io: CliIo): number {
  const [name, ...rawArgs] = words;
  const spec = name === undefined ? undefined : findFunction(name);
  if (!spec) {
    io.err(name === undefined ? `usage: ${CALL_USAGE}` : `unknown function ${name}; see hcplan list`);
    return EXIT.usage;
  }
  const required = spec.params.filter((param) => param.default === undefined).length;
  if (rawArgs.length < required || rawArgs.length > spec.params.length) {
    io.err(`usage: hcplan call ${signature(spec)}`);
    return EXIT.usage;
  }
  return printResult(runFunction(spec, rawArgs.map(parseArgument)), json, io.out);
}
