import type { ValueTransformer } from 'typeorm';

/**
 * Maps a `bigint` column of fen (分) to a JS number. Every amount this product handles
 * (at most a public budget) is far below 2^53; anything larger is refused, never rounded.
 */
export const fenTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => {
    if (value === null || value === undefined) return value;
    const n = Number(value);
    if (!Number.isSafeInteger(n)) throw new Error(`fen amount ${value} is outside the safe integer range`);
    return n;
  },
};
