import { createHash } from 'node:crypto';
import stringify from 'safe-stable-stringify';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainFields {
  seq: number;
  at: Date;
  actorId: string | null;
  actorName: string;
  action: string;
  entity: string;
  entityId: string | null;
  payloadHash: string;
  prevHash: string;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Hash of a payload with keys sorted, so equal content always hashes alike. */
export function hashPayload(payload: unknown): string {
  return sha256(stringify(payload ?? null) ?? 'null');
}

/** An entry's own hash covers every field of it, including the previous entry's hash. */
export function hashEntry(fields: ChainFields): string {
  return sha256(
    [
      fields.seq,
      fields.at.toISOString(),
      fields.actorId ?? '',
      fields.actorName,
      fields.action,
      fields.entity,
      fields.entityId ?? '',
      fields.payloadHash,
      fields.prevHash,
    ].join('\u001f'),
  );
}

export const CHAIN_BREAKS = ['sequence_gap', 'previous_hash_mismatch', 'hash_mismatch'] as const;
export type ChainBreak = (typeof CHAIN_BREAKS)[number];

/** Why an entry does not continue the chain after `previous` (null at the start), or null when it does. */
export function checkLink(entry: ChainFields & { hash: string }, previous: { seq: number; hash: string } | null): ChainBreak | null {
  if (entry.seq !== (previous ? previous.seq + 1 : 1)) return 'sequence_gap';
  if (entry.prevHash !== (previous ? previous.hash : GENESIS_HASH)) return 'previous_hash_mismatch';
  if (hashEntry(entry) !== entry.hash) return 'hash_mismatch';
  return null;
}
