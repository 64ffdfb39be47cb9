import { relative, resolve, sep } from 'node:path';
import { UsageError } from './errors.js';
import { sha256 } from './hash.js';
import { msg } from './messages/message.js';

/** One of `count` parts of a build's inputs (`build --shard index/count`), for a CI matrix of as many runners. */
export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** Enough runners for any collection of notices. */
const MAX_SHARDS = 1000;

/** `2/5` as a shard; a usage error that says how to write one otherwise. */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
  if (!match || count < 1 || count > MAX_SHARDS || index < 1 || index > count) {
    throw new UsageError(msg('cli.shard', { value: text, max: MAX_SHARDS }));
  }
  return { index, count };
}

/**
 * Whether `file` belongs to `shard`: by a hash of its path relative to the working directory (with `/`), so every
 * runner of a matrix, each in its own checkout, splits the same inputs the same way, and adding a notice moves no other.
 */
export function inShard(file: string, { index, count }: Shard): boolean {
  const path = relative(process.cwd(), resolve(file)).split(sep).join('/');
  return (parseInt(sha256(path).slice(0, 8), 16) % count) + 1 === index;
}
