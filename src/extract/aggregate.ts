import type { AggregateClaim } from '../domain/mention.ts';
import type { Candidate, CandidateOf, CountValue, DateValue } from './context.ts';
import { STATISTICS_OFFICE } from './filters.ts';
import { AGGREGATE_CUES, TRACKERS } from './lexicon/trackers.ts';
import { escapeRegExp, parseNumber } from './patterns.ts';
import type { Sentence } from './sentences.ts';

const TRACKER_RE = new RegExp(`(${TRACKERS.map(escapeRegExp).join('|')})`, 'i');
const CUE_RE = new RegExp(AGGREGATE_CUES.join('|'), 'i');
/**
 * A sentence whose subject is many employers or workers in general ("Tech companies have cut").
 * Employers after "for", "to", "with" or "from" are whom the workers serve, not who cuts: "300
 * people who answer calls for cable and utility companies will lose their jobs" is one site's cut.
 */
const GENERIC_SUBJECT =
  /\b(?<!\b(?:for|to|with|from)\s+(?:[\w-]+\s+){0,3})(?:(?:tech|technology|indian|global|us|u\.s\.)\s+)?(?:companies|firms|startups|start-ups|employers|industry|organi[sz]ations|newsrooms|outlets|publishers)\b|\btech\s+(?:workers|employees)\b/i;
const COMPANIES_COUNT =
  /\b(\d[\d,]*)\s+(?:other\s+)?(?:[\w-]+\s+){0,2}?(?:companies|firms|startups|start-ups|employers)\b/i;
/** Tens and units in words: "thirty-eight", "twelve" (NUMBER_WORDS). */
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
/** "Thirty-eight Ohio employers", "Twelve other firms": the number of employers in words. */
const COMPANIES_COUNT_WORDS = new RegExp(
  `\\b((?:${TENS})(?:-(?:${UNITS}))?|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen)\\s+(?:other\\s+)?(?:[\\w-]+\\s+){0,2}?(?:companies|firms|startups|start-ups|employers)\\b`,
  'i',
);
/**
 * "according to data from the Ohio Department of Job and Family Services": the body whose records
 * the statistic comes from (capitalised words, with "of", "for", "and" between them).
 */
const DATA_FROM =
  /\baccording\s+to\s+(?:data|figures|records|numbers|statistics)\s+(?:from|by|compiled\s+by|released\s+by|published\s+by)\s+(?:the\s+)?([A-Z][\w&.’'-]*(?:\s+(?:(?:of|for|and|on|&)\s+)?[A-Z][\w&.’'-]*)*)/;
/**
 * "up from 2,450 workers a year earlier", "compared with 1,900": a figure the statistic is set
 * against, never its main figure (COMPARED_FIGURE reads it as a second one).
 */
const COMPARED_BEFORE =
  /\b(?:(?:up|down|rising|falling|rose|fell|climbed|dropped|jumped|increased|decreased|higher|lower)(?:\s+(?:by\s+)?\d[\d.,]*\s*(?:%|per\s*cent|percent))?\s+from|compared\s+(?:with|to)|versus|double|triple|quadruple|twice|(?:two|three|four|five)\s+times)\s+(?:(?:more\s+than|over|nearly|almost|about|around|roughly|some|at\s+least|just\s+under|just\s+over)\s+)?(?:the\s+)?$/i;

/**
 * The article's own tally: "By our count, ...", "By this outlet's count", "Together, the two
 * rounds amount to more than 27,000 jobs", "Alphabet and these other tech giants have downsized by
 * more than 50,000 total workers".
 */
