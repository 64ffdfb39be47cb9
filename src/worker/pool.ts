import { join } from 'node:path';
import { Piscina } from 'piscina';
import { packageRoot } from '../paths.js';
import type { DocumentResult, DocumentTask } from '../process.js';

/** Worth starting workers only for a batch this large: each one first loads privnote (about 0.1 s). */
export const WORKER_THRESHOLD = 50;

/**
 * A document this large is compiled in the main thread: a worker's small heap (which keeps a large batch's memory
 * flat) would not hold it.
 */
export const WORKER_MAX_TEXT = 256 * 1024;

/**
 * Worker threads for a large batch (piscina: a crashed or out-of-memory worker rejects its task and is replaced).
 * The caller decides what to do with a rejected task; the pool never throws an unhandled error.
 */
export function workerPool(size: number) {
  const pool = new Piscina({
    // The compiled worker, also when this module runs from the TypeScript sources (tests).
    filename: join(packageRoot, 'dist', 'src', 'worker', 'worker.js'),
    minThreads: size,
    maxThreads: size,
    // A worker's heap holds one or two documents at a time: a small old generation makes it collect instead of grow.
    resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 },
  });
  return {
    run: (task: DocumentTask) => pool.run(task) as Promise<DocumentResult>,
    close: () => pool.destroy(),
  };
}
