import type { EmployeeTotal, EventSummary, TrackerClaim } from '../../domain/event.ts';
import { html, type SafeHtml } from '../html.ts';
import { formatCount, formatDate, formatNumber, formatTotal, plural } from './format.ts';

export interface MonthPoint {
  readonly month: string;
  readonly low: number;
  readonly high: number;
  readonly events: number;
}

/**
 * A low–high chart per month. The figure carries its data in a data attribute (escaped like any
 * other value; no inline script, so the CSP can stay script-src 'self'), charts.js draws it with
 * uPlot, and the table under it is the same data for readers without JavaScript or with a
 * screen reader.
 */
export function monthChart(id: string, caption: string, points: readonly MonthPoint[]): SafeHtml {
  if (points.length === 0) return html`<p class="empty">No dated events yet.</p>`;
  const data = JSON.stringify({
    months: points.map((p) => p.month),
    low: points.map((p) => p.low),
    high: points.map((p) => p.high),
  });
  return html`<figure class="chart-figure">
  <figcaption id="${id}-caption">${caption}</figcaption>
  <div class="chart" id="${id}" data-chart="${data}" role="img" aria-labelledby="${id}-caption"></div>
  <details>
    <summary>Show the numbers</summary>
    <table class="compact">
      <thead><tr><th scope="col">Month</th><th scope="col">Events</th><th scope="col">Employees (low–high)</th></tr></thead>
      <tbody>${points.map((p) => html`<tr><td>${p.month}</td><td>${formatNumber(p.events)}</td><td>${formatTotal(p)}</td></tr>`)}</tbody>
    </table>
  </details>
</figure>`;
}

/** "1,200–1,999 employees", with the caveats that make the range honest. */
export function employeesLine(total: EmployeeTotal): SafeHtml {
  const notes: string[] = [];
  if (total.openEnded > 0) notes.push(`${plural(total.openEnded, 'event')} with no upper bound`);
  if (total.unknown > 0) notes.push(`${plural(total.unknown, 'event')} with no count`);
  return html`<span class="figure">${formatTotal(total)}</span> employees${
    notes.length ? html` <span class="muted">(${notes.join('; ')})</span>` : ''
  }`;
}

export function statusBadge(status: string): SafeHtml {
  return html`<span class="badge badge-${status}">${status}</span>`;
}

/** The compact events table used on the home and company pages. */
export function eventsTable(events: readonly EventSummary[], options: { showCompany: boolean }): SafeHtml {
  if (events.length === 0) return html`<p class="empty">No events.</p>`;
  return html`<div class="table-wrap"><table>
  <thead><tr>
    <th scope="col">Date</th>
    ${options.showCompany ? html`<th scope="col">Company</th>` : ''}
    <th scope="col">Unit</th>
    <th scope="col" class="num">Employees</th>
    <th scope="col">Status</th>
    <th scope="col" class="num">Sources</th>
  </tr></thead>
  <tbody>${events.map((e) => eventRow(e, options.showCompany))}</tbody>
</table></div>`;
}

export function eventRow(e: EventSummary, showCompany: boolean): SafeHtml {
  return html`<tr>
    <td><a href="/events/${e.id}">${formatDate(e.date)}</a></td>
    ${showCompany ? html`<td><a href="/companies/${e.companySlug}">${e.company}</a></td>` : ''}
    <td>${e.unit ?? ''}</td>
    <td class="num">${formatCount(e.count)}${e.percent !== null ? html` <span class="muted">(${e.percent}%)</span>` : ''}</td>
    <td>${statusBadge(e.status)}${e.hasConflicts ? html` <span class="badge badge-conflict" title="Sources disagree">conflict</span>` : ''}</td>
    <td class="num">${formatNumber(e.independentSources)}${e.copies ? html` <span class="muted">+${plural(e.copies, 'copy', 'copies')}</span>` : ''}</td>
  </tr>`;
}

export function claimEmployees(claim: TrackerClaim): string {
  return claim.employees ? formatCount(claim.employees) : '—';
}
