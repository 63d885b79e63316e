import path from 'node:path';
import type { DynamicModule } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import type { Response } from 'express';

const ASSETS = `${path.sep}assets${path.sep}`;

/**
 * The web console (apps/web, built by Vite) on the API's port: hashed assets cached for a year,
 * `index.html` revalidated each time and answered for any other GET path (the console's routes),
 * but never for `/api`, `/health` or a missing asset (those answer 404 from the API).
 */
export function webConsoleModule(webDir: string): DynamicModule {
  return ServeStaticModule.forRoot({
    rootPath: webDir,
    exclude: ['/api/{*rest}', '/health', '/assets/{*rest}'],
    serveStaticOptions: {
      index: false,
      setHeaders: (res: Response, file: string) => {
        res.setHeader('Cache-Control', file.includes(ASSETS) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    },
  });
}
