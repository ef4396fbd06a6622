import type { EventField, EventSource, FieldProvenance, LayoffEvent } from '../../domain/event.ts';
import { type HtmlValue, html, type SafeHtml, safeHref } from '../html.ts';
import { eventsTable, statusBadge } from './components.ts';
import { renderExcerpt } from './excerpt.ts';
import { formatCount, formatDate, plural } from './format.ts';
import { layout } from './layout.ts';

const FIELD_LABELS: Readonly<Record<EventField, string>> = {
  count: 'Employees',
  date: 'Date',
  status: 'Status',
  unit: 'Unit',
  reason: 'Reason',
  percent: 'Share of workforce',
};

/** Field order on the page; company is always first and supported by every source. */
const FACT_ORDER: readonly EventField[] = ['count', 'percent', 'date', 'status', 'unit', 'reason'];

export function renderEventPage(event: LayoffEvent, texts: ReadonlyMap<number, string | null>): SafeHtml {
  // Sources are numbered in page order; provenance and conflicts cite them as [1], [2].
  const number = new Map(event.sources.map((s, i) => [s.mentionId, i + 1]));
  const cite = (ids: readonly number[]) =>
    ids.map((id) => {
      const n = number.get(id);
      return n ? html` <a class="cite" href="#source-${n}" aria-label="source ${n}">[${n}]</a>` : '';
    });
  const provenance = new Map(event.provenance.map((p) => [p.field, p]));
  const title = `${event.company}${event.unit ? ` (${event.unit})` : ''}: ${formatCount(event.count)} employees`;
  const allSources = event.sources.map((s) => s.mentionId);

  const body = html`<nav class="breadcrumb" aria-label="Breadcrumb"><a href="/events">Events</a> › <a href="/companies/${event.companySlug}">${event.company}</a></nav>
<h1>${title}</h1>
<p class="lede">${statusBadge(event.status)} <span>${formatDate(event.date)}</span>
  · <span data-testid="reported-by">Reported by ${plural(event.independentSources, 'outlet')} (${plural(event.copies, 'copy', 'copies')})</span>
  ${event.outlets.length ? html`<span class="muted">: ${event.outlets.join(', ')}</span>` : ''}</p>
${event.parentEventId !== null ? html`<p>Part of a larger event: <a href="/events/${event.parentEventId}">see the company-wide cut</a>. Its employees are counted there, not twice.</p>` : ''}

${
  event.conflicts.length
    ? html`<section class="conflicts" role="note" aria-labelledby="conflicts-h">
  <h2 id="conflicts-h">Sources disagree</h2>
  <ul>${event.conflicts.map(
    (c) =>
      html`<li><strong>${FIELD_LABELS[c.field] ?? c.field}</strong>: ${c.values.map(
        (v, i) => html`${i > 0 ? ' vs ' : ''}<q>${v.value}</q>${cite(v.mentionIds)}`,
      )}. ${c.note}</li>`,
  )}</ul>
</section>`
    : ''
}

<section aria-labelledby="facts-h">
<h2 id="facts-h">Facts and who states them</h2>
<dl class="facts">
  <div><dt>Company</dt><dd><a href="/companies/${event.companySlug}">${event.company}</a>${cite(allSources)}</dd></div>
  ${FACT_ORDER.map((field) => fact(field, event, provenance.get(field), cite))}
  ${listFact('Departments', event.departments)}
  ${listFact('Locations', event.locations)}
  ${event.severance ? html`<div><dt>Severance</dt><dd>${event.severance}</dd></div>` : ''}
  ${event.industry ? html`<div><dt>Industry</dt><dd>${event.industry}</dd></div>` : ''}
  ${event.country ? html`<div><dt>Country</dt><dd>${event.country}</dd></div>` : ''}
</dl>
</section>

<section aria-labelledby="sources-h">
<h2 id="sources-h">${plural(event.sources.length, 'source')}</h2>
${event.sources.map((s, i) => sourceBlock(s, i + 1, texts.get(s.articleId) ?? null))}
</section>

${
  event.subEvents.length
    ? html`<section aria-labelledby="sub-h"><h2 id="sub-h">Parts of this event</h2>
  <p>Cuts in single units, counted inside this event's total.</p>${eventsTable(event.subEvents, { showCompany: false })}</section>`
    : ''
}

