import { normalizeText } from './segment.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** Matched ranges of `terms` in `text`, merged, in order ([start, end) offsets into `text`). */
function matchRanges(text: string, terms: string[]): Array<[number, number]> {
  const folded = normalizeText(text);
  // Offsets are only valid when normalising kept every character in place.
  if (folded.length !== text.length || terms.length === 0) return [];
  const ranges: Array<[number, number]> = [];
  for (const term of terms) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + term.length)) {
      ranges.push([at, at + term.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

function mark(text: string, ranges: Array<[number, number]>, from: number, to: number): string {
  let out = '';
  let at = from;
  for (const [start, end] of ranges) {
    if (end <= from || start >= to) continue;
    const s = Math.max(start, from);
    const e = Math.min(end, to);
    out += escapeHtml(text.slice(at, s)) + '<em>' + escapeHtml(text.slice(s, e)) + '</em>';
    at = e;
  }
  return out + escapeHtml(text.slice(at, to));
}

/** The whole text, HTML-escaped, with every matched query word wrapped in `<em>`. */
export function highlightText(text: string, terms: string[]): string {
  return mark(text, matchRanges(text, terms), 0, text.length);
}

/**
 * A window of about `length` characters around the first match (or the start), HTML-escaped,
 * matches wrapped in `<em>`, `…` where text was cut.
 */
export function highlightSnippet(text: string, terms: string[], length = 120): string {
  const ranges = matchRanges(text, terms);
  const first = ranges[0]?.[0] ?? 0;
  const from = Math.max(0, Math.min(first - Math.floor(length / 4), text.length - length));
  const to = Math.min(text.length, from + length);
  return (from > 0 ? '…' : '') + mark(text, ranges, from, to) + (to < text.length ? '…' : '');
}
