import type { Statement } from '../model/input.js';
import { isPublicAuthority } from '../model/legal.js';

/** A public body: a controller of type `vlaamse-overheid` or `overheid`. */
export const isPublicBody = (statement: Statement | undefined): boolean =>
  Boolean(statement && statement.controller.entities.some(isPublicAuthority));
