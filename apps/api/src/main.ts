import 'reflect-metadata';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { resolveDatabase } from '@app/database';
import { IdentityService } from '@app/identity';
import { closeOnSignals, exitWithStartError, loadConfig } from '@app/shared';
import { createApiApp, DOCS_PATH } from './app.setup.js';
import { DemoDataService } from './demo/demo-data.service.js';

async function main(): Promise<void> {
  const database = await resolveDatabase(loadConfig());
  const { config } = database;
  // init() before any service is used: modules wire themselves to each other in onModuleInit.
  const app = await createApiApp(config)
    .then((created) => created.init())
    .catch(async (error: unknown) => {
      await database.stop();
      throw error;
    });
  closeOnSignals(async () => {
    await app.close();
    await database.stop();
  });

  const demoData = app.get(DemoDataService);
  // DEMO_DATA=true is refused in production (config); so is a database that already holds demo accounts.
  if (config.isProduction && (await demoData.anyLoaded())) {
    await app.close();
    await database.stop();
    throw new Error(
      'the database holds demo data, whose accounts have public passwords, and NODE_ENV=production refuses it: use a database without demo data',
    );
  }

  const banner: string[] = [];
  if (config.bootstrapAdmin) {
    const { email, password, isDevDefault } = config.bootstrapAdmin;
    const { created } = await app.get(IdentityService).ensureBureauAdmin({ email, password });
    banner.push(
      isDevDefault
        ? `Bureau admin: ${email} / ${password} (development default; set BOOTSTRAP_ADMIN_EMAIL and BOOTSTRAP_ADMIN_PASSWORD)`
        : `Bureau admin: ${email}${created ? ' (created now)' : ''}`,
    );
  }
  // Every demo login, listed from the same constants the demo data is made from.
  if (config.demoData) banner.push(...(await demoData.loadOnce()));

  await app.listen(config.port);
  const base = `http://localhost:${config.port}`;
  console.log(
    [
      '',
      `SRDI Service Pool API is listening on ${base}`,
      `  Console:   ${base}/   (the web console in Chinese${existsSync(path.join(config.webDir, 'index.html')) ? '' : `: not built, run npm run build:web`})`,
      `  API docs:  ${base}/${DOCS_PATH}   (OpenAPI JSON: ${base}/${DOCS_PATH}-json)`,
      `  Health:    ${base}/health`,
      `  Database:  ${database.description}`,
      `  Log in:    POST ${base}/api/v1/auth/login { "email", "password" }, then send "Authorization: Bearer <accessToken>"`,
      ...banner.map((line) => `  ${line}`),
      '',
    ].join('\n'),
  );
}

main().catch(exitWithStartError);
