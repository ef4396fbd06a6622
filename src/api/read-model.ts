import type {
  CompanyDetail,
  CompanySummary,
  EventFilters,
  EventSummary,
  ExportRow,
  LayoffEvent,
  Page,
  PageRequest,
  Stats,
} from '../domain/event.ts';

/**
 * What the API and dashboard read, and nothing else: the store's read functions bound to one
 * store. Routes and pages depend on this interface, so they never see Kysely or rows, and
 * store-read.ts is the single place that knows the store's function names.
 */
export interface ReadModel {
  listEvents(filters: EventFilters, page: PageRequest): Promise<Page<EventSummary>>;
  getEvent(id: number): Promise<LayoffEvent | null>;
  listCompanies(options: { readonly q?: string; readonly limit: number }): Promise<readonly CompanySummary[]>;
  getCompany(slug: string): Promise<CompanyDetail | null>;
  getStats(range: { readonly from?: string; readonly to?: string }): Promise<Stats>;
  exportRows(filters: EventFilters, sort: PageRequest['sort'], limit: number): Promise<readonly ExportRow[]>;
  /** The stored text of an article, for showing evidence in its paragraph; null when unknown. */
  articleText(articleId: number): Promise<string | null>;
}

/** A cursor the store could not decode: the routes answer 400 InvalidCursor. */
export class InvalidCursorError extends Error {
  override readonly name = 'InvalidCursorError';
}
