// What a browser downloads for the console, from the production build (`npm run build:web` first):
// the JavaScript and CSS of the public pages (the entry and everything it imports statically), and
// each signed-in console's chunk, loaded only when a user of that audience signs in (routes.tsx).
// Sizes are exact, not sampled, so one run is the figure. Run: `npm run bench:console`.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeBenchmarkSection } from './benchmarks-file.js';

const DIST = 'apps/web/dist';
const assets = path.join(DIST, 'assets');

const read = (file: string) => readFileSync(path.join(assets, file));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** A chunk and every chunk it imports statically (what loading it costs). */
function closure(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = read(entry).toString('utf8');
  // Static imports only: `import … from "./x.js"` and `import "./x.js"`; `import("./x.js")` is lazy.
  for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w${},*\s]+from\s*)?["']\.\/([\w.-]+\.js)["']/g)) {
    closure(m[1], seen);
  }
  return seen;
}

function sizes(files: Iterable<string>): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const bytes = read(f);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
const entry = /src="\/assets\/([\w.-]+\.js)"/.exec(html)?.[1];
if (!entry) throw new Error(`No entry script in ${DIST}/index.html: run npm run build:web first`);
const css = [...html.matchAll(/href="\/assets\/([\w.-]+\.css)"/g)].map((m) => m[1]);
const publicFiles = closure(entry);
const publicJs = sizes(publicFiles);
const publicCss = sizes(css);

const files = readdirSync(assets);
const consoles = ['EnterpriseApp', 'ProviderApp', 'BureauApp'].map((name) => {
  const chunk = files.find((f) => f.startsWith(`${name}-`) && f.endsWith('.js'));
  if (!chunk) throw new Error(`No ${name} chunk in ${assets}`);
  const extra = [...closure(chunk)].filter((f) => !publicFiles.has(f));
  return { name, chunk, extra, ...sizes(extra) };
});
const bureauInPublic = [...publicFiles].some((f) => f.startsWith('BureauApp-'));

const rows = [
  `| public pages: JavaScript (the entry and its static imports: ${publicFiles.size} file${publicFiles.size > 1 ? 's' : ''}) | ${kb(publicJs.raw)} | **${kb(publicJs.gzip)}** |`,
  `| public pages: CSS | ${kb(publicCss.raw)} | ${kb(publicCss.gzip)} |`,
  ...consoles.map(
    (c) =>
      `| ${c.name} (added when a user of that console signs in: ${c.extra.length} file${c.extra.length > 1 ? 's' : ''}) | ${kb(c.raw)} | ${kb(c.gzip)} |`,
  ),
];
writeBenchmarkSection('console', [
  '## Console download size',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} from the production build (\`npm run build:web && npm run bench:console\`; sizes are exact, gzip level 9 as a server would send them). The bureau's pages are ${bureauInPublic ? '**in** the public download' : 'not in the public download'}: each signed-in console is a lazy chunk of its own (\`apps/web/src/routes.tsx\`).`,
  '',
  '| what | raw | gzip |',
  '|---|---|---|',
  ...rows,
  '',
]);
console.log(rows.join('\n'));
if (bureauInPublic) process.exitCode = 1;
