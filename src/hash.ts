import { createHash } from 'node:crypto';

/** Hex SHA-256 of a text or bytes: the source hash in outputs, cache keys, template identity. */
export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');
