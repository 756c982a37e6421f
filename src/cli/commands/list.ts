import { FUNCTIONS, signature } from '../../registry';
import { CliIo, EXIT } from '../io';

const firstSentence = (text: string): string => /^.*?\.(\s|$)/.exec(text)?.[0].trim() ?? text;

/** `hcplan list`: every function with its signature and one line of description. */
export function listCommand(json: boolean, io: CliIo): number {
  if (json) {
    io.out(
      JSON.stringify(
        FUNCTIONS.map((spec) => ({ id: spec.id, signature: signature(spec), description: spec.description })),
      ),
    );
  } else {
    for (const spec of FUNCTIONS) io.out(`${signature(spec)}\n    ${firstSentence(spec.description)}`);
  }
  return EXIT.ok;
}
