import type { EventSort, ExportRow } from '../domain/event.ts';
import { findArticleById } from '../store/article.repository.ts';
import type { Store } from '../store/connect.ts';
import { getEvent, listEvents } from '../store/event.repository.ts';
import { exportRows, getCompany, getStats, listCompanies } from '../store/queries.ts';
import type { ReadModel } from './read-model.ts';

/** The one place that knows the store's read functions; everything else in src/api sees ReadModel. */
export function readModelFor(store: Store): ReadModel {
  const { db } = store;
  return {
    listEvents: (filters, page) => listEvents(db, filters, page),
    getEvent: (id) => getEvent(db, id),
    listCompanies: async ({ q, limit }) =>
      (await listCompanies(db, q !== undefined ? { q } : {})).slice(0, limit),
    getCompany: (slug) => getCompany(db, slug),
    getStats: (range) => getStats(db, range),
    exportRows: async (filters, sort, limit) =>
      sortExportRows(await exportRows(db, filters), sort).slice(0, limit),
    articleText: async (id) => (await findArticleById(db, id))?.text ?? null,
  };
}

/**
 * The store exports newest first; a download from a table sorted another way should come in the
 * table's order ("CSV of exactly what is shown"). Rows carry the sort keys (date, count_min,
 * company), so this reorders without another query. Array.prototype.sort is stable: ties keep
 * the store's order.
 */
function sortExportRows(rows: readonly ExportRow[], sort: EventSort | undefined): readonly ExportRow[] {
  if (!sort || sort === '-date') return rows;
  const key = (r: ExportRow): string | number | null =>
    sort === 'company' ? r.company : sort === 'date' ? r.date : r.count_min;
  const dir = sort === '-count' ? -1 : 1;
  return [...rows].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka === kb) return 0;
    if (ka === null) return 1; // unknown values last, whichever the direction
    if (kb === null) return -1;
    return (
      (typeof ka === 'number' && typeof kb === 'number' ? ka - kb : String(ka).localeCompare(String(kb))) *
      dir
    );
  });
}
