import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyRequest,
  type FastifyServerOptions,
} from 'fastify';
import type { Store } from '../store/connect.ts';
import { ApiError, describeValidation, type ErrorCode, errorBody, type ValidationIssue } from './errors.ts';
import { errorPage } from './pages/layout.ts';
import { parseQueryString } from './query.ts';
import { InvalidCursorError, type ReadModel } from './read-model.ts';
import { apiRoutes } from './routes/api.ts';
import { exportRoutes } from './routes/export.ts';
import { pageRoutes } from './routes/pages.ts';
import { readModelFor } from './store-read.ts';

export interface AppOptions {
  readonly store: Store;
  /** Fastify's logger option: false (default, quiet tests), true, or pino options. */
  readonly logger?: FastifyServerOptions['logger'];
  /** How long the rendered home page is reused (ms); 0 renders it on every request. */
  readonly homeCacheMs?: number;
}

/** Home page freshness: new events appear on the overview within this time. */
export const DEFAULT_HOME_CACHE_MS = 30_000;

export const WEB_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'web');
const UPLOT_DIST = dirname(createRequire(import.meta.url).resolve('uplot'));

/**
 * Pages load scripts and styles only from this origin: even if some escaping were missed, an
 * injected inline <script> or onerror= handler would not run. No inline styles are needed
 * (uPlot sizes its canvas through the CSSOM, which style-src does not govern).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Dashboard routes answer errors with an HTML page instead of JSON. */
    page?: boolean;
  }
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  return buildAppWithModel(readModelFor(options.store), {
    logger: options.logger ?? false,
    homeCacheMs: options.homeCacheMs ?? DEFAULT_HOME_CACHE_MS,
  });
}

/** The app over any ReadModel; buildApp binds it to a store. */
export async function buildAppWithModel(
  model: ReadModel,
  {
    logger = false,
    homeCacheMs = DEFAULT_HOME_CACHE_MS,
  }: { logger?: FastifyServerOptions['logger']; homeCacheMs?: number } = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger,
    routerOptions: { querystringParser: parseQueryString, ignoreTrailingSlash: true },
    ajv: {
      customOptions: { coerceTypes: true, useDefaults: true, removeAdditional: true, allErrors: false },
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Layoff Tracker API',
        version: '0.1.0',
        description:
          'Layoff events built from news articles. Every count is a low–high range and every event lists the sentences that state it.',
      },
      tags: [
        { name: 'events', description: 'Merged layoff events and their sources' },
        { name: 'companies', description: 'Companies and their timelines' },
        { name: 'stats', description: 'Totals as ranges, and tracker claims quoted in the news' },
        { name: 'export', description: 'Bulk downloads' },
      ],
    },
  });

  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    return payload;
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const { status, code, message } = classify(error, request);
    if (status >= 500) request.log.error({ err: error }, 'unhandled error');
    if (request.routeOptions.config.page) {
      return reply.status(status).type('text/html; charset=utf-8').send(errorPage(status, message).value);
    }
    return reply.status(status).send(errorBody(code, message));
  });

  app.setNotFoundHandler((request, reply) => {
    const message = `no route for ${request.method} ${request.url.split('?')[0]}`;
    if (request.url.startsWith('/api/') || request.url.startsWith('/feed')) {
      return reply.status(404).send(errorBody('RouteNotFound', message));
    }
    return reply
      .status(404)
      .type('text/html; charset=utf-8')
      .send(errorPage(404, 'There is no page at this address.').value);
  });

  await app.register(fastifyStatic, { root: WEB_ROOT, prefix: '/static/', index: false, maxAge: '1h' });
  await app.register(fastifyStatic, {
    root: UPLOT_DIST,
    prefix: '/static/vendor/uplot/',
    decorateReply: false,
    index: false,
    maxAge: '1d',
    allowedPath: (path) => /^\/uPlot\.(iife\.min\.js|min\.css)$/.test(path),
  });

  await app.register(apiRoutes, { model });
  await app.register(exportRoutes, { model });
  await app.register(pageRoutes, { model, homeCacheMs });

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.ready();
  return app;
}

/** One place decides what a client is told: validation → 400 naming the parameter; ApiError as thrown; else 500. */
function classify(
  error: FastifyError,
  request: FastifyRequest,
): { status: number; code: ErrorCode; message: string } {
  if (error instanceof ApiError) return { status: error.status, code: error.code, message: error.message };
  if (error instanceof InvalidCursorError) {
    return {
      status: 400,
      code: 'InvalidCursor',
      message: 'query parameter "cursor" is not one this API issued; start from the first page',
    };
  }
  if (error.validation && error.validation.length > 0) {
    const issue = error.validation[0] as ValidationIssue;
    const part = error.validationContext;
    const input = part === 'querystring' ? request.query : part === 'params' ? request.params : undefined;
    return { status: 400, code: 'InvalidParameter', message: describeValidation(part, issue, input) };
  }
  // Fastify's own client errors (bad content type, malformed URL): say what Fastify said, as 400.
  if (
    typeof error.statusCode === 'number' &&
    error.statusCode >= 400 &&
    error.statusCode < 500 &&
    error.code?.startsWith('FST_')
  ) {
    return { status: 400, code: 'InvalidParameter', message: error.message };
  }
  return { status: 500, code: 'UnknownError', message: 'internal error; it has been logged' };
}
