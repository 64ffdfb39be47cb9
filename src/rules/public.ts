import type { Statement } from '../model/input.js';

/** A public body: said so with `publicBody`, or a controller of the public sector. */
export const isPublicBody = (statement: Statement | undefined): boolean =>
  Boolean(statement && (statement.publicBody || statement.controller.entities.some((entity) => entity.sector === 'publiek')));
