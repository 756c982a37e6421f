import { z } from 'zod';
import { DEFAULT_INPUTS, FIELDS, type PlannerInputs } from '../taskpane/planner/inputs';
import { checkField } from '../taskpane/planner/validation';

// Both pages' Content-Security-Policy forbid eval: without jitless, zod probes `new Function` and the
// browser reports a securitypolicyviolation even though zod catches the error.
z.config({ jitless: true });

/** The store format this code writes. A store with a higher version is left untouched. */
export const STORE_VERSION = 1;

/**
 * A saved input: a number inside its field's domain. A field missing from an older scenario takes
 * today's default, so adding an input later does not invalidate saved scenarios.
 */
const inputShape = Object.fromEntries(
  FIELDS.map((field) => [
    field.key,
    z
      .number()
      .superRefine((value, context) => {
        const check = checkField(field, String(value));
        if (!check.ok) context.addIssue({ code: 'custom', message: check.reason });
      })
      .default(DEFAULT_INPUTS[field.key]),
  ]),
);

export const InputsSchema = z.object({
  ...inputShape,
  usageProfile: z.enum(['writer', 'engineer', 'swarm', 'custom']).default('custom'),
}) as unknown as z.ZodType<PlannerInputs>;

export const ScenarioSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1, 'a scenario needs a name').max(100),
  savedAt: z.string(),
  inputs: InputsSchema,
});

export const StoreSchema = z.object({
  version: z.literal(STORE_VERSION),
  scenarios: z.array(ScenarioSchema),
});

export type Scenario = z.infer<typeof ScenarioSchema>;
export type ScenarioStore = z.infer<typeof StoreSchema>;
