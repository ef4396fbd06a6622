import type { CompanyDetail, CompanySummary, EventSummary } from '../../domain/event.ts';
import { html, type SafeHtml } from '../html.ts';
import { employeesLine, eventsTable, type MonthPoint, monthChart } from './components.ts';
import { eventDay, formatTotal, plural } from './format.ts';
import { layout } from './layout.ts';

/**
 * Per-month low/high of a company's timeline. Sub-events are left out of the sums because their
 * parent event already counts them ("AWS: hundreds" inside "Amazon: 27,000"); an open upper end
 * adds its low to the high too, so high >= low always holds.
 */
export function timelineMonths(events: readonly EventSummary[]): MonthPoint[] {
  const months = new Map<string, { low: number; high: number; events: number }>();
  for (const e of events) {
    const day = eventDay(e.date);
    if (!day || e.parentEventId !== null) continue;
    const month = day.slice(0, 7);
    const m = months.get(month) ?? { low: 0, high: 0, events: 0 };
    const low = e.count.min ?? 0;
    m.low += low;
    m.high += e.count.max ?? low;
    m.events += 1;
    months.set(month, m);
  }
  return [...months.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, m]) => ({ month, ...m }));
}

export function renderCompanyPage(
  company: CompanyDetail,
  parent: { name: string; slug: string } | null,
): SafeHtml {
  const points = timelineMonths(company.timeline);
  // Units grouped under the parent: the company's own events first, then one group per unit.
  const unitNames = new Set(company.units.map((u) => u.name));
  const own = company.timeline.filter((e) => !e.unit || !unitNames.has(e.unit));
  const byUnit = company.units
    .map((u) => ({ unit: u, events: company.timeline.filter((e) => e.unit === u.name) }))
    .filter((g) => g.events.length > 0);
  const body = html`<nav class="breadcrumb" aria-label="Breadcrumb"><a href="/companies">Companies</a>${
    parent ? html` › <a href="/companies/${parent.slug}">${parent.name}</a>` : ''
  }</nav>
<h1>${company.name}</h1>
<p class="lede">${[company.industry, company.country].filter(Boolean).join(' · ')}${
    company.aliases.length
      ? html` <span class="muted">also reported as ${company.aliases.join(', ')}</span>`
      : ''
  }</p>
<p class="card-figures">${plural(company.timeline.length, 'event')}, ${employeesLine(company.employees)}.
  <a href="/events?company=${company.slug}">Filter the events table</a></p>

<section aria-labelledby="timeline-h">
  <h2 id="timeline-h">Timeline</h2>
  ${monthChart('company-chart', `${company.name}: employees laid off per month (low and high estimate)`, points)}
</section>

<section aria-labelledby="events-h">
  <h2 id="events-h">${company.units.length ? `${company.name} company-wide` : 'Events'}</h2>
  ${eventsTable(own, { showCompany: false })}
</section>
${byUnit.map(
  (g) => html`<section class="unit" aria-labelledby="unit-${g.unit.slug}">
  <h3 id="unit-${g.unit.slug}">${g.unit.name} <span class="muted">(unit of ${company.name})</span></h3>
  ${eventsTable(g.events, { showCompany: false })}
</section>`,
)}
${
  company.units.length
    ? html`<p class="muted">Units: ${company.units.map((u, i) => html`${i > 0 ? ', ' : ''}<a href="/companies/${u.slug}">${u.name}</a>`)}</p>`
    : ''
}`;
  return layout({ title: company.name, nav: 'companies', body, charts: points.length > 0 });
}

export function renderCompaniesPage(companies: readonly CompanySummary[], q: string | undefined): SafeHtml {
  const body = html`<h1>Companies</h1>
<form class="filters" method="get" action="/companies" role="search" aria-label="Find a company">
  <div class="field field-wide"><label for="c-q">Company name</label><input id="c-q" name="q" type="search" value="${q ?? ''}"></div>
  <div class="actions"><button type="submit">Find</button> <a href="/companies">Clear</a></div>
</form>
${
  companies.length
    ? html`<div class="table-wrap"><table>
  <thead><tr><th scope="col">Company</th><th scope="col">Industry</th><th scope="col">Country</th>
  <th scope="col" class="num">Events</th><th scope="col" class="num">Employees</th><th scope="col">Latest</th></tr></thead>
  <tbody>${companies.map(
    (
      c,
    ) => html`<tr><td><a href="/companies/${c.slug}">${c.name}</a></td><td>${c.industry ?? ''}</td><td>${c.country ?? ''}</td>
    <td class="num">${c.events}</td><td class="num">${formatTotal(c.employees)}</td><td>${c.lastEventDate ?? ''}</td></tr>`,
  )}</tbody></table></div>`
    : html`<p class="empty">No companies found.</p>`
}`;
  return layout({ title: 'Companies', nav: 'companies', body });
}
