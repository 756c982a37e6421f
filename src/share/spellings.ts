/**
 * How HC calls are spelled in formula text: as typed (`HC.TOKENSHARE`), as Excel saves add-in
 * functions in a file (`_xldudf_HC_TOKENSHARE`), and with an external-link prefix (`[1]!_xldudf_HC_…`).
 */
const HC_CALL = /^(?:\[\d+\]!)?(?:_xldudf_HC_|HC\.)([A-Z0-9_]+)$/i;

/** The HC function id a call name spells, or undefined for any other function. */
export function hcFunctionId(name: string): string | undefined {
  return HC_CALL.exec(name.trim())?.[1].toUpperCase();
}
