import type { Stats, TrackerClaim } from '../../domain/event.ts';
import { html, type SafeHtml } from '../html.ts';
import type { ReadModel } from '../read-model.ts';
import { claimEmployees, employeesLine, eventsTable, monthChart } from './components.ts';
import { addDays, formatNumber, formatTotal, plural, todayUtc } from './format.ts';
import { layout } from './layout.ts';

/** The "recent" headline window, counted back from the reference date inclusive. */
export const RECENT_DAYS = 30;
export const LATEST_EVENTS = 10;
export const TOP_COMPANIES = 10;
/** Each claim shown costs one stats query for "ours for the same period". */
export const CLAIMS_SHOWN = 6;
export interface ReferenceDate {
  readonly day: string;
  /** latest-data: the newest publication or event date in the database; today: the database is empty. */
  readonly basis: 'latest-data' | 'today';
}

/**
 * Headline windows are counted back from the newest data, not from the clock: a database last
 * filled in April 2024 still shows "this year" as 2024 with its own numbers, and says so. The
 * newest data is the newest publication date of a source (lastSeen), never an event's own date:
 * "Citi will cut 20,000 by 2026" is dated 2026 but was news in January 2024. Only when no source
 * has a publication date do event dates up to today stand in.
 */
export async function referenceDate(model: ReadModel, today: string): Promise<ReferenceDate> {
  const best = await model.latestPublished(today);
  return best ? { day: best, basis: 'latest-data' } : { day: today, basis: 'today' };
}

interface Period {
  readonly label: string;
  readonly from: string;
  readonly to: string;
}

export async function renderHome(model: ReadModel, now: Date = new Date()): Promise<SafeHtml> {
  const ref = await referenceDate(model, todayUtc(now));
  const year = ref.day.slice(0, 4);
  const periods: Period[] = [
    { label: `This year (${year})`, from: `${year}-01-01`, to: ref.day },
    { label: `Last ${RECENT_DAYS} days`, from: addDays(ref.day, -(RECENT_DAYS - 1)), to: ref.day },
  ];
  const [periodStats, allTime, latest, companies] = await Promise.all([
    Promise.all(periods.map((p) => model.getStats({ from: p.from, to: p.to }))),
    model.getStats({}),
    // Latest up to the reference date: a plan "by 2026" is not the latest news.
    model.listEvents({ to: ref.day }, { limit: LATEST_EVENTS, sort: '-date' }),
    model.listCompanies({ limit: 500 }),
  ]);
  const claims = [...allTime.trackerClaims]
    .sort((a, b) => (b.asOf ?? '').localeCompare(a.asOf ?? ''))
    .slice(0, CLAIMS_SHOWN);
  // Claims quoted by several articles often share a period ("2024 so far" on the same day): one query each.
  const claimPeriods = new Map(
    claims.map((c) => {
      const p = claimPeriod(c, ref.day);
      return [`${p.from}|${p.to}`, p] as const;
    }),
  );
  const statsByPeriod = new Map(
    await Promise.all([...claimPeriods].map(async ([key, p]) => [key, await model.getStats(p)] as const)),
  );
  const ours = claims.map((c) => {
    const p = claimPeriod(c, ref.day);
    return statsByPeriod.get(`${p.from}|${p.to}`);
  });
  const top = [...companies]
    .filter((c) => c.parentId === null)
    .sort((a, b) => b.employees.low - a.employees.low || b.employees.high - a.employees.high)
    .slice(0, TOP_COMPANIES);

  const body = html`<h1>Layoffs reported in the news</h1>
    <p class="reference">
      Figures as of <strong><time datetime="${ref.day}">${ref.day}</time></strong
      >,
      ${
        ref.basis === 'latest-data'
          ? 'the date of the newest data in the database'
          : "today's date (the database has no dated events yet)"
      }.
      Counts are ranges: “several hundred” is 200–999, not a guess.
    </p>

    <section class="headline" aria-label="Headline numbers">
      ${periods.map((p, i) => headlineCard(p, periodStats[i]))}
    </section>

    <section aria-labelledby="chart-h">
      <h2 id="chart-h">Employees laid off per month</h2>
      ${monthChart('months-chart', 'Low and high estimate of employees laid off, per month of the event date (all events, sub-events not double-counted)', allTime.byMonth)}
    </section>

    <div class="columns">
      <section aria-labelledby="latest-h">
        <h2 id="latest-h">Latest events</h2>
        <p class="muted">Dated up to ${ref.day}; planned cuts with later dates are in the full list.</p>
        ${eventsTable(latest.items, { showCompany: true })}
        <p><a href="/events">All events</a></p>
      </section>

      <section aria-labelledby="top-h">
        <h2 id="top-h">Top companies</h2>
        ${
          top.length
            ? html`<ol class="top-companies">
                ${top.map(
                  (c) =>
                    html`<li>
                      <a href="/companies/${c.slug}">${c.name}</a>
                      <span class="muted"
                        >${formatTotal(c.employees)} employees · ${plural(c.events, 'event')}</span
                      >
                    </li>`,
                )}
              </ol>`
            : html`<p class="empty">No companies yet.</p>`
        }
      </section>
    </div>

    <section aria-labelledby="claims-h">
      <h2 id="claims-h">What other trackers say</h2>
      <p>
        Statistics quoted in the articles, beside our own count for the same period. They are never added to
        our totals.
      </p>
      ${claimsTable(claims, ours)}
    </section>`;
  return layout({ title: 'Overview', nav: 'home', body, charts: allTime.byMonth.length > 0 });
}

