import { type Static, Type } from 'typebox';
import type {
  CompanyDetail,
  CompanySummary,
  EventSummary as DomainEventSummary,
  Stats as DomainStats,
  EventSort,
  ExportRow,
  LayoffEvent,
} from '../domain/event.ts';
import { EXPORT_COLUMNS } from '../domain/event.ts';

type ExportColumn = keyof ExportRow;

import type { Status } from '../domain/mention.ts';

/*
 * One TypeBox schema per request and response shape: Fastify validates requests with them,
 * serializes responses with them, and @fastify/swagger turns them into /api/openapi.json. The
 * type assertions at the bottom fail the build when a domain type drifts from its schema.
 */

/** Page sizes above this are refused (?limit=100000 → 400) rather than silently capped. */
export const MAX_PAGE_SIZE = 500;
export const DEFAULT_PAGE_SIZE = 50;
/** An export is one response; larger selections page through /api/events instead. */
export const MAX_EXPORT_ROWS = 100_000;

const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Day = Type.String({ format: 'date', description: 'A day, YYYY-MM-DD', examples: ['2024-04-03'] });
const NullableDay = nullable(Type.String({ description: 'YYYY-MM-DD' }));

const STATUS_VALUES = ['announced', 'planned', 'completed', 'rumored'] as const satisfies readonly Status[];
export const StatusSchema = Type.Enum([...STATUS_VALUES], {
  description: 'announced, planned, completed or rumored',
});
const SORT_VALUES = ['-date', 'date', '-count', 'count', 'company'] as const satisfies readonly EventSort[];
export const EventSortSchema = Type.Enum([...SORT_VALUES], {
  description:
    "Order: '-date' newest first (default), 'date', '-count' largest first, 'count', 'company' A–Z",
});

export const EventFiltersQuery = Type.Object({
  company: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 200,
      description: 'Company slug, name or alias; includes its units',
    }),
  ),
  from: Type.Optional({ ...Day, description: 'Events whose date range ends on or after this day' }),
  to: Type.Optional({ ...Day, description: 'Events whose date range starts on or before this day' }),
  industry: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  country: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  status: Type.Optional(StatusSchema),
  min_count: Type.Optional(
    Type.Integer({ minimum: 0, maximum: 10_000_000, description: 'Events whose low count is at least this' }),
  ),
  q: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 200,
      description: 'Full text over company, unit, reason and quotes',
    }),
  ),
});
export type EventFiltersQuery = Static<typeof EventFiltersQuery>;

export const EventListQuery = Type.Object({
  ...EventFiltersQuery.properties,
  sort: Type.Optional(EventSortSchema),
  cursor: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 500,
      pattern: '^[A-Za-z0-9_-]+$',
      description: 'nextCursor of the previous page',
    }),
  ),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })),
});
export type EventListQuery = Static<typeof EventListQuery>;

export const ExportQuery = Type.Object({
  ...EventFiltersQuery.properties,
  sort: Type.Optional(EventSortSchema),
});
export type ExportQuery = Static<typeof ExportQuery>;

export const StatsQuery = Type.Object({
  from: Type.Optional(Day),
  to: Type.Optional(Day),
});
export type StatsQuery = Static<typeof StatsQuery>;

export const EventIdParams = Type.Object({
  id: Type.Integer({ minimum: 1, description: 'Event id' }),
});
export const CompanySlugParams = Type.Object({
  slug: Type.String({
    minLength: 1,
    maxLength: 200,
    pattern: '^[a-z0-9][a-z0-9-]*$',
    description: 'Company slug',
  }),
});

export const CompaniesQuery = Type.Object({
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Part of the company name' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 100 })),
});
export type CompaniesQuery = Static<typeof CompaniesQuery>;

const SpanSchema = Type.Object({ start: Type.Integer(), end: Type.Integer(), text: Type.String() });
const CountRangeSchema = Type.Object({ min: nullable(Type.Number()), max: nullable(Type.Number()) });
const EventDateSchema = Type.Object({ start: NullableDay, end: NullableDay });
const ProvenanceValues = Type.Array(
  Type.Object({ value: Type.String(), mentionIds: Type.Array(Type.Integer()) }),
);
const EventFieldSchema = Type.Enum(['count', 'date', 'status', 'unit', 'reason', 'percent']);

export const EventSummarySchema = Type.Object({
  id: Type.Integer(),
  company: Type.String(),
  companySlug: Type.String(),
  unit: nullable(Type.String()),
  count: CountRangeSchema,
  percent: nullable(Type.Number()),
  date: EventDateSchema,
  status: StatusSchema,
  reason: nullable(Type.String()),
  industry: nullable(Type.String()),
  country: nullable(Type.String()),
  parentEventId: nullable(Type.Integer()),
  independentSources: Type.Integer(),
  copies: Type.Integer(),
  outlets: Type.Array(Type.String()),
  hasConflicts: Type.Boolean(),
  firstSeen: NullableDay,
  lastSeen: NullableDay,
});

const EventSourceSchema = Type.Object({
  mentionId: Type.Integer(),
  articleId: Type.Integer(),
  file: nullable(Type.String()),
  title: nullable(Type.String()),
  outlet: nullable(Type.String()),
  url: nullable(Type.String()),
  published: NullableDay,
  publishedBasis: nullable(Type.String()),
  duplicateOf: nullable(Type.Integer()),
  company: Type.String(),
  unit: nullable(Type.String()),
  count: nullable(
    Type.Object({
      min: nullable(Type.Number()),
      max: nullable(Type.Number()),
      approx: Type.Boolean(),
      derived: Type.Boolean(),
      text: Type.String(),
    }),
  ),
  percent: nullable(Type.Number()),
  date: nullable(
    Type.Object({ start: NullableDay, end: NullableDay, text: Type.String(), basis: Type.String() }),
  ),
  status: StatusSchema,
  evidence: SpanSchema,
  fieldSpans: Type.Record(Type.String(), SpanSchema),
  rule: Type.String(),
});

