import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const FILE = 'BENCHMARKS.md';
const HEADER =
  "# Benchmarks\n\nFigures measured on this project's reference machine; each section says how to reproduce it.\n\n";

/** Replaces (or appends) one benchmark's section of BENCHMARKS.md, between `<!-- name:start -->` and `<!-- name:end -->`. */
export function writeBenchmarkSection(name: string, lines: string[]): void {
  const [start, end] = [`<!-- ${name}:start -->`, `<!-- ${name}:end -->`];
  const section = [start, ...lines, end].join('\n');
  const current = existsSync(FILE) ? readFileSync(FILE, 'utf8') : HEADER;
  const at = current.indexOf(start);
  const stop = current.indexOf(end);
  const next =
    at >= 0 && stop > at
      ? current.slice(0, at) + section + current.slice(stop + end.length)
      : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(FILE, next);
  console.log(`Wrote the ${name} section of ${FILE}`);
}
