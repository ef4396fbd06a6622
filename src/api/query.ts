import type { EventFilters } from '../domain/event.ts';
import type { EventFiltersQuery } from './schemas.ts';

/** The API's snake_case query → the store's filters; absent parameters stay absent. */
export function toFilters(q: EventFiltersQuery): EventFilters {
  return {
    ...(q.company !== undefined && { company: q.company }),
    ...(q.from !== undefined && { from: q.from }),
    ...(q.to !== undefined && { to: q.to }),
    ...(q.status !== undefined && { status: q.status }),
    ...(q.min_count !== undefined && { minCount: q.min_count }),
    ...(q.q !== undefined && { q: q.q }),
    ...(q.industry !== undefined && { industry: q.industry }),
    ...(q.country !== undefined && { country: q.country }),
  };
}

/** The filter parameters of a query, for links that keep them (CSV download, sort, next page). */
export function filterParams(q: EventFiltersQuery): Record<string, string | number | undefined> {
  return {
    q: q.q,
    company: q.company,
    from: q.from,
    to: q.to,
    status: q.status,
    industry: q.industry,
    country: q.country,
    min_count: q.min_count,
  };
}

/**
 * Query-string parser for the whole app: an empty value is an absent one. A GET form submits
 * every field, so `/events?company=&from=2024-01-01` means "from 2024-01-01", not "company ''"
 * (which would fail minLength) or "from ''" (not a date). A repeated key keeps its last value.
 */
export function parseQueryString(raw: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    const value = v.trim();
    if (value === '') delete out[k];
    else out[k] = value;
  }
  return out;
}
