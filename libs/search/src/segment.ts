import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

// One segmenter per process: loading the dictionary takes ~100 ms.
let jieba: Jieba | undefined;
const segmenter = (): Jieba => (jieba ??= Jieba.withDict(dict));

const WORD = /^[\p{L}\p{N}]+$/u;
const LATIN_ALNUM = /^[a-z0-9]+$/;
const RUNS = /[a-z]+|[0-9]+/g;

/** Query words too common to mean anything on their own (the, and, how…); documents keep them. */
const QUERY_STOPWORDS = new Set(
  '的 了 和 与 及 或 在 是 等 对 为 把 有 个 我 我们 你 您 请 吗 呢 啊 吧 一下 如何 怎么 怎样 什么 哪些 哪里 哪个 想 要 找 帮 给'.split(
    ' ',
  ),
);

/** At most this many distinct query words are used (each costs one index probe per candidate). */
export const MAX_QUERY_TERMS = 12;

/** Full-width to half-width, lower case: ＩＳＯ９００１ and iso9001 are one word. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

function words(text: string): string[] {
  const out: string[] = [];
  for (const token of segmenter().cutForSearch(normalizeText(text), true)) {
    if (!WORD.test(token)) continue;
    out.push(token);
    // ISO9001 is also found by ISO and by 9001.
    if (LATIN_ALNUM.test(token)) {
      const runs = token.match(RUNS) ?? [];
      if (runs.length > 1) out.push(...runs);
    }
  }
  return out;
}

/**
 * Words of a document field, space-separated, for `to_tsvector('simple', …)`. jieba's search mode
 * emits a compound and its parts (知识产权 -> 知识, 产权, 知识产权), so 专利 finds 专利申请.
 */
export function segmentDocument(text: string): string {
  return words(text).join(' ');
}

/** Distinct words of a query, in order, without stop words; empty when nothing searchable is left. */
export function segmentQuery(query: string): string[] {
  const seen = new Set<string>();
  for (const word of words(query)) {
    if (QUERY_STOPWORDS.has(word)) continue;
    seen.add(word);
    if (seen.size === MAX_QUERY_TERMS) break;
  }
  return [...seen];
}
