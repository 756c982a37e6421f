import { join } from 'path';
import { Worker } from 'worker_threads';
import { nodeWorkerPort, WorkerPort } from '../../../src/uncertainty/worker-port';

/**
 * Starts the REAL uncertainty worker (src/uncertainty/node-worker.ts) in a worker_threads Worker. Jest's
 * TypeScript transform does not reach inside a worker, so the worker compiles its .ts modules itself
 * with TypeScript's transpileModule, as ts-jest would.
 */
const BOOTSTRAP = `
const fs = require('fs');
const { workerData } = require('worker_threads');
const ts = require(workerData.typescript);
require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
  });
  module._compile(outputText, filename);
};
require(workerData.entry);
`;

export const WORKER_ENTRY = join(__dirname, '..', '..', '..', 'src', 'uncertainty', 'node-worker.ts');

export function spawnUncertaintyWorker(): WorkerPort {
  return nodeWorkerPort(
    new Worker(BOOTSTRAP, {
      eval: true,
      workerData: { entry: WORKER_ENTRY, typescript: require.resolve('typescript') },
    }),
  );
}

/** A worker that dies while loading, as a broken bundle would. */
export function spawnBrokenWorker(): WorkerPort {
  return nodeWorkerPort(new Worker('throw new Error("the bundle is broken")', { eval: true }));
}
