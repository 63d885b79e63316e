import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import type { AppConfig, Clock } from '@app/shared';
import { AppModule } from './app.module.js';
import { answerClientError, ErrorContractFilter } from './http/exception.filter.js';
import { refuseUnsafeInput, validationPipe } from './http/validation.js';

export const API_PREFIX = 'api/v1';
export const DOCS_PATH = 'api/docs';
const BODY_LIMIT = '1mb';

/** Builds the API exactly as `npm start` runs it; tests use the same function. */
export async function createApiApp(
  config: AppConfig,
  options: { clock?: Clock } = {},
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, options.clock), {
    rawBody: true, // Stripe webhook signatures are checked on the raw body.
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.useBodyParser('json', { limit: BODY_LIMIT });
  app.useBodyParser('urlencoded', { limit: BODY_LIMIT, extended: true });
  app.use(refuseUnsafeInput);
  // No upgrade-insecure-requests: the docs UI must load over plain HTTP on a LAN address too.
  app.use(helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } }));
  app.disable('x-powered-by');
  // Rate limits count per caller address: behind N proxies, the address N hops back in X-Forwarded-For.
  app.set('trust proxy', config.trustProxy);
  applyPrefix(app);
  app.useGlobalPipes(validationPipe);
  app.useGlobalFilters(new ErrorContractFilter());
  app.getHttpServer().on('clientError', answerClientError);
  app.enableShutdownHooks();
  setUpOpenApi(app);
  return app;
}

/** The global prefix, for the app and for an OpenAPI export made without one. */
export function applyPrefix(app: INestApplication): void {
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health'] });
}

/** The OpenAPI document of the app's routes (served at /api/docs-json; exported for the console's typed client). */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('SRDI Service Pool API')
      .setDescription(
        'The 专精特新 (SRDI) service-provider resource pool: providers, listings, orders, service vouchers, ratings and awards. ' +
          'Errors answer { statusCode, code, message, details? }.',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
}

function setUpOpenApi(app: INestApplication): void {
  SwaggerModule.setup(DOCS_PATH, app, openApiDocument(app), { jsonDocumentUrl: `${DOCS_PATH}-json` });
}
