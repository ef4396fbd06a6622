import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { ApiError } from '../errors.ts';
import type { SafeHtml } from '../html.ts';
import { renderCompaniesPage, renderCompanyPage } from '../pages/company.ts';
import { renderEventPage } from '../pages/event.ts';
import { renderEventsPage } from '../pages/events.ts';
import { renderHome } from '../pages/home.ts';
import { renderMethodology } from '../pages/methodology.ts';
import { toFilters } from '../query.ts';
import type { ReadModel } from '../read-model.ts';
import {
  CompaniesQuery,
  CompanySlugParams,
  DEFAULT_PAGE_SIZE,
  EventIdParams,
  EventListQuery,
} from '../schemas.ts';

/** Page requests validate with the API's own schemas; errors render as HTML (config.page). */
const PAGE = { page: true } as const;

function send(reply: FastifyReply, page: SafeHtml): FastifyReply {
  return reply.type('text/html; charset=utf-8').send(page.value);
}

/**
 * A value recomputed at most once per `ttlMs`, with concurrent callers sharing one computation
 * (a burst of visitors on a cold cache runs the queries once, not once each). ttlMs 0 disables.
 * A failed computation is not kept.
 */
export function cachedFor<T>(ttlMs: number, load: () => Promise<T>): () => Promise<T> {
  if (ttlMs <= 0) return load;
  let entry: { value: Promise<T>; expires: number } | null = null;
  return () => {
    const now = Date.now();
    if (!entry || entry.expires <= now) {
      const value = load();
      const current = { value, expires: now + ttlMs };
      entry = current;
      value.catch(() => {
        if (entry === current) entry = null;
      });
    }
    return entry.value;
  };
}

/** The server-rendered dashboard. */
export const pageRoutes: FastifyPluginAsyncTypebox<{ model: ReadModel; homeCacheMs: number }> = async (
  app,
  { model, homeCacheMs },
) => {
  // The home page aggregates the whole database (three period totals, the monthly series, every
  // company, the claims' periods) and is the same for every visitor: on 100k events that is
  // seconds of queries (bench/api.bench.ts), so it is rendered at most once per homeCacheMs.
  const home = cachedFor(homeCacheMs, async () => (await renderHome(model)).value);
  app.get('/', { config: PAGE, schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/html; charset=utf-8').send(await home()),
  );

  app.get(
    '/events',
    { config: PAGE, schema: { hide: true, querystring: EventListQuery } },
    async (request, reply) => {
      const q = request.query;
      const page = await model.listEvents(toFilters(q), {
        limit: q.limit ?? DEFAULT_PAGE_SIZE,
        ...(q.cursor !== undefined && { cursor: q.cursor }),
        ...(q.sort !== undefined && { sort: q.sort }),
      });
      return send(reply, renderEventsPage(q, page));
    },
  );

  app.get(
    '/events/:id',
    { config: PAGE, schema: { hide: true, params: EventIdParams } },
    async (request, reply) => {
      const event = await model.getEvent(request.params.id);
      if (!event) throw new ApiError(404, 'EventNotFound', `There is no event number ${request.params.id}.`);
      const ids = [...new Set(event.sources.map((s) => s.articleId))];
      const texts = new Map(
        await Promise.all(ids.map(async (id) => [id, await model.articleText(id)] as const)),
      );
      return send(reply, renderEventPage(event, texts));
    },
  );

  app.get(
    '/companies',
    { config: PAGE, schema: { hide: true, querystring: CompaniesQuery } },
    async (request, reply) => {
      const { q, limit } = request.query;
      const companies = await model.listCompanies({ limit: limit ?? 500, ...(q !== undefined && { q }) });
      return send(reply, renderCompaniesPage(companies, q));
    },
  );

  app.get(
    '/companies/:slug',
    { config: PAGE, schema: { hide: true, params: CompanySlugParams } },
    async (request, reply) => {
      const company = await model.getCompany(request.params.slug);
      if (!company)
        throw new ApiError(404, 'CompanyNotFound', `There is no company "${request.params.slug}".`);
      let parent: { name: string; slug: string } | null = null;
      if (company.parentId !== null) {
        const all = await model.listCompanies({ limit: 10_000 });
        const found = all.find((c) => c.id === company.parentId);
        parent = found ? { name: found.name, slug: found.slug } : null;
      }
      return send(reply, renderCompanyPage(company, parent));
    },
  );

  app.get('/methodology', { config: PAGE, schema: { hide: true } }, async (_request, reply) =>
    send(reply, renderMethodology()),
  );
};
