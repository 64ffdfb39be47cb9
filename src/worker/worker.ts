import { loadRenders, processDocument, type DocumentTask } from '../process.js';

/** A build worker (run by piscina): one document in, its diagnostics and text outputs out. */
export default async function work(task: DocumentTask) {
  return processDocument(task, await loadRenders(task.formats));
}
