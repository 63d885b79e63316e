/**
 * The console's typed API client is generated from the API's OpenAPI document:
 *   npm run web:api-types            writes apps/web/src/api/schema.d.ts
 * The document comes from the Nest app created with `preview: true` (routes and decorators only,
 * no database); test/web-api-types.e2e-spec.ts fails when the committed file is not current.
 */
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NestFactory } from '@nestjs/core';
import openapiTS, { astToString } from 'openapi-typescript';
import { AppModule } from '../apps/api/src/app.module.js';
import { applyPrefix, openApiDocument } from '../apps/api/src/app.setup.js';
import { loadConfig } from '../libs/shared/src/index.js';

export const API_TYPES_FILE = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../apps/web/src/api/schema.d.ts',
);

const HEADER = "// Generated from the API's OpenAPI document by `npm run web:api-types`: do not edit.\n\n";

/** The TypeScript declarations of the API's paths and schemas, as the console compiles against them. */
export async function generateApiTypes(): Promise<string> {
  const config = loadConfig({
    ...process.env,
    LOG_LEVEL: 'silent',
    DATABASE_URL: 'postgres://preview@localhost/preview',
  });
  const app = await NestFactory.create(AppModule.forRoot(config), {
    preview: true,
    logger: false,
    abortOnError: false,
  });
  try {
    applyPrefix(app);
    const document = openApiDocument(app);
    return HEADER + astToString(await openapiTS(document as never));
  } finally {
    await app.close();
  }
}

export function committedApiTypes(): string {
  return readFileSync(API_TYPES_FILE, 'utf8');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  writeFileSync(API_TYPES_FILE, await generateApiTypes());
  console.log(`Wrote ${path.relative(process.cwd(), API_TYPES_FILE)}`);
}
