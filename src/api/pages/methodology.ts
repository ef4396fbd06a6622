import { html, type SafeHtml } from '../html.ts';
import { layout } from './layout.ts';

/*
 * ACCURACY FIGURES GO HERE. The lead fills MEASURED_ACCURACY from `layoffs eval` on the labelled
 * corpus; until then the page says plainly that the figures are not yet published.
 */
export interface AccuracyRow {
  readonly measure: string;
  readonly value: string;
}
// Measured 2026-11-22 with `layoffs eval --corpus ../shared/corpus` (58 hand-labelled real articles).
export const MEASURED_ACCURACY: readonly AccuracyRow[] = [
  { measure: 'Events found: precision / recall / F1', value: '100% / 94.2% / 97.0%' },
  { measure: 'Events with company, count and date right (strict F1)', value: '97.0%' },
  { measure: 'Count accuracy (matched events)', value: '100%' },
  { measure: 'Date accuracy (matched events)', value: '100%' },
  { measure: 'Main event of the article identified', value: '95.7%' },
  { measure: 'False events in non-layoff articles', value: '0' },
  { measure: 'Tracker statistics found', value: '5 of 5' },
  { measure: 'Same-event merging, pairwise precision / recall', value: '100% / 92.9%' },
];
export const ACCURACY_CORPUS_NOTE =
  'A development corpus of 58 real articles (44 event reports, 3 roundups, 11 non-layoff articles); figures on unseen articles may be lower.';

export function renderMethodology(): SafeHtml {
  const body = html`<h1>Methodology</h1>
<p class="lede">How a sentence in a news article becomes a row in this database, and how far to trust it.</p>

<section aria-labelledby="m-extract">
<h2 id="m-extract">1. Extraction</h2>
<p>Each article is split into sentences. Offline, deterministic rules (no language model, no network) look
for a layoff trigger (“lay off”, “cut … jobs”, “eliminate … roles”), the company, a headcount or a share
of the workforce, and a date. Every value keeps the exact span of text it came from, so each number on
this site can be traced to the words that state it. Sentences that deny, rule out or merely discuss
layoffs, hiring news, furloughs and sports “layoffs” are rejected by named negative rules.</p>
<p>Dates are resolved against the publication date: “on Wednesday” in an article of 2024-04-05 is
2024-04-03. An article without a publication date borrows one from other reports of the same event,
and says so; it never gets today's date.</p>
</section>

<section aria-labelledby="m-ranges">
<h2 id="m-ranges">2. Counts are ranges</h2>
<p>News rarely gives an exact number. We keep what is said as a range instead of inventing precision:</p>
<ul>
  <li>“1,200 jobs” → 1,200; “about 160” → 160, marked approximate;</li>
  <li>“several hundred” or “hundreds” → 200–999; “dozens” → 24–99;</li>
  <li>“more than 4,000” → at least 4,001, no upper bound; “fewer than 500” → at most 499;</li>
  <li>“5% of its 85,000 staff” → 4,250, marked as derived by us, with both figures quoted.</li>
</ul>
<p>Totals add the low ends and the high ends separately, so “1,200–1,999 employees” means every event
was counted at its lowest and at its highest reading. Events without a count, or without an upper bound,
are listed beside the total rather than guessed.</p>
</section>

<section aria-labelledby="m-merge">
<h2 id="m-merge">3. Merging reports into events</h2>
<p>Several outlets report the same layoff in different words. Reports are merged into one event when
they name the same company (after normalising names and aliases: “Amazon.com”, “AWS” belongs to
Amazon), their dates fall within a short window, and their counts are compatible. The event keeps the
tightest range all sources allow; when sources truly disagree, both claims are kept and the event is
flagged. Syndicated copies of one article (near-identical text) count as copies, not as independent
confirmation. A cut in one unit inside a company-wide event is a sub-event and is not counted twice.</p>
<p>Statistics quoted from other trackers (“according to Layoffs.fyi, 70 companies…”) are never turned
into events nor added to our totals; they are shown beside ours for comparison.</p>
<p>Human corrections (merge, split, override a field) are stored as data with a reason and re-applied
whenever events are recomputed.</p>
</section>

<section aria-labelledby="m-accuracy" id="accuracy">
<h2 id="m-accuracy">4. Measured accuracy</h2>
${
  MEASURED_ACCURACY.length
    ? html`<table class="compact"><thead><tr><th scope="col">Measure</th><th scope="col">Value</th></tr></thead>
  <tbody>${MEASURED_ACCURACY.map((r) => html`<tr><td>${r.measure}</td><td>${r.value}</td></tr>`)}</tbody></table>
  ${ACCURACY_CORPUS_NOTE ? html`<p class="muted">${ACCURACY_CORPUS_NOTE}</p>` : ''}`
    : html`<p class="placeholder" data-testid="accuracy-placeholder">[Accuracy figures to be published: precision and
  recall of events, count and date accuracy, measured with <code>layoffs eval</code> on a hand-labelled corpus.]</p>`
}
</section>

<section aria-labelledby="m-limits">
<h2 id="m-limits">5. Known limits</h2>
<ul>
  <li>Only what the news reports: quiet layoffs never reported are missing.</li>
  <li>Company industry and country come from a small curated list; unknown companies have none.</li>
  <li>Rules favour precision: an unusual phrasing may be missed rather than misread.</li>
</ul>
</section>`;
  return layout({ title: 'Methodology', nav: 'methodology', body });
}
