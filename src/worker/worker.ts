import { parentPort } from 'node:worker_threads';
import { processDocument, type DocumentTask } from '../process.js';

/** A build worker: processes the documents it is sent, one message each, and answers with the result. */
parentPort!.on('message', ({ id, task }: { id: number; task: DocumentTask }) => {
  try {
    parentPort!.postMessage({ id, result: processDocument(task) });
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).message });
  }
});
