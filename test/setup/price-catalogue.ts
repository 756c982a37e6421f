import { beforeAll } from '@jest/globals';
import { loadCatalogue } from '../../src/prices/catalogue';

// Node hosts preload the price catalogue (Excel loads it on demand): every suite may name a model.
beforeAll(() => loadCatalogue());
