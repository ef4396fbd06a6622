import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ApiError } from '../errors.ts';
import { toFilters } from '../query.ts';
import type { ReadModel } from '../read-model.ts';
import {
  CompaniesQuery,
  CompanyDetailSchema,
  CompanyListSchema,
  CompanySlugParams,
  DEFAULT_PAGE_SIZE,
  ErrorSchema,
  EventDetailSchema,
  EventIdParams,
  EventListQuery,
  EventPageSchema,
  StatsQuery,
  StatsSchema,
  wire,
} from '../schemas.ts';

/** The JSON API: events, companies and stats. Handlers are thin: validate (by schema), read, answer. */
export const apiRoutes: FastifyPluginAsyncTypebox<{ model: ReadModel }> = async (app, { model }) => {
  app.get(
    '/api/events',
    {
      schema: {
        tags: ['events'],
        summary: 'List events, filtered and sorted, one page at a time',
        querystring: EventListQuery,
        response: { 200: EventPageSchema, 400: ErrorSchema },
      },
    },
    async (request) => {
      const q = request.query;
      const page = await model.listEvents(toFilters(q), {
        limit: q.limit ?? DEFAULT_PAGE_SIZE,
        ...(q.cursor !== undefined && { cursor: q.cursor }),
        ...(q.sort !== undefined && { sort: q.sort }),
      });
      return wire(page);
    },
  );

  app.get(
    '/api/events/:id',
    {
      schema: {
        tags: ['events'],
        summary:
          'One event with its sources, quotes, per-field provenance, conflicts, sub-events and corrections',
        params: EventIdParams,
        response: { 200: EventDetailSchema, 400: ErrorSchema, 404: ErrorSchema },
      },
    },
    async (request) => {
      const event = await model.getEvent(request.params.id);
      if (!event) throw new ApiError(404, 'EventNotFound', `no event with id ${request.params.id}`);
      return wire(event);
    },
  );

  app.get(
    '/api/companies',
    {
      schema: {
        tags: ['companies'],
        summary: 'Companies with their event counts and employee totals',
        querystring: CompaniesQuery,
        response: { 200: CompanyListSchema, 400: ErrorSchema },
      },
    },
    async (request) => {
      const { q, limit } = request.query;
      const items = await model.listCompanies({ limit: limit ?? 100, ...(q !== undefined && { q }) });
      return { items: wire([...items]) };
    },
  );

  app.get(
    '/api/companies/:slug',
    {
      schema: {
        tags: ['companies'],
        summary: 'A company, its units and its timeline of events',
        params: CompanySlugParams,
        response: { 200: CompanyDetailSchema, 400: ErrorSchema, 404: ErrorSchema },
      },
    },
    async (request) => {
      const company = await model.getCompany(request.params.slug);
      if (!company)
        throw new ApiError(404, 'CompanyNotFound', `no company with slug "${request.params.slug}"`);
      return wire(company);
    },
  );

  app.get(
    '/api/stats',
    {
      schema: {
        tags: ['stats'],
        summary:
          'Totals for a period as low–high ranges, by month, industry and country, with tracker claims',
        querystring: StatsQuery,
        response: { 200: StatsSchema, 400: ErrorSchema },
      },
    },
    async (request) => {
      const { from, to } = request.query;
      if (from && to && from > to) {
        throw new ApiError(400, 'InvalidParameter', `query parameter "from" (${from}) is after "to" (${to})`);
      }
      return wire(
        await model.getStats({ ...(from !== undefined && { from }), ...(to !== undefined && { to }) }),
      );
    },
  );
};
