import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { EXPORT_COLUMNS } from '../../domain/event.ts';
import { type AtomEntry, atomDate, renderAtom } from '../atom.ts';
import { toCsv } from '../csv.ts';
import { formatCount, formatDate } from '../pages/format.ts';
import { toFilters } from '../query.ts';
import type { ReadModel } from '../read-model.ts';
import { ErrorSchema, ExportQuery, ExportRowsSchema, MAX_EXPORT_ROWS, wire } from '../schemas.ts';

/** Entries in /feed.xml; readers poll it, so it stays small. */
export const FEED_ENTRIES = 50;

/** Bulk downloads (CSV, JSON) and the Atom feed. */
export const exportRoutes: FastifyPluginAsyncTypebox<{ model: ReadModel }> = async (app, { model }) => {
  app.get(
    '/api/export.csv',
    {
      schema: {
        tags: ['export'],
        summary: "Events as CSV in Layoffs.fyi's column order, then count_min, count_max, sources",
        querystring: ExportQuery,
        produces: ['text/csv'],
        response: { 200: Type.String({ description: 'CSV, RFC 4180, header line first' }), 400: ErrorSchema },
      },
    },
    async (request, reply) => {
      const rows = await model.exportRows(toFilters(request.query), request.query.sort, MAX_EXPORT_ROWS);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="layoffs.csv"')
        .send(toCsv(EXPORT_COLUMNS, rows));
    },
  );

  app.get(
    '/api/export.json',
    {
      schema: {
        tags: ['export'],
        summary: 'The CSV export as JSON rows',
        querystring: ExportQuery,
        response: { 200: ExportRowsSchema, 400: ErrorSchema },
      },
    },
    async (request) =>
      wire([...(await model.exportRows(toFilters(request.query), request.query.sort, MAX_EXPORT_ROWS))]),
  );

  app.get(
    '/feed.xml',
    {
      schema: {
        tags: ['export'],
        summary: 'Atom feed of new and updated events',
        produces: ['application/atom+xml'],
      },
    },
    async (request, reply) => {
      // Most recently reported first: an old event re-reported today is an update.
      const page = await model.listEvents({}, { limit: FEED_ENTRIES, sort: '-lastSeen' });
      const recent = page.items;
      const base = `${request.protocol}://${request.host}`;
      const fallback = new Date(0).toISOString();
      const entries: AtomEntry[] = recent.map((e) => ({
        id: `${base}/events/${e.id}`,
        title: `${e.company}${e.unit ? ` (${e.unit})` : ''}: ${formatCount(e.count)} employees, ${e.status}`,
        link: `${base}/events/${e.id}`,
        updated: atomDate(e.lastSeen ?? e.firstSeen ?? e.date.start, fallback),
        ...(e.firstSeen ? { published: atomDate(e.firstSeen, fallback) } : {}),
        summary: `${e.company}${e.unit ? `, ${e.unit}` : ''}: ${formatCount(e.count)} employees (${e.status}), ${formatDate(e.date)}. Reported by ${e.independentSources} source(s)${e.hasConflicts ? '; sources disagree' : ''}.`,
      }));
      const updated = entries[0]?.updated ?? fallback;
      return reply.type('application/atom+xml; charset=utf-8').send(
        renderAtom({
          id: `${base}/feed.xml`,
          title: 'Layoff Tracker: new and updated events',
          selfLink: `${base}/feed.xml`,
          alternateLink: `${base}/events`,
          updated,
          entries,
        }),
      );
    },
  );
};
