import { XMLParser } from 'fast-xml-parser';
import { z } from 'zod';
import { SCENARIO_NAMESPACE } from '../taskpane/ports/workbook-port';
import { encodeXml } from '../xlsx/xml-text';
import { STORE_VERSION, StoreSchema, type ScenarioStore } from './schema';

/**
 * What the workbook holds: no store yet, a store the panel can use, or one it must leave alone
 * (corrupt, or written by a newer version) — reported with the reason and never overwritten.
 */
export type StoreState =
  | { kind: 'empty' }
  | { kind: 'ok'; store: ScenarioStore }
  | { kind: 'corrupt'; reason: string }
  | { kind: 'newer'; version: number };

const ROOT = 'hcScenarios';

/**
 * The store as a custom XML part: a versioned root element in the planner's namespace whose text is
 * the scenarios as JSON. JSON keeps the zod schema the single description of the format; the XML
 * wrapper is what Excel's custom XML parts require, and its `version` attribute can be read even
 * when a newer version changes everything inside.
 */
export function storeToXml(store: ScenarioStore): string {
  const json = JSON.stringify(StoreSchema.parse(store));
  return `<?xml version="1.0" encoding="UTF-8"?><${ROOT} xmlns="${SCENARIO_NAMESPACE}" version="${store.version}">${encodeXml(json)}</${ROOT}>`;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
});

/** Reads a store part; never throws: a part the panel cannot use comes back with the reason. */
export function storeFromXml(xml: string | undefined): StoreState {
  if (xml === undefined) return { kind: 'empty' };
  let document: Record<string, unknown>;
  try {
    document = parser.parse(xml, true) as Record<string, unknown>;
  } catch (error) {
    return { kind: 'corrupt', reason: `the scenario store is not well-formed XML (${(error as Error).message})` };
  }
  const root = document[ROOT] as Record<string, unknown> | undefined;
  if (!root || typeof root !== 'object')
    return { kind: 'corrupt', reason: `the scenario store has no <${ROOT}> element` };
  const version = Number(root['@version']);
  if (!Number.isInteger(version) || version < 1) {
    return {
      kind: 'corrupt',
      reason: `the scenario store's version "${String(root['@version'])}" is not a whole number ≥ 1`,
    };
  }
  if (version > STORE_VERSION) return { kind: 'newer', version };
  let json: unknown;
  try {
    json = JSON.parse(String(root['#text'] ?? ''));
  } catch (error) {
    return { kind: 'corrupt', reason: `the scenario store's content is not valid JSON (${(error as Error).message})` };
  }
  const parsed = StoreSchema.safeParse(json);
  if (!parsed.success)
    return {
      kind: 'corrupt',
      reason: `the scenario store does not match version ${STORE_VERSION}: ${z.prettifyError(parsed.error)}`,
    };
  return { kind: 'ok', store: parsed.data };
}

/** A sentence for the panel about a store it cannot use. */
export function describeUnusableStore(state: StoreState): string | undefined {
  if (state.kind === 'corrupt')
    return `Saved scenarios cannot be read: ${state.reason}. They are kept untouched in the workbook; saving scenarios is off.`;
  if (state.kind === 'newer') {
    return `Saved scenarios were written by a newer HC Planner (store version ${state.version}; this one reads version ${STORE_VERSION}). They are kept untouched; update the add-in to use them.`;
  }
  return undefined;
}
