import type { Document, Protocol, Statement } from './input.js';
import type { Report } from './model.js';
import { protocolModel, type ProtocolModel } from './protocol.js';
import { statementModel, type StatementModel } from './statement.js';

export type NoticeModel = StatementModel | ProtocolModel;

/** Turns a schema-valid document into the model the templates render. */
export function buildModel(document: Document, report: Report): NoticeModel {
  return document.kind === 'protocol'
    ? protocolModel(document as Protocol)
    : statementModel(document as Statement, report);
}

export type { Document } from './input.js';