export const EventDetailSchema = Type.Object({
  ...EventSummarySchema.properties,
  departments: Type.Array(Type.String()),
  locations: Type.Array(Type.String()),
  severance: nullable(Type.String()),
  sources: Type.Array(EventSourceSchema),
  provenance: Type.Array(
    Type.Object({ field: EventFieldSchema, values: ProvenanceValues, how: Type.String() }),
  ),
  conflicts: Type.Array(
    Type.Object({ field: EventFieldSchema, values: ProvenanceValues, note: Type.String() }),
  ),
  subEvents: Type.Array(EventSummarySchema),
  corrections: Type.Array(
    Type.Object({
      id: Type.Integer(),
      kind: Type.Enum(['merge', 'split', 'override']),
      companyKey: Type.String(),
      mentionKeys: Type.Array(Type.String()),
      field: nullable(Type.String()),
      value: Type.Unknown(),
      reason: Type.String(),
      createdAt: Type.String(),
    }),
  ),
});

export const EventPageSchema = Type.Object({
  items: Type.Array(EventSummarySchema),
  nextCursor: nullable(Type.String()),
  total: Type.Integer(),
});

const EmployeeTotalSchema = Type.Object({
  low: Type.Number(),
  high: Type.Number(),
  openEnded: Type.Integer({ description: 'Events with no upper bound ("more than 4,000")' }),
  unknown: Type.Integer({ description: 'Events with no count at all' }),
});

const CompanySchema = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  slug: Type.String(),
  parentId: nullable(Type.Integer()),
  industry: nullable(Type.String()),
  country: nullable(Type.String()),
});

export const CompanySummarySchema = Type.Object({
  ...CompanySchema.properties,
  events: Type.Integer(),
  employees: EmployeeTotalSchema,
  lastEventDate: NullableDay,
});

export const CompanyListSchema = Type.Object({ items: Type.Array(CompanySummarySchema) });

export const CompanyDetailSchema = Type.Object({
  ...CompanySchema.properties,
  aliases: Type.Array(Type.String()),
  units: Type.Array(CompanySchema),
  timeline: Type.Array(EventSummarySchema),
  employees: EmployeeTotalSchema,
});

const breakdownTotals = { events: Type.Integer(), low: Type.Number(), high: Type.Number() };
const TrackerClaimSchema = Type.Object({
  id: Type.Integer(),
  articleId: Type.Integer(),
  source: nullable(Type.String()),
  companies: nullable(Type.Integer()),
  employees: nullable(CountRangeSchema),
  period: nullable(Type.Object({ start: NullableDay, end: NullableDay, text: Type.String() })),
  asOf: NullableDay,
  evidence: SpanSchema,
  articleTitle: nullable(Type.String()),
  outlet: nullable(Type.String()),
});

export const StatsSchema = Type.Object({
  from: NullableDay,
  to: NullableDay,
  companies: Type.Integer(),
  events: Type.Integer(),
  employees: EmployeeTotalSchema,
  byMonth: Type.Array(Type.Object({ month: Type.String({ description: 'YYYY-MM' }), ...breakdownTotals })),
  byIndustry: Type.Array(Type.Object({ industry: nullable(Type.String()), ...breakdownTotals })),
  byCountry: Type.Array(Type.Object({ country: nullable(Type.String()), ...breakdownTotals })),
  trackerClaims: Type.Array(TrackerClaimSchema),
});

export const ErrorSchema = Type.Object({
  error: Type.Object({
    code: Type.String({ description: 'A code from the closed ErrorCode union (src/api/errors.ts)' }),
    message: Type.String({ description: 'Which parameter and why' }),
  }),
});

/*
 * Compile-time drift checks: a domain value must be assignable to what its schema describes.
 * `Assignable<LayoffEvent, ...>` resolves to `true` only then; otherwise the const below errs.
 */
type Assignable<A, B> = [A] extends [B] ? true : false;
type Mutable<T> = T extends readonly (infer U)[]
  ? Mutable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Mutable<T[K]> }
    : T;

/**
 * Domain values are deeply readonly; TypeBox's Static types are mutable. Serialising never
 * mutates, so handing a readonly value to a route typed by its schema is sound; the drift
 * checks below make sure the shapes agree.
 */
export function wire<T>(value: T): Mutable<T> {
  return value as Mutable<T>;
}
export const SCHEMA_MATCHES_DOMAIN: [
  Assignable<Mutable<DomainEventSummary>, Static<typeof EventSummarySchema>>,
  Assignable<Mutable<LayoffEvent>, Static<typeof EventDetailSchema>>,
  Assignable<Mutable<CompanySummary>, Static<typeof CompanySummarySchema>>,
  Assignable<Mutable<CompanyDetail>, Static<typeof CompanyDetailSchema>>,
  Assignable<Mutable<DomainStats>, Static<typeof StatsSchema>>,
] = [true, true, true, true, true];

const ExportCell = Type.Union([Type.String(), Type.Number(), Type.Null()]);
/** /api/export.json: the CSV's rows as objects, same column names (Layoffs.fyi's, then ours). */
export const ExportRowsSchema = Type.Array(
  Type.Object(
    Object.fromEntries(EXPORT_COLUMNS.map((c) => [c, ExportCell])) as Record<ExportColumn, typeof ExportCell>,
  ),
);
