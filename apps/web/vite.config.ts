import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The console: built to apps/web/dist, served by the API on its own port (ServeStaticModule). */
export default defineConfig({
  plugins: [react()],
  resolve: {
    // Pure rules shared with the API (no imports of their own): the console checks as the API does.
    alias: { '@rules': fileURLToPath(new URL('../../libs/shared/src', import.meta.url)) },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: { '/api': 'http://localhost:3000', '/health': 'http://localhost:3000' },
  },
});
