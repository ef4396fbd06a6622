import { findArticleById } from '../store/article.repository.ts';
import type { Store } from '../store/connect.ts';
import { dataVersion, versionedMemo } from '../store/data-version.ts';
import { getEvent, latestPublished, listEvents } from '../store/event.repository.ts';
import { exportRows, getCompany, getStats, listCompanies } from '../store/queries.ts';
import type { ReadModel } from './read-model.ts';

/** The one place that knows the store's read functions; everything else in src/api sees ReadModel. */
export function readModelFor(store: Store): ReadModel {
  const { db } = store;
  // Aggregates over every event are remembered until the data changes (one row read to check).
  const memo = versionedMemo(() => dataVersion(db));
  return {
    listEvents: (filters, page) => listEvents(db, filters, page),
    getEvent: (id) => getEvent(db, id),
    listCompanies: ({ q, limit }) =>
      memo(`companies|${q ?? ''}|${limit}`, () =>
        listCompanies(db, { limit, ...(q !== undefined && { q }) }),
      ),
    getCompany: (slug) => getCompany(db, slug),
    getStats: (range) => memo(`stats|${range.from ?? ''}|${range.to ?? ''}`, () => getStats(db, range)),
    // Sorted and cut in SQL, in the order the events table shows ("CSV of exactly what is shown").
    exportRows: (filters, sort, limit) =>
      exportRows(db, filters, { limit, ...(sort !== undefined && { sort }) }),
    articleText: async (id) => (await findArticleById(db, id))?.text ?? null,
    latestPublished: (today) => latestPublished(db, today),
  };
}
