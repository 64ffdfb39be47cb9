import type { NoticeModel } from '../../model/index.js';

export async function setMetadata(pdf: Uint8Array, _model: NoticeModel): Promise<Uint8Array> {
  return pdf;
}
