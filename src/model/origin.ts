import type { Path } from '../load/source-map.js';
import type { Statement } from './input.js';

/**
 * Where a statement's data come from, as its sources say (AVG art. 13 or 14): a source with `dataSubject: true` makes
 * it an art. 13 notice, one with `dataSubject: false` an art. 14 notice; both can be true. A source written as plain
 * text says neither, and then `stated` is false: the rules ask instead of guessing from the words.
 */
export interface DataOrigin {
  /** Where a source obtained from the data subject is written. */
  fromSubject?: Path;
  /** Where a source that is not the data subject is written. */
  fromOthers?: Path;
  /** Some source says `dataSubject`. */
  stated: boolean;
}

export function dataOrigin(statement: Statement): DataOrigin {
  const origin: DataOrigin = { stated: false };
  statement.sources?.from?.forEach((source, index) => {
    if (typeof source === 'string' || source.dataSubject === undefined) return;
    origin.stated = true;
    const path = ['sources', 'from', index, 'dataSubject'];
    if (source.dataSubject) origin.fromSubject ??= path;
    else origin.fromOthers ??= path;
  });
  return origin;
}
