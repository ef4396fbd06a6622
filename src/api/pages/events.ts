import type { EventSort, EventSummary, Page } from '../../domain/event.ts';
import { STATUSES } from '../../domain/mention.ts';
import { hrefWithQuery, html, type SafeHtml } from '../html.ts';
import { filterParams } from '../query.ts';
import { DEFAULT_PAGE_SIZE, type EventListQuery } from '../schemas.ts';
import { eventRow } from './components.ts';
import { plural } from './format.ts';
import { layout } from './layout.ts';

interface SortableColumn {
  readonly label: string;
  /** The sort a first click asks for; a second click on a sorted column reverses it. */
  readonly asc: EventSort | null;
  readonly desc: EventSort | null;
  readonly first: 'asc' | 'desc';
  readonly className?: string;
}

const COLUMNS: readonly SortableColumn[] = [
  { label: 'Date', asc: 'date', desc: '-date', first: 'desc' },
  { label: 'Company', asc: 'company', desc: null, first: 'asc' },
  { label: 'Unit', asc: null, desc: null, first: 'asc' },
  { label: 'Employees', asc: 'count', desc: '-count', first: 'desc', className: 'num' },
  { label: 'Status', asc: null, desc: null, first: 'asc' },
  { label: 'Sources', asc: null, desc: null, first: 'asc', className: 'num' },
];

export function renderEventsPage(query: EventListQuery, page: Page<EventSummary>): SafeHtml {
  // The schema fills in the default page size; links leave it out to stay short.
  const limit = query.limit === DEFAULT_PAGE_SIZE ? undefined : query.limit;
  const sort: EventSort = query.sort ?? '-date';
  const params = filterParams(query);
  const csv = hrefWithQuery('/api/export.csv', { ...params, sort: query.sort });
  const json = hrefWithQuery('/api/export.json', { ...params, sort: query.sort });
  const filtered = Object.values(params).some((v) => v !== undefined);
  const body = html`<h1>Events</h1>
<form class="filters" method="get" action="/events" role="search" aria-label="Filter events">
  <div class="field field-wide"><label for="f-q">Search quotes and names</label>
    <input id="f-q" name="q" type="search" value="${query.q ?? ''}" placeholder="e.g. AWS sales"></div>
  <div class="field"><label for="f-company">Company</label>
    <input id="f-company" name="company" value="${query.company ?? ''}" placeholder="e.g. amazon"></div>
  <div class="field"><label for="f-from">From</label>
    <input id="f-from" name="from" type="date" value="${query.from ?? ''}"></div>
  <div class="field"><label for="f-to">To</label>
    <input id="f-to" name="to" type="date" value="${query.to ?? ''}"></div>
  <div class="field"><label for="f-status">Status</label>
    <select id="f-status" name="status">
      <option value="">any</option>
      ${STATUSES.map((s) => html`<option value="${s}"${query.status === s ? html` selected` : ''}>${s}</option>`)}
    </select></div>
  <div class="field"><label for="f-min">At least (employees)</label>
    <input id="f-min" name="min_count" type="number" min="0" inputmode="numeric" value="${query.min_count ?? ''}"></div>
  <div class="field"><label for="f-industry">Industry</label>
    <input id="f-industry" name="industry" value="${query.industry ?? ''}"></div>
  <div class="field"><label for="f-country">Country</label>
    <input id="f-country" name="country" value="${query.country ?? ''}"></div>
  <input type="hidden" name="sort" value="${query.sort ?? ''}">
  <div class="actions"><button type="submit">Apply filters</button> <a href="/events">Clear</a></div>
</form>

<p class="result-count" role="status">${plural(page.total, 'event')}${filtered ? (page.total === 1 ? ' matches these filters' : ' match these filters') : ''}.
  Download ${page.total === 1 ? 'it' : `these ${page.total}`}: <a href="${csv}" data-testid="csv-link">CSV</a> · <a href="${json}">JSON</a></p>

${
  page.items.length
    ? html`<div class="table-wrap"><table class="events-table">
  <caption class="visually-hidden">Layoff events, sorted by ${sortLabel(sort)}</caption>
  <thead><tr>${COLUMNS.map((c) => header(c, sort, query, limit))}</tr></thead>
  <tbody>${page.items.map((e) => eventRow(e, true))}</tbody>
</table></div>`
    : html`<p class="empty">No events match. <a href="/events">Clear the filters</a>.</p>`
}

<nav class="pager" aria-label="Pages">
  ${query.cursor ? html`<a href="${hrefWithQuery('/events', { ...params, sort: query.sort, limit })}">First page</a>` : ''}
  ${
    page.nextCursor
      ? html`<a rel="next" href="${hrefWithQuery('/events', { ...params, sort: query.sort, limit, cursor: page.nextCursor })}">Next page</a>`
      : ''
  }
</nav>`;
  return layout({ title: 'Events', nav: 'events', body });
}

function sortLabel(sort: EventSort): string {
  switch (sort) {
    case '-date':
      return 'date, newest first';
    case 'date':
      return 'date, oldest first';
    case '-count':
      return 'employees, largest first';
    case 'count':
      return 'employees, smallest first';
    case 'company':
      return 'company A–Z';
    case '-lastSeen':
      return 'last reported, newest first';
  }
}

/** A header that is a link (works without JS, keeps the filters), with aria-sort on the sorted one. */
function header(
  column: SortableColumn,
  sort: EventSort,
  query: EventListQuery,
  limit: number | undefined,
): SafeHtml {
  const cls = column.className ? html` class="${column.className}"` : '';
  if (!column.asc && !column.desc) return html`<th scope="col"${cls}>${column.label}</th>`;
  const current = sort === column.asc ? 'ascending' : sort === column.desc ? 'descending' : null;
  const next =
    current === 'ascending'
      ? (column.desc ?? column.asc)
      : current === 'descending'
        ? (column.asc ?? column.desc)
        : column.first === 'desc'
          ? (column.desc ?? column.asc)
          : (column.asc ?? column.desc);
  const href = hrefWithQuery('/events', { ...filterParams(query), sort: next, limit });
  const arrow = current === 'ascending' ? ' ▲' : current === 'descending' ? ' ▼' : '';
  return html`<th scope="col"${cls}${current ? html` aria-sort="${current}"` : ''}><a href="${href}">${column.label}<span aria-hidden="true">${arrow}</span></a></th>`;
}
