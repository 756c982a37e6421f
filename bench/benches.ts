import { functionsBench } from './functions';
import type { Bench } from './row';

/** Every bench module, in the order the table shows them. */
export const BENCHES: readonly Bench[] = [functionsBench];