const OWN_TALLY =
  /\bby\s+(?:this|our|the|its|their)\s+(?:[\w-]+['’]s\s+)?(?:own\s+)?(?:count|tally|tracking)\b|^together,\s[^.;]{0,120}?\b(?:amount(?:s|ed)?\s+to|account(?:s|ed)?\s+for|add(?:s|ed)?\s+up\s+to|total(?:s|led|ing)?)\b|\b(?:these|those)\s+(?:other\s+)?(?:\w+\s+){0,2}(?:giants|companies|firms|startups|employers)\s+(?:have|had)\b[^.;]*\btotal\b/i;
/** "The Game Industry Layoffs tracker estimates ...": a capitalised name right before "tracker". */
const NAME_BEFORE_TRACKER = /\b((?:[A-Z][\w.&’'-]*\s+){1,4})tracker\b(?!\s*:)/;
/** A heading's generic words ("Layoff tracker: ..."): no tracker's name. */
const GENERIC_TRACKER_NAME = /^(?:(?:the|tech|layoffs?|job|cuts?|jobs)\s*)+$/i;
/** "data compiled by layoffs tracker StartupPulse": the name right after "tracker". */
const NAME_AFTER_TRACKER =
  /\btracker\s+([A-Z][\w&’'-]*(?:\.[\w&’'-]+)*(?:\s+[A-Z][\w&’'-]*(?:\.[\w&’'-]+)*){0,3})/;
/**
 * "DOLE-7 said 1,045 workers in Central Visayas had been displaced by closures and retrenchments
 * since January": people who have lost jobs through closures and layoffs, two kinds of cut in the
 * plural, are a running tally of many employers' cuts. The speaker before "said" is its source.
 */
const DISPLACED_TALLY =
  /\b(?:had|have|has)\s+been\s+(?:displaced|laid\s+off|retrenched|made\s+redundant)\s+(?:\w+\s+){0,3}?(?:by|through|due\s+to|because\s+of)\s+(?:\w+\s+)?(?:closures|retrenchments|lay-?offs|redundancies|shutdowns)\s+(?:and|or)\s+(?:\w+\s+)?(?:closures|retrenchments|lay-?offs|redundancies|shutdowns)\b/i;
/**
 * "The Centre for Retail Research estimates that almost 120,000 retail jobs were lost in 2023",
 * "Figures from the Hospitality Association show 12,000 pub jobs were lost last year", "According
 * to the Retail Institute, 9,000 shop jobs were cut": a research or trade body's count of jobs
 * already lost is a tally over many employers, whatever chains the sentence names as examples.
 * The speaker opens the sentence and its name ends in such a body's word, so that "Orvane
 * estimates 300 jobs will go" stays the company's own cut (a council, which employs, is left out);
 * the loss is told in the past, of a trade's jobs ("retail jobs", "pub jobs": SECTOR_JOBS), and
 * not of the speaker's own ("The Kestrel Institute said 40 jobs were cut at its lab").
 */
const ESTIMATED_LOSSES =
  /^\s*(?:(?:[Ff]igures|[Rr]esearch|[Dd]ata|[Aa]nalysis)\s+(?:from|by)\s+|[Aa]ccording\s+to\s+)?(?:[Tt]he\s+)?((?:[A-Z][\w&’'-]*\s+)*?(?:Research|Institute|Centre|Center|Association|Federation|Consortium|Foundation|Observatory|Forum|Chamber|Confederation)(?:\s+(?:of|for)\s+[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*)*?)?)(?:\s*,\s*|\s+(?:estimates|estimated|calculates|calculated|reckons|found|finds|said|says|shows?|showed|suggests?|suggested)\s+(?:that\s+)?)[^.;]{0,60}?\b(?:jobs|roles|positions|workers|employees|people)\s+(?:were|have\s+been|had\s+been)\s+(?:lost|cut|shed|axed)\b/;
/** "120,000 retail jobs", "12,000 pub jobs": a trade's word before the job noun (not "full-time"). */
const SECTOR_JOBS =
  /\d[\d,.]*\s*(?:million\s+)?(?!(?:full|part)-time\b|permanent\b|temporary\b|more\b|new\b|of\b|the\b)[a-z][\w-]*\s+(?:[a-z][\w-]*\s+)?(?:jobs|roles|positions|workers|employees)\b/;
/**
 * "Shipbuilders announced 12,900 job cuts last year, according to a tally by the Eastbrook Trade
 * Council": a figure "according to a count (or tally) by" a body is that body's count across many
 * employers. The body's name is the source. (mainAggregate asks that no employer be named before
 * the phrase, so "Orvane will cut 300 jobs, according to a count by the union" stays Orvane's cut.)
 */
const COUNT_BY =
  /\baccording\s+to\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?(?:count|tally)\s+(?:by|from|of)\s+(?:the\s+)?([A-Z][\w&.’'-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w&.’'-]*)*)/;
/**
 * "Placement firm Dunmore & Pell counts 410,000 announced job cuts by US employers so far this
 * year": a speaker who counts (tallies, records) cuts made by employers in general keeps a tally
 * across them; the speaker is its source. The employers are a plural kind, never one named
 * company ("job cuts by Orvane" is Orvane's cut).
 */
const COUNTED_BY_EMPLOYERS =
  /^\s*(?:the\s+)?([^;]{2,60}?)\s+(?:counts|counted|tallies|tallied|records|recorded|logged|logs)\s+[^.;]{0,40}?\b(?:job\s+cuts|job\s+losses|layoffs|lay-offs|redundancies)\s+(?:(?:announced|planned|made|reported)\s+)?by\s+(?:[\w.-]+\s+){0,2}?(?:employers|companies|firms|businesses|manufacturers)\b/;
/** "Placement firm Dunmore & Pell": the words describing the speaker before its capitalised name. */
const DESCRIPTION_BEFORE_NAME = /^(?:[A-Z][a-z]+\s+)?(?:[a-z][\w-]*\s+)+(?=[A-Z])/;
/** "at its lab", "its own staff": the speaker's own jobs. */
const OWN_JOBS = /\bits\b/;
const SAID_SOURCE = /^\s*(?:the\s+)?([^,;]{2,60}?)\s+(?:said|says|reported|reports)\b/i;
/** "the Office for National Statistics said 131,000 people were made redundant": the office is the source. */
const STATISTICS_OFFICE_RE = new RegExp(STATISTICS_OFFICE, 'i');
/** "her 900 employees", "its 600 staff": a workforce, never a tally of cuts. */
const POSSESSIVE_BEFORE = /\b(?:her|his|its|their|our|your|my)\s+$/i;

/**
 * "Dutch insurers cut around 4,300 full-time positions last year, the Verzekeringsinstituut said",
 * "US retailers shed 12,000 jobs in March, a trade group said": a whole trade in the plural
 * is the subject, and whoever says so at the end reports a tally of many employers' cuts, not a
 * cut of its own. SECTOR_SAID_BY reads the speaker after the sentence's last comma.
 */
const SECTOR_SUBJECT =
  /^(?:[A-Z][\p{L}.-]*\s+){0,2}(?:banks|lenders|insurers|retailers|carmakers|automakers|airlines|manufacturers|publishers|hospitals|miners|chipmakers|brokers|utilities)\s+(?:have\s+|had\s+)?(?:cut|shed|axed|eliminated|slashed|lost)\b/u;
const SECTOR_SAID_BY =
  /,\s+(?:the\s+|a\s+)?([^,;]{2,60}?)(?:\s*\([^)]*\))?\s+(?:said|says|reported|reports|found|finds|estimated|estimates)\b[^,;]*(?:,[^,;]*)?$/;

/** A figure with its hedge: "more than 89,000", "19,064", "about 260,000", "1.5 million". */
const QUANT = String.raw`(?:(more\s+than|over|nearly|almost|about|around|roughly|some|at\s+least|up\s+to|just\s+under|just\s+over)\s+)?(?:the\s+)?(\d{1,3}(?:,\d{3})+|\d{3,}|\d+(?:\.\d+)?\s*(?:million|lakh))(?!\s*(?:%|per\s*cent|percent))`;
/**
 * Second figures of a tally sentence, each its own statistic: the comparison it is set against
 * ("up 440% from 19,064 in the same month a year earlier", "up from 1,808 the year before", "after
 * about 260,000 in 2023", "nearly triple the 41,208 announced in the same month last year") and a period's part ("with January 2023 alone accounting for more than
 * 89,000").
 */
const COMPARED_FIGURE = new RegExp(
  String.raw`\b(?:(?:up|down|rising|falling|rose|fell|climbed|dropped|jumped|increased|decreased|higher|lower)(?:\s+(?:by\s+)?\d[\d.,]*\s*(?:%|per\s*cent|percent))?\s+from|compared\s+(?:with|to)|versus|after|double|triple|quadruple|twice|(?:two|three|four|five)\s+times)\s+${QUANT}([^,;.]*)`,
  'gi',
);
const PART_FIGURE = new RegExp(
  String.raw`\b(?:with\s+)?((?:in\s+)?[\w\s-]{2,30}?)\s+alone\s+(?:accounting\s+for|accounted\s+for|making\s+up|made\s+up)\s+${QUANT}`,
  'gi',
);
/**
 * The rest of a comparison that names its period: "in the same month a year earlier", "the year
 * before", after the figure's own noun ("2,450 workers in the same period last year") or a
 * participle ("41,208 announced in the same month last year").
 */
const PERIOD_TAIL =
  /^\s*(?:(?:workers|employees|jobs|people|staff|positions|roles)\s+)?(?:(?:announced|reported|recorded|counted|planned)\s+)?((?:in|during|for|the|a|last|a\s+year|that)\b[^,;.]*)/i;

type CountCandidate = CandidateOf<'count', CountValue>;
type DateCandidate = CandidateOf<'date', DateValue>;

/** An aggregate, and where in the sentence it starts when events come before it. */
export type DetectedAggregate = AggregateClaim & { readonly splitAt: number | null };

export interface AggregateContext {
  /** The last aggregate's source and sentence index, so "For comparison, 17,074 ..." inherits it. */
  readonly last: { readonly source: string | null; readonly sentenceIndex: number } | null;
}

/** How many sentences after a tracker statistic a source-less total still belongs to it. */
const INHERIT_WINDOW = 2;

/**
 * A tracker statistic: a total across many employers, attributed to a tracker or data, or with a
 * generic subject. Returns null when the sentence is not one.
 */
export function detectAggregate(
  sentence: Sentence,
  candidates: readonly Candidate[],
  hasAgent: boolean,
  agg: AggregateContext,
): DetectedAggregate[] {
  const main = mainAggregate(sentence, candidates, hasAgent, agg);
  if (!main) return [];
  return [main, ...secondFigures(sentence, candidates, main)];
}

/** The tally's second figures (comparison, a period's part), with the main one's source. */
function secondFigures(
  sentence: Sentence,
  candidates: readonly Candidate[],
  main: DetectedAggregate,
): DetectedAggregate[] {
  const out: DetectedAggregate[] = [];
  const seen = new Set<number>([main.employees?.min ?? -1, main.employees?.max ?? -1]);
  const add = (hedge: string | undefined, raw: string | undefined, period: string, at: number) => {
    const employees = hedged(hedge, raw);
    const value = employees?.min ?? employees?.max;
    if (!employees || value === undefined || value === null || seen.has(value)) return;
    seen.add(value);
    const periodStart = sentence.text.indexOf(period, at);
    const date = candidates.find(
      (c): c is DateCandidate =>
        c.kind === 'date' &&
        periodStart >= 0 &&
        c.span.start >= sentence.start + periodStart &&
        c.span.end <= sentence.start + periodStart + period.length,
    );
    out.push({
      ...main,
      splitAt: null,
      companies: null,
      employees,
      period: period
        ? { start: date?.value.start ?? null, end: date?.value.end ?? null, text: period.trim() }
        : null,
    });
  };
  for (const m of sentence.text.matchAll(COMPARED_FIGURE)) {
    const tail = PERIOD_TAIL.exec(m[3] ?? '');
    add(m[1], m[2], tail?.[1] ?? '', m.index + m[0].length - (m[3]?.length ?? 0));
  }
  for (const m of sentence.text.matchAll(PART_FIGURE)) add(m[2], m[3], (m[1] ?? '').trim(), m.index);
  return out;
}

/** Count conventions for a hedged figure: "more than N" → N+1.., "nearly N" → ..N−1, "about N" → N. */
function hedged(
  hedge: string | undefined,
  raw: string | undefined,
): { min: number | null; max: number | null } | null {
  const n = raw ? parseNumber(raw) : null;
  if (n === null || !Number.isInteger(n)) return null;
  const h = (hedge ?? '').toLowerCase().replace(/\s+/g, ' ');
  if (h === 'more than' || h === 'over' || h === 'just over') return { min: n + 1, max: null };
  if (h === 'at least') return { min: n, max: null };
  if (h === 'nearly' || h === 'almost' || h === 'just under') return { min: null, max: n - 1 };
  if (h === 'up to') return { min: null, max: n };
  return { min: n, max: n };
}

/** The tracker a sentence names by "X tracker" or "tracker X", with where its name stands. */
function namedTracker(text: string): string | null {
  if (!text.includes('tracker')) return null;
  const after = NAME_AFTER_TRACKER.exec(text);
  if (after?.[1]) return normaliseTracker(after[1]);
  const before = NAME_BEFORE_TRACKER.exec(text);
  const name = before?.[1]?.trim().replace(/^The\s+/, '');
  if (!name || GENERIC_TRACKER_NAME.test(name)) return null;
  return normaliseTracker(name.replace(/['’]s$/, ''));
}

function mainAggregate(
  sentence: Sentence,
  candidates: readonly Candidate[],
  hasAgent: boolean,
  agg: AggregateContext,
): DetectedAggregate | null {
  const tracker = TRACKER_RE.exec(sentence.text);
  const named = namedTracker(sentence.text);
  const t = sentence.text;
  const ownTally =
    (t.includes('count') ||
      t.includes('tally') ||
      t.includes('tracking') ||
      t.includes('total') ||
      /^together/i.test(t)) &&
    OWN_TALLY.test(t);
  const cueMatch = CUE_RE.exec(sentence.text);
  const cue = cueMatch !== null;
  // "Ola fired 2,100, ... and according to data collected by X, at least 20,000 ...": the
  // statistic starts at its cue; counts before it belong to the events of the sentence.
  const from =
    sentence.start +
    Math.min(
      tracker?.index ?? Number.POSITIVE_INFINITY,
      cueMatch?.index ?? Number.POSITIVE_INFINITY,
      sentence.text.length,
    );
  const statFrom = /according\s+to\s*$/i.test(sentence.text.slice(0, from - sentence.start))
    ? from - 13
    : from;
  const allCounts = candidates.filter(
    (c): c is CountCandidate =>
      c.kind === 'count' &&
      !POSSESSIVE_BEFORE.test(
        sentence.text.slice(Math.max(0, c.span.start - sentence.start - 8), c.span.start - sentence.start),
      ),
  );
  // "4,016 workers ..., up from 2,450 workers": the compared figure is left to secondFigures.
  const notCompared = allCounts.filter(
    (c) =>
      !COMPARED_BEFORE.test(
        sentence.text.slice(Math.max(0, c.span.start - sentence.start - 50), c.span.start - sentence.start),
      ),
  );
  const ownCounts = notCompared.length > 0 ? notCompared : allCounts;
  const tail = ownCounts.filter((c) => c.span.start >= statFrom);
  const counts = tail.length > 0 && statFrom > sentence.start ? tail : ownCounts;
  if (counts.length === 0) return null;
  const inherits =
    !hasAgent && agg.last !== null && sentence.index - agg.last.sentenceIndex <= INHERIT_WINDOW;
  const generic = !hasAgent && GENERIC_SUBJECT.test(sentence.text);
  // "Ola fired 2,100 ... and according to data collected by X, at least 20,000 ...": a cue in
  // mid-sentence with no employer named after it starts a statistic even though events precede it.
  const midCue =
    cue &&
    statFrom > sentence.start &&
    tail.length > 0 &&
    !candidates.some((c) => c.kind === 'company' && !c.value.source && c.span.start >= statFrom);
  // "The Game Industry Layoffs tracker estimates ...", "By our count, ...": the sentence names its
  // own source; the names in it are the tracker's or the tally's, not employers that cut.
  const office = STATISTICS_OFFICE_RE.exec(t);
  const displaced = !office && DISPLACED_TALLY.test(t);
  // Only a sentence with an estimating verb pays for ESTIMATED_LOSSES.
  const loss = /\b(?:lost|cut|shed|axed)\b/.test(t) ? ESTIMATED_LOSSES.exec(t) : null;
  const estimate = loss && SECTOR_JOBS.test(loss[0]) && !OWN_JOBS.test(t) ? loss : null;
  const sector = SECTOR_SUBJECT.test(t) ? (SECTOR_SAID_BY.exec(t)?.[1] ?? null) : null;
  // "..., according to a tally by the Eastbrook Trade Council": only when no employer is named before
  // the phrase (the body itself comes after it).
  const countBy = t.includes('according to') ? COUNT_BY.exec(t) : null;
  const bodyCount =
    countBy &&
    !candidates.some(
      (c) => c.kind === 'company' && !c.value.source && c.span.start < sentence.start + countBy.index,
    )
      ? countBy
      : null;
  const counted = t.includes(' by ') ? COUNTED_BY_EMPLOYERS.exec(t) : null;
  const speaker = displaced
    ? (SAID_SOURCE.exec(t)?.[1] ?? null)
    : (estimate?.[1]?.trim() ??
      sector?.trim() ??
      bodyCount?.[1] ??
      (counted?.[1] ? counted[1].replace(DESCRIPTION_BEFORE_NAME, '') : null));
  const sourced =
    named !== null ||
    ownTally ||
    office !== null ||
    displaced ||
    estimate !== null ||
    sector !== null ||
    bodyCount !== null ||
    counted !== null;
  if (!tracker && !sourced && !(cue && (!hasAgent || midCue)) && !inherits && !generic) return null;
  if (tracker && !sourced && hasAgent && !cue && !/according\s+to/i.test(sentence.text)) return null;
  // The employee total is the largest count ("70 companies ... almost 32,000 employees").
  const best = [...counts].sort(
    (a, b) => (b.value.max ?? b.value.min ?? 0) - (a.value.max ?? a.value.min ?? 0),
  )[0];
  if (!best) return null;
  // "Indian startups have laid off thousands of employees this year": a vague word is colour, not
  // a tally; a statistic needs a figure unless a tracker is named.
  if (!tracker && best.rule === 'count:vague') return null;
  const companies = COMPANIES_COUNT.exec(sentence.text) ?? COMPANIES_COUNT_WORDS.exec(sentence.text);
  const date = candidates.find((c): c is DateCandidate => c.kind === 'date');
  const collector =
    /\b(?:collected|compiled|gathered|tracked)\s+by\s+([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)/.exec(
      sentence.text,
    );
  const dataFrom = sentence.text.includes('according') ? DATA_FROM.exec(sentence.text) : null;
  const source =
    named ??
    (office ? office[0] : null) ??
    speaker ??
    (tracker
      ? normaliseTracker(tracker[1] ?? '')
      : collector?.[1]
        ? collector[1]
        : dataFrom?.[1]
          ? dataFrom[1].replace(/\.$/, '')
          : ownTally
            ? OWN_TALLY_SOURCE
            : inherits
              ? (agg.last?.source ?? null)
              : null);
  return {
    // Only counts after the cue belong to the statistic; with none after it ("employers announced
    // 275,240 job cuts in March, according to Challenger, Gray & Christmas") the whole sentence is it.
    splitAt: statFrom > sentence.start && tail.length > 0 && tail.length < allCounts.length ? statFrom : null,
    source,
    companies: companies?.[1] ? parseNumber(companies[1]) : null,
    employees: { min: best.value.min, max: best.value.max },
    period: date ? { start: date.value.start, end: date.value.end, text: date.span.text } : null,
    evidence: { start: sentence.start, end: sentence.end, text: sentence.text },
  };
}

/**
 * "... more than 28,000 employees since 2021, as per the tracker. In 2023 alone, the count stands
 * at 4,475.": right after a statistic, "the count/tally/total stands at N" gives another figure of
 * the same source, in words no layoff trigger knows.
 */
const STANDING_TALLY = new RegExp(
  String.raw`\b(?:count|tally|total|toll)\s+(?:now\s+)?(?:stands|stood|is|was|has\s+reached|reached|rose\s+to|climbed\s+to)\s+(?:at\s+)?${QUANT}`,
  'i',
);
export const STANDING_CUE = /count|tally|total|toll/i;

export function standingTally(
  sentence: Sentence,
  dates: readonly Candidate[],
  agg: AggregateContext,
): DetectedAggregate | null {
  if (!agg.last || sentence.index - agg.last.sentenceIndex > INHERIT_WINDOW) return null;
  const m = STANDING_TALLY.exec(sentence.text);
  const employees = m ? hedged(m[1], m[2]) : null;
  if (!employees) return null;
  const date = dates.find((c): c is DateCandidate => c.kind === 'date');
  return {
    splitAt: null,
    source: agg.last.source,
    companies: null,
    employees,
    period: date ? { start: date.value.start, end: date.value.end, text: date.span.text } : null,
    evidence: { start: sentence.start, end: sentence.end, text: sentence.text },
  };
}

/** The source of a figure the article computes itself (corpus README, aggregates.jsonl). */
const OWN_TALLY_SOURCE = 'article (own tally)';

function normaliseTracker(raw: string): string {
  return TRACKERS.find((t) => t.toLowerCase() === raw.toLowerCase()) ?? raw;
}