${
  event.corrections.length
    ? html`<section aria-labelledby="corr-h"><h2 id="corr-h">Corrections</h2><ul>${event.corrections.map(
        (c) =>
          html`<li><strong>${c.kind}</strong>${c.field ? html` of ${c.field}` : ''}${c.value !== null && c.value !== undefined ? html` → <code>${JSON.stringify(c.value)}</code>` : ''}: ${c.reason} <span class="muted">(${c.createdAt.slice(0, 10)})</span></li>`,
      )}</ul></section>`
    : ''
}
<p class="muted">Machine-readable: <a href="/api/events/${event.id}">/api/events/${event.id}</a></p>`;
  return layout({ title, nav: 'events', body });
}

function fact(
  field: EventField,
  event: LayoffEvent,
  prov: FieldProvenance | undefined,
  cite: (ids: readonly number[]) => HtmlValue,
): SafeHtml {
  const value = factValue(field, event);
  if (value === null && (!prov || prov.values.length === 0)) return html``;
  return html`<div><dt>${FIELD_LABELS[field]}</dt><dd><span class="fact-value">${value ?? '—'}</span>${
    prov
      ? html`<ul class="support">${prov.values.map((v) => html`<li><q>${v.value}</q>${cite(v.mentionIds)}</li>`)}</ul>
      <span class="muted how" title="How the value was chosen from the sources">(${prov.how})</span>`
      : ''
  }</dd></div>`;
}

function factValue(field: EventField, event: LayoffEvent): string | null {
  switch (field) {
    case 'count':
      return formatCount(event.count);
    case 'percent':
      return event.percent === null ? null : `${event.percent}%`;
    case 'date':
      return formatDate(event.date);
    case 'status':
      return event.status;
    case 'unit':
      return event.unit;
    case 'reason':
      return event.reason;
  }
}

function listFact(label: string, values: readonly string[]): SafeHtml {
  return values.length ? html`<div><dt>${label}</dt><dd>${values.join(', ')}</dd></div>` : html``;
}

function sourceBlock(source: EventSource, n: number, text: string | null): SafeHtml {
  const href = safeHref(source.url);
  const name = source.title ?? source.file ?? `Article ${source.articleId}`;
  const copyOf = source.duplicateOf;
  return html`<article class="source" id="source-${n}" data-testid="source">
  <h3><span class="source-number">[${n}]</span> ${href ? html`<a href="${href}" rel="noopener noreferrer nofollow">${name}</a>` : name}</h3>
  <p class="source-meta">${[
    source.outlet ? html`<span>${source.outlet}</span>` : '',
    source.published
      ? html`<span>published <time datetime="${source.published}">${source.published}</time>${source.publishedBasis && source.publishedBasis !== 'metadata' ? html` <span class="muted">(date from ${source.publishedBasis})</span>` : ''}</span>`
      : html`<span class="muted">publication date unknown</span>`,
    copyOf !== null
      ? html`<span class="badge">copy of another article${copyOf ? ` (#${copyOf})` : ''}</span>`
      : '',
    !href && source.url ? html`<span class="muted">link not shown: not an http(s) address</span>` : '',
  ].map((p, i) => (p === '' ? '' : html`${i > 0 ? ' · ' : ''}${p}`))}</p>
  <p class="says">Says: ${source.count ? html`<q>${source.count.text}</q>` : 'no count'}${
    source.date
      ? html`, ${source.date.text ? html`<q>${source.date.text}</q> → ` : ''}${formatDate(source.date)} <span class="muted">(${source.date.basis})</span>`
      : ''
  }, ${source.status}</p>
  ${renderExcerpt({ text, evidence: source.evidence, fieldSpans: source.fieldSpans })}
</article>`;
}
