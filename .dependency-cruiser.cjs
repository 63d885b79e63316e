/** Import boundaries (STYLE.md): libraries only through their index.ts, never importing apps. */
module.exports = {
  forbidden: [
    {
      name: 'lib-imports-app',
      severity: 'error',
      comment: 'Libraries never import apps.',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'lib-internals-from-another-lib',
      severity: 'error',
      comment: 'A context uses another only through its index.ts (import "@app/<lib>").',
      from: { path: '^libs/([^/]+)/' },
      to: { path: '^libs/', pathNot: ['^libs/$1/', '^libs/[^/]+/src/index\\.ts$'] },
    },
    {
      name: 'lib-internals-from-outside',
      severity: 'error',
      comment: 'Apps and tests use a library only through its index.ts (import "@app/<lib>").',
      from: { pathNot: '^libs/' },
      to: { path: '^libs/[^/]+/src/', pathNot: '^libs/[^/]+/src/index\\.ts$' },
    },
    {
      name: 'app-imports-other-app',
      severity: 'error',
      comment: 'An app does not import another app; shared code belongs in libs/.',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // The console's build output; its sources are checked (apps/web/src, resolved by its own tsconfig paths below).
    exclude: { path: ['^apps/web/dist/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.js', '.mjs', '.json'],
    },
  },
};
