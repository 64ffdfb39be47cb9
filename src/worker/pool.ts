import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { packageRoot } from '../paths.js';
import type { DocumentResult, DocumentTask } from '../process.js';

/** Worth starting workers only for a batch this large: each one first loads privnote (about 0.1 s). */
export const WORKER_THRESHOLD = 50;

/** A fixed set of worker threads processing documents; `run` resolves with each document's result. */
export function workerPool(size: number) {
  // The compiled worker, also when this module runs from the TypeScript sources (tests).
  const script = join(packageRoot, 'dist', 'src', 'worker', 'worker.js');
  // A worker's heap holds one document at a time: a small old generation makes it collect instead of grow.
  const workers = Array.from({ length: size }, () => new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 8 } }));
  const pending = new Map<number, { resolve: (r: DocumentResult) => void; reject: (e: Error) => void }>();
  const load = new Map<Worker, number>(workers.map((w) => [w, 0]));
  let next = 0;
  for (const worker of workers) {
    worker.on('message', ({ id, result, error }: { id: number; result?: DocumentResult; error?: string }) => {
      load.set(worker, load.get(worker)! - 1);
      const job = pending.get(id)!;
      pending.delete(id);
      if (error) job.reject(new Error(error));
      else job.resolve(result!);
    });
  }
  return {
    run(task: DocumentTask): Promise<DocumentResult> {
      const id = next++;
      const worker = workers.reduce((a, b) => (load.get(b)! < load.get(a)! ? b : a));
      load.set(worker, load.get(worker)! + 1);
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, task });
      });
    },
    close: () => Promise.all(workers.map((w) => w.terminate())),
  };
}
