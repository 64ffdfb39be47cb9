import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { packageRoot } from '../paths.js';
import type { DocumentResult, DocumentTask } from '../process.js';

/** Worth starting workers only for a batch this large: each one first loads privnote (about 0.1 s). */
export const WORKER_THRESHOLD = 50;

/**
 * A document this large is compiled in the main thread: a worker's small heap (which keeps a large batch's memory
 * flat) would not hold it. A notice of 660 KB fits in 64 MB (not in 32); a document a worker still cannot finish is
 * done again in the main thread.
 */
export const WORKER_MAX_TEXT = 1024 * 1024;

/** The bundled worker (scripts/bundle.mjs), also when this module runs from the TypeScript sources (tests). */
const WORKER_FILE = join(packageRoot, 'dist', 'worker.cjs');

/**
 * A worker's heap: one or two documents at a time, so a small old generation makes it collect instead of grow.
 * PRIVNOTE_WORKER_HEAP_MB changes it (a test knob: a tiny heap makes every worker run out of memory).
 */
const heapMb = () => {
  const value = Number(process.env.PRIVNOTE_WORKER_HEAP_MB);
  return Number.isInteger(value) && value > 0 ? value : 64;
};

export interface WorkerPool {
  /** Rejects when the worker could not do the task (it crashed, ran out of memory, or could not start). */
  run(task: DocumentTask): Promise<DocumentResult>;
  close(): Promise<void>;
}

/**
 * Worker threads for a large batch (piscina: a crashed or out-of-memory worker rejects its task and is replaced), or
 * undefined when there are no compiled workers (privnote run from its sources without a build). The caller decides
 * what to do with a rejected task; the pool never throws, and never emits an unhandled error.
 */
export function workerPool(size: number): WorkerPool | undefined {
  if (!existsSync(WORKER_FILE)) return undefined;
  // Loaded here, not with the module: a build too small for workers does not pay for piscina.
  const { Piscina } = createRequire(import.meta.url)('piscina') as typeof import('piscina');
  const pool = new Piscina({
    filename: WORKER_FILE,
    minThreads: size,
    maxThreads: size,
    resourceLimits: { maxOldGenerationSizeMb: heapMb(), maxYoungGenerationSizeMb: 8 },
  });
  // A worker that fails outside a task (it cannot load its code, say) is reported as an error of the pool: unheard, it
  // would end privnote, and the tasks waiting for that worker would wait forever. From then on every task is refused.
  const broken = new Promise<never>((_, reject) => pool.once('error', reject));
  broken.catch(() => {});
  pool.on('error', () => {});
  return {
    run: (task) => {
      const running = pool.run(task) as Promise<DocumentResult>;
      running.catch(() => {});
      return Promise.race([running, broken]);
    },
    close: () => pool.destroy().catch(() => {}),
  };
}
