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
  // would end privnote, and the tasks waiting for that worker would wait forever. So the tasks running then are
  // refused, and every task from then on. (Not a race of each task against one promise of the failure: while that
  // promise is unsettled it would keep every task's result, and a large batch would grow without end.)
  let failure: { error: unknown } | undefined;
  const running = new Set<(error: unknown) => void>();
  pool.on('error', (error: unknown) => {
    failure ??= { error };
    for (const refuse of running) refuse(error);
    running.clear();
  });
  return {
    run: (task) => {
      if (failure) return Promise.reject(failure.error);
      return new Promise<DocumentResult>((resolve, reject) => {
        running.add(reject);
        (pool.run(task) as Promise<DocumentResult>).then(resolve, reject).finally(() => running.delete(reject));
      });
    },
    close: () => pool.destroy().catch(() => {}),
  };
}
