import {
  type CompanyDetail,
  type CompanySummary,
  type EventFilters,
  type EventSummary,
  type ExportRow,
  InvalidCursorError,
  type LayoffEvent,
  type Page,
  type PageRequest,
  type Stats,
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
  /**
   * The newest publication date of a source up to `today` (else the newest event date up to
   * today; null when there are no events): the day the home page's windows count back from.
   */
  latestPublished(today: string): Promise<string | null>;
}

/** A cursor the store cannot use (thrown by listEvents): the routes answer 400 InvalidCursor. */
export { InvalidCursorError };
