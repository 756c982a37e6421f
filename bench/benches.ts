import { engineBench } from './engine';
import { functionsBench } from './functions';
import { panelBench } from './panel';
import { pricesBench } from './prices';
import type { Bench } from './row';
import { uncertaintyBench } from './uncertainty';
import { workforceBench } from './workforce';

/** Every bench module, in the order the table shows them. */
export const BENCHES: readonly Bench[] = [
  functionsBench,
  engineBench,
  pricesBench,
  workforceBench,
  uncertaintyBench,
  panelBench,
];
