import type { NoticeModel } from '../../model/index.js';
import { launchBrowser } from './browser.js';
import { setMetadata } from './metadata.js';
import { printAll } from './pdf.js';

export interface PdfTarget {
  html: string;
  model: NoticeModel;
  path: string;
  /** The YAML file it comes from. */
  source: string;
}

/** Renders all PDFs of a build in one browser, writing each as soon as it is ready. */
export async function renderPdfs(
  targets: PdfTarget[],
  jobs: number,
  write: (target: PdfTarget, data: Uint8Array) => Promise<void>,
): Promise<void> {
  const { browser, close } = await launchBrowser();
  try {
    await printAll(browser, targets.map(({ html, model }) => ({ html, title: model.title })), jobs, async (index, pdf) => {
      const target = targets[index]!;
      if (pdf instanceof Error) throw new Error(`PDF for ${target.path}: ${pdf.message}`);
      await write(target, await setMetadata(pdf, target.model));
    });
  } finally {
    await close();
  }
}