function headlineCard(period: Period, stats: Stats | undefined): SafeHtml {
  if (!stats) return html``;
  return html`<article class="card">
    <h2>${period.label}</h2>
    <p class="card-dates">
      <time datetime="${period.from}">${period.from}</time> to
      <time datetime="${period.to}">${period.to}</time>
    </p>
    <p class="card-figures">
      <span class="figure" data-testid="companies">${plural(stats.companies, 'company', 'companies')}</span>,
      ${employeesLine(stats.employees)}, <span class="figure">${plural(stats.events, 'event')}</span>
    </p>
    <p><a href="/events?from=${period.from}&amp;to=${period.to}">See these events</a></p>
  </article>`;
}

/** A claim "2024 so far" said on 2024-04-05 covers 2024-01-01..2024-04-05. */
function claimPeriod(claim: TrackerClaim, fallbackDay: string): { from: string; to: string } {
  const to = claim.period?.end ?? claim.asOf ?? fallbackDay;
  const from = claim.period?.start ?? `${to.slice(0, 4)}-01-01`;
  return { from, to };
}

function claimsTable(claims: readonly TrackerClaim[], ours: readonly (Stats | undefined)[]): SafeHtml {
  if (claims.length === 0) return html`<p class="empty">No tracker statistics quoted yet.</p>`;
  return html`<div class="table-wrap">
    <table>
      <thead>
        <tr>
          <th scope="col">Said by</th>
          <th scope="col">Period</th>
          <th scope="col" class="num">Companies</th>
          <th scope="col" class="num">Employees</th>
          <th scope="col">Quoted</th>
          <th scope="col">Ours, same period</th>
        </tr>
      </thead>
      <tbody>
        ${claims.map((c, i) => {
          const o = ours[i];
          return html`<tr>
            <td>${c.source ?? 'unnamed'}</td>
            <td>${c.period?.text || [c.period?.start, c.period?.end].filter(Boolean).join(' – ') || '—'}</td>
            <td class="num">${c.companies === null ? '—' : formatNumber(c.companies)}</td>
            <td class="num">${claimEmployees(c)}</td>
            <td>
              <q>${c.evidence.text}</q>
              <span class="muted">${c.outlet ?? c.articleTitle ?? ''}${c.asOf ? `, ${c.asOf}` : ''}</span>
            </td>
            <td>
              ${o ? html`${plural(o.companies, 'company', 'companies')}, ${formatTotal(o.employees)} employees` : '—'}
            </td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}
