import type { Count, DateRange, Mention, Status } from '../../domain/mention.ts';
import type { Span } from '../../domain/span.ts';

/** An article-level refiner: all mentions of one article in, a new list out (pure). */
export interface ArticleRefiner {
  readonly name: string;
  refine(mentions: readonly Mention[], info: ArticleInfo): Mention[];
}

export interface ArticleInfo {
  readonly published: string | null;
  /** The company the headline (first sentences) names, lowercased key, or null. */
  readonly headlineCompany: string | null;
  readonly severance: string | null;
  /** Workforces stated anywhere in the article, in text order. */
  readonly workforces?: readonly WorkforceStatement[];
}

/** "The company had about 9,200 staff": a headcount and who has it (null: the company in focus). */
export interface WorkforceStatement {
  readonly company: string | null;
  readonly value: number;
  readonly approx: boolean;
  readonly span: Span;
  /** Told in the past tense ("had roughly 1,900 employees at the end of last year"). */
  readonly past?: boolean;
}

const key = (m: { readonly company: string }) =>
  m.company
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Well-known other names of one employer ("Google parent Alphabet", "Facebook owner Meta"). */
const ALIAS_GROUPS: readonly (readonly string[])[] = [
  ['alphabet', 'google'],
  ['meta', 'facebook', 'meta platforms'],
  ['x', 'twitter'],
];
const ALIAS_OF = new Map<string, number>();
ALIAS_GROUPS.forEach((g, i) => {
  for (const n of g) ALIAS_OF.set(n, i);
});

/**
 * Two names for one employer in this article: the same key, a well-known alias, or one name
 * told inside the other's sentence with the very same exact count ("Google cuts 12,000 jobs" then
 * "Google parent Alphabet said it will cut about 12,000 jobs").
 */
/** Words an acronym skips: "Department of Health and Human Services" → HHS or DHHS. */
const ACRONYM_SKIP = new Set(['of', 'and', 'for', 'the', '&', 'on', 'in']);
const ACRONYM_LEAD = new Set(['department', 'ministry', 'office', 'u.s.', 'us', 'uk']);

/**
 * "HHS" for "Department of Health and Human Services", "FDA" for "Food and Drug Administration";
 * "P&R" for "Pellam & Rowe" (the ampersand of the name kept between its initials).
 */
export function isAcronymOf(short: string, long: string): boolean {
  if (/^[A-Z]&[A-Z]$/.test(short)) return isAcronymOf(short.replace('&', ''), long);
  if (!/^[A-Z]{2,6}$/.test(short)) return false;
  const words = long.split(/\s+/).filter((w) => !ACRONYM_SKIP.has(w.toLowerCase()));
  if (words.length < 2) return false;
  const initials = (ws: readonly string[]) =>
    ws
      .map((w) => w[0] ?? '')
      .join('')
      .toUpperCase();
  if (initials(words) === short) return true;
  return ACRONYM_LEAD.has((words[0] ?? '').toLowerCase()) && initials(words.slice(1)) === short;
}

function sameEmployer(a: Mention, b: Mention): boolean {
  const ka = key(a);
  const kb = key(b);
  if (ka === kb) return true;
  const ga = ALIAS_OF.get(ka);
  if (ga !== undefined && ga === ALIAS_OF.get(kb)) return true;
  if (isShortForm(ka, kb) || isShortForm(kb, ka)) return true;
  // "Shell" for "Royal Dutch Shell": the distinctive later word needs the name as written (the
  // keys are lower case, and a lower-case word is never taken as a name).
  if (isShortForm(a.company, b.company) || isShortForm(b.company, a.company)) return true;
  if (isAcronymOf(a.company, b.company) || isAcronymOf(b.company, a.company)) return true;
  // "Pellam's parent Orvia cut more than 1,000 jobs" then "Pellam cuts over 1,000 jobs": the very
  // same stated figure, each name told in the other's sentence.
  const figure = (m: Mention) =>
    m.count && !m.count.derived && (m.count.min !== null || m.count.max !== null) ? m.count : null;
  const fa = figure(a);
  const fb = figure(b);
  if (!fa || !fb || fa.min !== fb.min || fa.max !== fb.max) return false;
  return (
    a.evidence.text.includes(b.company) ||
    b.evidence.text.includes(a.company) ||
    sameOpeningWord(a.company, b.company) ||
    sharedNameStem(a.company, b.company)
  );
}

/** Shortest word taken as a name's distinctive stem ("Scotia", "Harrow"). */
const NAME_STEM_MIN = 5;

/**
 * "Corvania to cut about 900 jobs" over "Bank of Corvania Ltd is cutting about 900", "Lindqvist"
 * over "Lindqvistbanken": one name's distinctive word opens a word of the other's. Asked only of
 * two tellings with the very same stated figure; words many names hold ("Bank", "General",
 * "National") tell no employer from another.
 */
function sharedNameStem(a: string, b: string): boolean {
  const words = (n: string) =>
    n
      .split(/\s+/)
      .filter(
        (w) =>
          w.length >= NAME_STEM_MIN &&
          /^\p{Lu}/u.test(w) &&
          !COMMON_OPENING_WORDS.has(w.toLowerCase()) &&
          !GENERIC_NAME_WORDS.has(w.toLowerCase()),
      );
  const wb = words(b);
  return words(a).some((x) => wb.some((y) => x.startsWith(y) || y.startsWith(x)));
}

/**
 * "Sunrise TV sacks 46" over "Sunrise Television has sacked 46", "Kilima Bank to lay off up to 300"
 * over "Kilima Commercial Bank will lay off up to 300": a headline's shorter spelling of the
 * body's name. Asked only of two tellings with the very same stated figure, so two employers must
 * share both a distinctive first word and a figure to be taken for one. A first word that opens
 * many names ("General Motors", "General Mills"; "New York Times", "New York Post") tells none apart.
 */
function sameOpeningWord(a: string, b: string): boolean {
  const wa = a.split(/\s+/);
  const wb = b.split(/\s+/);
  const first = wa[0] ?? '';
  if (wa.length < 2 || wb.length < 2 || first !== wb[0]) return false;
  return first.length >= 3 && /^\p{Lu}/u.test(first) && !COMMON_OPENING_WORDS.has(first.toLowerCase());
}

/** First words shared by many unrelated employers' names. */
const COMMON_OPENING_WORDS: ReadonlySet<string> = new Set([
  'general',
  'united',
  'american',
  'national',
  'first',
  'new',
  'royal',
  'global',
  'international',
  'the',
  'north',
  'south',
  'east',
  'west',
  'central',
  'western',
  'eastern',
  'northern',
  'southern',
  'state',
  'city',
  'county',
  'university',
  'department',
  'ministry',
  'bank',
  'british',
  'china',
  'us',
  'u.s.',
]);

/** Shortest one-word name taken as the short form of a longer one. */
const SHORT_FORM_MIN = 4;

/**
 * "Citi" for "Citigroup", "Goldman" for "Goldman Sachs": a one-word name that begins the other
 * name. Used only inside one article, where two employers sharing a prefix are rare.
 */
function isShortForm(short: string, long: string): boolean {
  if (short === long) return false;
  // "ZF" for "ZF Friedrichshafen AG", "KTL" for "KTL Holdings": a short capitals word that opens
  // the longer name as a word of its own.
  if (
    /^[A-Z]{2,3}$/.test(short) &&
    long.startsWith(`${short} `) &&
    !COMMON_OPENING_WORDS.has(short.toLowerCase())
  )
    return true;
  if (short.length < SHORT_FORM_MIN) return false;
  // "Corner Care" for "Corner Care Pharmacy": several words that open the other name.
  if (/\s/.test(short)) return long.startsWith(`${short} `);
  if (long.startsWith(short) && long.length > short.length) return true;
  // "Hopkins axes over 2,000 jobs" for "Johns Hopkins University": the distinctive word of the
  // name, told alone in a headline. A word any employer's name may hold ("Group", "University")
  // tells no employer from another.
  if (GENERIC_NAME_WORDS.has(short.toLowerCase()) || !/^[A-Z]/.test(short)) return false;
  return long.split(/\s+/).slice(1).includes(short);
}

/**
 * A short form that is plainly part of one full name: several opening words ("Corner Care" of
 * "Corner Care Pharmacy") or a distinctive later word ("Hopkins"). A single opening word is not
 * ("Amazon" of "Amazon Web Services" may be the parent).
 */
function isPartOfFullName(short: string, long: string): boolean {
  return (
    isShortForm(short, long) &&
    (/\s/.test(short) || !long.startsWith(short)) &&
    !GOVERNING_BODY_END.test(long)
  );
}

/**
 * "Port Alder" and "The Port Alder City Council voted ...": the council decides, the city employs;
 * a name ending in a deciding body is no fuller name of the employer.
 */
const GOVERNING_BODY_END = /\b(?:council|board|committee|commission|assembly|legislature|court|cabinet)$/i;

/** Words many employers' names share: alone, they are no short form of one of them. */
const GENERIC_NAME_WORDS: ReadonlySet<string> = new Set([
  'group',
  'holdings',
  'university',
  'college',
  'bank',
  'company',
  'corporation',
  'international',
  'national',
  'global',
  'media',
  'games',
  'studios',
  'systems',
  'technologies',
  'services',
  'motors',
  'airlines',
  'foods',
  'energy',
  'health',
  'news',
  'america',
  'department',
  'ministry',
  'council',
]);

const lo = (v: number | null) => (v === null ? Number.NEGATIVE_INFINITY : v);
const hi = (v: number | null) => (v === null ? Number.POSITIVE_INFINITY : v);

/** "hundreds", "thousands of jobs": words, not figures. */
const VAGUE_COUNT = /^(?:(?:several|a\s+few|many)\s+)?(?:dozens|hundreds|thousands)\b/i;
/**
 * A vague word retold as a figure: "thousands of jobs axed" then "the first 12,500 posts have been
 * cut". News writes "thousands" for anything from 2,000 to well beyond 10,000, so when merging a
 * retelling the word reaches ten times its strict upper bound.
 */
const VAGUE_REACH = 10;
/** Two stated figures more than this far apart are two events, even when their bounds overlap ("up to 55,000" vs "up to 10,000"). */
const NOMINAL_RATIO = 1.5;

/**
 * A count derived from a rounded share is only near the stated figure: "about 13 percent of its
 * roughly 87,000 employees" gives 11,310 where the same article says "roughly 11,000 jobs".
 */
const DERIVED_SLACK = 0.15;

function widened(c: Count): { min: number; max: number } {
  if (c.derived) {
    return {
      min: c.min === null ? Number.NEGATIVE_INFINITY : c.min * (1 - DERIVED_SLACK),
      max: c.max === null ? Number.POSITIVE_INFINITY : c.max * (1 + DERIVED_SLACK),
    };
  }
  const min = lo(c.min);
  const max = hi(c.max);
  return VAGUE_COUNT.test(c.text.trim()) && Number.isFinite(max)
    ? { min, max: max * VAGUE_REACH + VAGUE_REACH - 1 }
    : { min, max };
}

/** The figure as written: the one finite bound, or the middle of a closed range. */
function nominal(c: Count): number | null {
  if (c.min !== null && c.max !== null) return (c.min + c.max) / 2;
  return c.min ?? c.max;
}

/**
 * Counts that can be one event told twice: overlapping ranges, figures of the same size, and the
 * same kind of count: "up to 6,000 redundancies" is the compulsory part of "5,000 roles", not them
 * (the same figure told once as job losses and once as redundancies is one event).
 */
function countsAgree(a: Count | null, b: Count | null): boolean {
  if (!a || !b) return true;
  // Two vague words ("hundreds" now, "thousands" last year) are compared as written.
  const bothVague = VAGUE_COUNT.test(a.text.trim()) && VAGUE_COUNT.test(b.text.trim());
  const wa = bothVague ? { min: lo(a.min), max: hi(a.max) } : widened(a);
  const wb = bothVague ? { min: lo(b.min), max: hi(b.max) } : widened(b);
  // "6,000 jobs" and "more than 6,000 jobs": one figure, told with and without its hedge.
  const hedgeOnly = Math.abs((a.min ?? a.max ?? Number.NaN) - (b.min ?? b.max ?? Number.NaN)) <= 1;
  if (!(wa.min <= wb.max && wb.min <= wa.max) && !hedgeOnly) return false;
  if (/redundanc/i.test(a.text) !== /redundanc/i.test(b.text) && nominal(a) !== nominal(b)) return false;
  if (VAGUE_COUNT.test(a.text.trim()) || VAGUE_COUNT.test(b.text.trim()) || a.derived || b.derived)
    return true;
  const na = nominal(a);
  const nb = nominal(b);
  if (na === null || nb === null || na <= 0 || nb <= 0) return true;
  return Math.max(na, nb) / Math.min(na, nb) <= NOMINAL_RATIO;
}

/** How far a headline's round figure may be from the body's and still be that figure rounded. */
const ROUNDING_SLACK = 0.05;

/** Trailing zeros of a whole number: 300 → 2, 60 → 1, 310 → 1, 62 → 0. */
function roundness(n: number): number {
  let z = 0;
  for (let v = n; v > 0 && v % 10 === 0; v /= 10) z++;
  return z;
}

/**
 * A headline rounds the body's figure: headline "to cut 300 jobs", lead "will eliminate about 310
 * positions"; headline "lays off 60", body "laid off 62 employees". The headline's figure is a
 * single, rounder number within ROUNDING_SLACK of the body's single figure (the exact bounds
 * differ, so countsAgree alone keeps them apart).
 */
function roundedInHeadline(headline: Count | null, body: Count | null): boolean {
  if (!headline || !body || headline.derived || body.derived || headline.part || body.part) return false;
  const single = (c: Count) =>
    c.min !== null && c.max !== null && c.min === c.max && !VAGUE_COUNT.test(c.text.trim()) ? c.min : null;
  const h = single(headline);
  const b = single(body);
  if (h === null || b === null || h === b || h <= 0) return false;
  return roundness(h) > roundness(b) && Math.abs(h - b) <= ROUNDING_SLACK * Math.max(h, b);
}

/**
 * A share told alone and the same share told with its count: headline "Corvel trims 8% of staff",
 * body "Corvel Freight has cut 8 per cent of its workforce of around 2,600" (208). One event.
 */
function sameShareTold(a: Mention, b: Mention): boolean {
  return a.percent !== null && b.percent !== null && (a.count === null) !== (b.count === null);
}

/** How far a stated count may be from share × stated workforce and still be that share. */
const SHARE_TOLERANCE = 0.25;

/** The share agrees with the count when the article states the employer's workforce (else: no contradiction). */
function shareFits(percent: number, count: Count, o: Mention, info: ArticleInfo): boolean {
  const wf = (info.workforces ?? []).find(
    (w) => w.company !== null && (key({ company: w.company }) === key(o) || sameAlias(w.company, o.company)),
  );
  const n = nominal(count);
  if (!wf || n === null) return true;
  const expected = (percent * wf.value) / 100;
  return Math.abs(n - expected) <= expected * SHARE_TOLERANCE;
}

/** How far apart two hedged shares may be and still be one: "nearly a third" and "roughly 30 per cent". */
const SHARE_SLACK = 0.15;

/**
 * One share told twice: the same figure, or two close figures when either is hedged or a fraction
 * word (headline "to axe nearly a third of staff", body "roughly 30 per cent of its workforce").
 */
function sharesAgree(a: Mention, b: Mention): boolean {
  if (a.percent === null || b.percent === null || a.percent === b.percent) return true;
  const hedged = (m: Mention) =>
    (m.percentDetail?.qualifier ?? null) !== null || !Number.isInteger(m.percent ?? 0);
  if (!hedged(a) && !hedged(b)) return false;
  return Math.abs(a.percent - b.percent) <= SHARE_SLACK * Math.max(a.percent, b.percent);
}

function datesAgree(a: DateRange | null, b: DateRange | null): boolean {
  if (!a || !b || (!a.start && !a.end) || (!b.start && !b.end)) return true;
  return (a.start ?? '') <= (b.end ?? '9999') && (b.start ?? '') <= (a.end ?? '9999');
}

/**
 * "Corvane cut 5% of its staff in 2023" beside "laid off 70 employees on Friday" in an article
 * with no publication date: a stated year against a relative date that could not be resolved
 * are two rounds, although unknown dates otherwise agree with anything.
 */
function twoRounds(a: DateRange | null, b: DateRange | null): boolean {
  const yearStated = (d: DateRange | null) =>
    d !== null && d.start !== null && /\b(?:19|20)\d\d\b/.test(d.text);
  const unresolved = (d: DateRange | null) =>
    d !== null && d.start === null && d.end === null && d.text !== '';
  return (
    (yearStated(a) && unresolved(b)) ||
    (yearStated(b) && unresolved(a)) ||
    earlierPeriodBefore(a, b) ||
    earlierPeriodBefore(b, a)
  );
}

/** Longest range that still reads as one recent day or week ("this week", "on Monday"). */
const RECENT_SPAN_DAYS = 7;
const days = (from: string, to: string): number =>
  (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

/**
 * "is cutting 4% of its workforce, the firm told employees this week ... The firm laid off
 * hundreds of consultants earlier this year": a period the text calls "earlier", that began long
 * before a recent day or week told beside it, is a past round. The two ranges overlap only
 * because "earlier this year" runs up to the publication day.
 */
function earlierPeriodBefore(past: DateRange | null, recent: DateRange | null): boolean {
  if (!past?.start || !past.end || !recent?.start || !recent.end) return false;
  if (!/^(?:in\s+|from\s+)?earlier\b/i.test(past.text.trim())) return false;
  return (
    days(recent.start, recent.end) < RECENT_SPAN_DAYS &&
    days(past.start, past.end) > BACKGROUND_DAYS &&
    days(past.start, recent.start) > BACKGROUND_DAYS
  );
}

/**
 * Headline "Halden to cut up to 9,000 jobs by 2030" (no day of its own), body "The company had
 * told staff in February that it wanted to cut up to 7,500" in a July article: a different figure
 * dated months before publication is an earlier stage of the plan, not today's telling, although
 * an unknown date agrees with anything. (The same figure told with its month is one event.)
 */
function earlierStage(a: Mention, b: Mention, published: string | null): boolean {
  if (!a.count || !b.count || sameFigure(a.count, b.count)) return false;
  const old = (m: Mention) => m.date?.end != null && daysBefore(m.date.end, published) > BACKGROUND_DAYS;
  const undated = (m: Mention) => !m.date || (m.date.start === null && m.date.end === null);
  return (old(a) && undated(b)) || (old(b) && undated(a));
}

/**
 * The first telling's date, unless the later one names a day inside it: headline "in second
 * round of layoffs this year", body "said on Wednesday" → the Wednesday.
 */
function closerDate(first: DateRange | null, later: DateRange | null): DateRange | null {
  if (!first) return later;
  if (!later?.start || !later.end || !first.start || !first.end) return first;
  const inside = later.start >= first.start && later.end <= first.end;
  return inside && later.start === later.end && first.start !== first.end ? later : first;
}

/** "400 salaried posts" and "About 400 of the cuts": the same bounds. */
function sameFigure(a: Count | null, b: Count | null): boolean {
  return a !== null && b !== null && a.min === b.min && a.max === b.max;
}

/**
 * The status of one cut told twice: a plain "announced" (often a headline's "X to cut 400") gives
 * way to a later telling that frames it ("will go over the next two years": planned; "has let go
 * of": completed); a telling with company confirmation overrides a rumour.
 */
function mergedStatus(first: Status, later: Status): Status {
  if (first === 'rumored' && later !== 'rumored') return later;
  if (first === 'announced' && (later === 'planned' || later === 'completed')) return later;
  return first;
}

/** The mention's company is the one in focus, guessed for a sentence that names none. */
function guessedCompany(m: Mention): boolean {
  return m.rule.includes('+company:pronoun');
}

/**
 * "Building society to shut 18 branches with up to 240 jobs at risk" (no name: the company in
 * focus is a guess, perhaps a word of the page's menu), then "Brackley Building Society has told
 * staff that up to 240 roles are at risk": a headline with no name of its own and the very same
 * stated figure as a later named telling is that telling.
 */
function guessedHeadlineRetold(a: Mention, b: Mention): boolean {
  if (guessedCompany(a) === guessedCompany(b)) return false;
  const guess = guessedCompany(a) ? a : b;
  const figure = (c: Count | null) =>
    c !== null &&
    !c.derived &&
    !c.part &&
    !VAGUE_COUNT.test(c.text.trim()) &&
    (c.min !== null || c.max !== null);
  return (
    HEADLINE_LIKE.test(guess.evidence.text.trimEnd()) &&
    figure(a.count) &&
    figure(b.count) &&
    sameFigure(a.count, b.count)
  );
}

/** A line that ends without a sentence's final stop: a headline. */
const HEADLINE_LIKE = /[^.!?"”’)]$/;

/** The mention's count was told in a headline ("Up to 180 jobs to go at Corvel"). */
function countInHeadline(m: Mention): boolean {
  return (
    m.count !== null &&
    m.evidence.start <= m.count.span.start &&
    m.count.span.end <= m.evidence.end &&
    HEADLINE_LIKE.test(m.evidence.text.trimEnd())
  );
}

/**
 * An explicit count beats a derived one; a narrower range beats a wider one. `aHeadline`: the
 * first telling is a headline's.
 */
function better(a: Count | null, b: Count | null, aHeadline = false): Count | null {
  if (!a) return b;
  if (!b) return a;
  if (a.derived !== b.derived) return a.derived ? b : a;
  // Standfirst "hundreds of roles could go", headline and lead "up to 400 roles": the stated
  // figure, not the word (an open "up to" is wider, but it is what the employer said).
  const vagueA = VAGUE_COUNT.test(a.text.trim());
  if (vagueA !== VAGUE_COUNT.test(b.text.trim())) return vagueA ? b : a;
  // Headline "to cut 300 jobs", lead "about 310 positions": the body's figure, not its rounding.
  if (aHeadline && roundedInHeadline(a, b)) return b;
  // Headline "agree to cut 35,000 jobs", body "more than 35,000": the same figure, and the
  // hedge the short telling dropped is what was said. A hedge only the headline makes ("Up to
  // 180 jobs to go", body "One hundred and eighty jobs will go") gives way to the body's figure.
  const exact = (c: Count) => c.min !== null && c.min === c.max && !c.approx;
  const figure = (c: Count) => c.min ?? c.max ?? Number.NaN;
  if (
    exact(a) !== exact(b) &&
    Math.abs(figure(a) - figure(b)) <= 1 &&
    !VAGUE_COUNT.test((exact(a) ? b : a).text)
  )
    return aHeadline && exact(b) ? b : exact(a) ? b : a;
  const width = (c: Count) => hi(c.max) - lo(c.min);
  return width(b) < width(a) ? b : a;
}

/**
 * Two units of one parent are two events ("about 500 at Twitch", "several hundred at Prime
 * Video"), unless the very same stated figure names both (a unit and its division retelling one
 * cut: "1,900 in the gaming division" then "Activision Blizzard ... 1,900").
 */
function unitsAgree(a: Mention, b: Mention): boolean {
  if (!a.unit || !b.unit || a.unit === b.unit) return true;
  if (!a.count || !b.count) return false;
  const na = nominal(a.count);
  return na !== null && na === nominal(b.count) && !VAGUE_COUNT.test(a.count.text.trim());
}

type Details = Pick<
  Mention,
  'departments' | 'departmentSpans' | 'locations' | 'locationSpans' | 'reason' | 'reasonSpan'
>;

/** "Stormglass Interactive" for "Stormglass": the same name, or it with words after it. */
function sameOrLonger(full: string, short: string): boolean {
  const f = full.toLowerCase();
  const s = short.toLowerCase();
  return f === s || f.startsWith(`${s} `);
}

/** The employer was named after the figure ("lay off 57 at Halden Motors plant"). */
function nameAfterCount(m: Mention): boolean {
  return m.companySpan !== null && m.count !== null && m.companySpan.start >= m.count.span.end;
}

/** The employer was named before the figure, as the subject ("Vector Food Services ... 57 workers"). */
function nameBeforeCount(m: Mention): boolean {
  return m.companySpan !== null && m.count !== null && m.companySpan.end <= m.count.span.start;
}

/** One list of names from two tellings, each name once with the span it was first found at. */
function unionNames(
  a: readonly string[],
  aSpans: readonly Span[] | undefined,
  b: readonly string[],
  bSpans: readonly Span[] | undefined,
): { names: string[]; spans: Span[] } {
  const names: string[] = [];
  const spans: Span[] = [];
  const add = (list: readonly string[], ss: readonly Span[] | undefined) =>
    list.forEach((n, i) => {
      if (names.some((x) => x.toLowerCase() === n.toLowerCase())) return;
      names.push(n);
      const sp = ss?.[i];
      if (sp) spans.push(sp);
    });
  add(a, aSpans);
  add(b, bSpans);
  return { names, spans };
}

/** Teams, places and reason of two tellings of one event: the first telling's reason wins. */
function unionDetails(first: Mention, later: Mention): Details {
  const teams = unionNames(
    first.departments,
    first.departmentSpans,
    later.departments,
    later.departmentSpans,
  );
  const places = unionNames(first.locations, first.locationSpans, later.locations, later.locationSpans);
  const reasonFirst = first.reason !== null;
  return {
    departments: teams.names,
    departmentSpans: teams.spans,
    locations: places.names,
    locationSpans: places.spans,
    reason: reasonFirst ? first.reason : later.reason,
    reasonSpan: reasonFirst ? (first.reasonSpan ?? null) : (later.reasonSpan ?? null),
  };
}

/** Between a share and the name after it: "a third of the newsroom | at The ". */
const AT_UNIT_BETWEEN = /^\s+(?:[\w’'-]+\s+){0,4}?at\s+(?:the\s+)?$/i;

/**
 * "Halden Media said it will cut about a third of the newsroom at The Marlow Gazette, eliminating
 * roughly 40 positions": one sentence gives the share to the parent and the figure to the paper
 * named "at" the share; both are one cut, the parent's, in that unit.
 */
function shareAtUnitJoined(mentions: readonly Mention[]): Mention[] {
  const out = [...mentions];
  for (let i = 0; i < out.length; i++) {
    const m = out[i];
    const share = m?.percentDetail?.span;
    if (!m || m.count !== null || !share || m.unit) continue;
    const j = out.findIndex(
      (o) =>
        o !== m &&
        o.evidence.start === m.evidence.start &&
        o.count !== null &&
        o.percent === null &&
        !o.unit &&
        o.companySpan !== null &&
        o.companySpan.start >= share.end &&
        o.companySpan.end <= o.count.span.start &&
        AT_UNIT_BETWEEN.test(
          m.evidence.text.slice(share.end - m.evidence.start, o.companySpan.start - m.evidence.start),
        ),
    );
    const o = out[j];
    if (j < 0 || !o) continue;
    out[i] = { ...m, unit: o.company, count: o.count, date: m.date ?? o.date, ...unionDetails(m, o) };
    out.splice(j, 1);
    if (j < i) i--;
  }
  return out;
}

/**
 * One event told several times (headline, lead, body) becomes one mention: same company, counts
 * that overlap and dates that overlap. The first telling keeps its evidence; missing fields are
 * filled from the later ones. An unquantified mention of a company that also has a quantified one
 * is the same story told loosely ("the layoffs") and is dropped.
 */
export const mergeRetellingsRefiner: ArticleRefiner = {
  name: 'MergeRetellings',
  refine(mentions, info) {
    const out: Mention[] = [];
    for (const m of shareAtUnitJoined(mentions)) {
      const retold = (o: Mention) =>
        (sameEmployer(o, m) || guessedHeadlineRetold(o, m)) &&
        // A part ("a further 300") is its own event; told twice, it is the same figure twice.
        (!(o.count?.part || m.count?.part) || sameFigure(o.count, m.count)) &&
        sharesAgree(o, m) &&
        (countsAgree(o.count, m.count) || (countInHeadline(o) && roundedInHeadline(o.count, m.count))) &&
        datesAgree(o.date, m.date) &&
        !earlierStage(o, m, info.published) &&
        unitsAgree(o, m);
      // A telling with a count joins another with a count first; a share told alone only when
      // no counted telling fits (headline "to cut 7%", bullet "roughly 520", body "roughly 520, 7%").
      let i = out.findIndex((o) => (o.count !== null) === (m.count !== null) && retold(o));
      if (i < 0) i = out.findIndex((o) => sameShareTold(o, m) && retold(o));
      const prev = out[i];
      if (i < 0 || !prev) {
        out.push(m);
        continue;
      }
      const count = better(prev.count, m.count, countInHeadline(prev));
      // Headline "Brightline Logistics to lay off 240", lead "Brightline Logistics, the freight
      // unit of Karst Holdings, is laying off 240": the later telling names the first one's
      // company as its unit, so the event is the parent's, with that unit.
      // ("Stormglass" in a headline is "Stormglass Interactive", the unit, in the lead.)
      const unitOfLater = !prev.unit && m.unit !== null && sameOrLonger(m.unit, prev.company);
      // Headline "Contractor to lay off 57 at Halden Motors plant" (a name after the figure: where),
      // lead "Vector Food Services ... will lay off 57 workers" (a name before it: who).
      const subjectOfLater = key(prev) !== key(m) && nameAfterCount(prev) && nameBeforeCount(m);
      // "HHS" in the headline, "Department of Health and Human Services" in the body: the full name.
      // "Hopkins" in the headline, "Johns Hopkins University" in the body: the full name.
      const later =
        // Headline "Up to 240 jobs at risk" (the company a guess from the page's top lines), lead
        // "Brackley Building Society ... up to 240 roles": the name the lead gives.
        (guessedCompany(prev) && !guessedCompany(m)) ||
        unitOfLater ||
        subjectOfLater ||
        isAcronymOf(prev.company, m.company) ||
        (!prev.unit && !m.unit && isPartOfFullName(prev.company, m.company)) ||
        // "Sunrise TV" in the headline, "Sunrise Television" in the body: the body's fuller name.
        (!prev.unit &&
          !m.unit &&
          m.company.length > prev.company.length &&
          sameOpeningWord(prev.company, m.company) &&
          sameFigure(prev.count, m.count)) ||
        // "Scotiabank" in the headline, "Bank of Nova Scotia" in the body: the body's formal name
        // ("Voltura" over "Voltura Motors" stays as the headline wrote it: a word of the name).
        (!prev.unit &&
          !m.unit &&
          !/\s/.test(prev.company) &&
          /\s/.test(m.company) &&
          !isShortForm(prev.company, m.company) &&
          sharedNameStem(prev.company, m.company) &&
          sameFigure(prev.count, m.count)) ||
        // Headline "Corvel trims 8% of staff", body "Corvel Freight has cut 8 per cent of its
        // workforce of around 2,600": the body's full name, one share told twice.
        (!prev.unit && !m.unit && isShortForm(prev.company, m.company) && sameShareTold(prev, m));
      const company = later ? m.company : prev.company;
      // The guessed company gave way to a named one: the merged telling's company is no guess.
      const namedRule = /\+(company:[^+]+)/.exec(m.rule)?.[1];
      const rule =
        guessedCompany(prev) && !guessedCompany(m) && namedRule
          ? prev.rule.replace('+company:pronoun', `+${namedRule}`)
          : prev.rule;
      const other = later ? prev.company : m.company;
      const aliases = key(prev) === key(m) ? prev.aliases : [...new Set([...(prev.aliases ?? []), other])];
      out[i] = {
        ...prev,
        rule,
        company,
        ...(aliases && aliases.length > 0 ? { aliases } : {}),
        count,
        unit: prev.unit ?? m.unit,
        // Headline "a third of its staff" (33.3), body "roughly 35% of its staff": the figure.
        // A share told alone gives way to the one told with the count ("nearly a quarter" in the
        // headline, "roughly 22 per cent ..., about 180 roles" in the body).
        ...((prev.percent !== null &&
          !Number.isInteger(prev.percent) &&
          m.percent !== null &&
          Number.isInteger(m.percent)) ||
        (prev.count === null && sameShareTold(prev, m))
          ? { percent: m.percent, percentDetail: m.percentDetail }
          : {
              percent: prev.percent ?? m.percent,
              percentDetail: prev.percent !== null ? prev.percentDetail : m.percentDetail,
            }),
        date: closerDate(prev.date, m.date),
        ...unionDetails(prev, m),
        status: mergedStatus(prev.status, m.status),
      };
    }
    // "Spotify is cutting about 17% of its employees" then "The reduction affects around 1,500
    // people": the share joins the figure it was retold with, when nothing contradicts that.
    for (let j = 0; j < out.length; j++) {
      const m = out[j];
      if (!m || m.count !== null || m.percent === null) continue;
      // "a 6% cut in January" is an earlier round, not the share of today's figure.
      if (daysBefore(m.date?.end ?? null, info.published) > BACKGROUND_DAYS) continue;
      const k = out.findIndex(
        (o) =>
          o.count !== null &&
          // "About 450 of those leaving are from its audit practice": a part takes no share of the whole.
          // "a third of its newsroom", then the union's "19 of its members": a part is no retelling.
          !o.count.part &&
          o.percent === null &&
          (o.unit ?? null) === (m.unit ?? null) &&
          sameEmployer(o, m) &&
          datesAgree(o.date, m.date) &&
          !twoRounds(o.date, m.date) &&
          shareFits(m.percent as number, o.count, o, info),
      );
      const o = out[k];
      if (k < 0 || !o) continue;
      out[k] = {
        ...o,
        percent: m.percent,
        percentDetail: m.percentDetail,
        date: o.date ?? m.date,
        ...unionDetails(o, m),
      };
      // The retelling takes the first telling's place (it led the article).
      if (k > j) {
        const moved = out[k] as Mention;
        out.splice(k, 1);
        out.splice(j, 1, moved);
      } else {
        out.splice(j, 1);
      }
      j--;
    }
    const quantified = out.filter((m) => m.count !== null || m.percent !== null);
    // A part of the cut ("19 of its members") does not stand for a share of the whole told alone.
    const counted = out.filter((m) => m.count !== null && !m.count.part);
    const kept = out.filter((m) => {
      if (m.count !== null) return true;
      // "cutting 15% of its staff" retold after "about 180 people": the same cut, unless the percent differs.
      // (Headline "EA to lay off 5% of staff", body "Electronic Arts will cut about 670 jobs, roughly 5%".)
      if (m.percent !== null)
        return !counted.some(
          (o) =>
            (key(o) === key(m) || isAcronymOf(m.company, o.company)) &&
            (!o.unit || !m.unit || o.unit === m.unit) &&
            // "a smaller round last March ... let go of more than 400" does not take in today's
            // "Audible ... would trim about 5%": an earlier round absorbs no recent share.
            (daysBefore(o.date?.end ?? null, info.published) <= BACKGROUND_DAYS ||
              daysBefore(m.date?.end ?? null, info.published) > BACKGROUND_DAYS) &&
            // "about 10% in June 2022" is an earlier round, even beside today's 10%.
            datesAgree(o.date, m.date) &&
            (o.percent === null
              ? !twoRounds(o.date, m.date) &&
                // "In March 2023, the publisher said it would eliminate around 6%": an earlier
                // round, not the share of an undated figure told today.
                daysBefore(m.date?.end ?? null, info.published) <= BACKGROUND_DAYS
              : sharesAgree(o, m)),
        );
      // "A week after Google's cuts" beside "Alphabet ... would eliminate about 12,000": one employer.
      // (Heading "Pelham Regional trims staff" over "Pelham Regional Medical Center ... laid off 130".)
      // "The company also cut staff in June" months before today's 14%: an earlier round, kept.
      const earlierRound = daysBefore(m.date?.end ?? null, info.published) > BACKGROUND_DAYS;
      return !quantified.some(
        (o) =>
          (key(o) === key(m) ||
            sameAlias(o.company, m.company) ||
            isPartOfFullName(m.company, o.company) ||
            isAcronymOf(m.company, o.company)) &&
          !(earlierRound && !datesAgree(o.date, m.date)),
      );
    });
    return withFullNames(kept);
  },
};

/**
 * "In March 2023, EA said ..." in an article that also names "Electronic Arts": an event under
 * the acronym (or a plain short form, "Corner Care") takes the full name the article gives the
 * same employer.
 */
function withFullNames(mentions: Mention[]): Mention[] {
  const names = [...new Set(mentions.map((m) => m.company))];
  return mentions.map((m) => {
    const full = names.find(
      (n) => n !== m.company && (isAcronymOf(m.company, n) || (!m.unit && isPartOfFullName(m.company, n))),
    );
    if (!full) return m;
    return { ...m, company: full, aliases: [...new Set([...(m.aliases ?? []), m.company])] };
  });
}

/**
 * The main event's share taken of a workforce stated elsewhere in the article: "Pellam to cut
 * about 17% of staff" ... "Pellam, which employs about 9,200 people" → about 1,564 (derived).
 * Mainly for the main event: the workforce an article quotes is today's, not the base of an
 * earlier round ("after a 6% cut in January" keeps no count) — unless the main event is a head
 * count and the workforce is told in the present (`presentOnly`; see choosePrimaryRefiner). The workforce must be this company's or
 * stated of "the company" without a name.
 */
function deriveFromStatedWorkforce(m: Mention, info: ArticleInfo, presentOnly = false): Count | null {
  if (m.percent === null || m.percent <= 0 || m.percent > 100 || !m.percentDetail) return null;
  const own = (info.workforces ?? []).filter(
    (w) =>
      !(presentOnly && w.past) &&
      (w.company === null ||
        key({ company: w.company }) === key(m) ||
        sameAlias(w.company, m.company) ||
        // "Corvel, which employs about 2,600" for "Corvel Freight" (and the other way round).
        isShortForm(w.company, m.company) ||
        isShortForm(m.company, w.company)),
  );
  const wf = own.find((w) => w.company !== null) ?? own[0];
  if (!wf) return null;
  const exact = (m.percent * wf.value) / 100;
  const low = Math.floor(exact);
  const high = Math.ceil(exact);
  const q = m.percentDetail.qualifier;
  const span = m.percentDetail.span;
  return {
    min: q === 'below' ? null : q === 'above' ? low + 1 : low,
    max: q === 'above' ? null : q === 'below' ? high - 1 : high,
    approx: wf.approx || q === 'approx' || low !== high,
    derived: true,
    text: span.text,
    span,
    workforce: { value: wf.value, span: wf.span },
  };
}

function sameAlias(a: string, b: string): boolean {
  const ga = ALIAS_OF.get(key({ company: a }));
  return ga !== undefined && ga === ALIAS_OF.get(key({ company: b }));
}

/** How long before publication an event counts as background ("27,000 roles in 2022-23"). */
const BACKGROUND_DAYS = 45;

function daysBefore(date: string | null, published: string | null): number {
  if (!date || !published) return 0;
  return (Date.parse(`${published}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / 86_400_000;
}

/**
 * "County cuts 212 posts" / "74 employees to lose jobs" (the deck) / "Commissioners voted Tuesday
 * to eliminate 212 posts ...": an undated, smaller figure of the main event's employer, told above
 * the sentence that dates the main event, is a part of that cut, decided on the same day.
 */
function partToldAboveItsDate(m: Mention, main: Mention): boolean {
  const dated = main.date?.span;
  if (m.date !== null || !dated || !m.count || !main.count || key(m) !== key(main)) return false;
  const part = hi(m.count.max);
  return part < lo(main.count.min) && m.evidence.end <= dated.start;
}

/** Parts that split the cut itself ("19 of its members", "about 300 of the cuts are in Ohio"). */
const BREAKDOWN_PART_RULE =
  /\+count:(?:of-members|subset-place|of-the-cuts|of-the-jobs|cuts-include|part-of-its-size)\b/;

/**
 * "Dalgety Press laid off a quarter of its staff on Monday", then "the union said 12 of its members
 * lost their jobs": an undated breakdown of the main event's employer counts people of that same
 * cut, so it has the main event's date. ("a further 300", a later round, is no breakdown.) Run
 * once the main event's date is final (after the announcement day of the lead).
 */
export function withBreakdownDates(mentions: readonly Mention[]): Mention[] {
  const main = mentions.find((m) => m.primary);
  if (!main?.date) return [...mentions];
  return mentions.map((m) =>
    m !== main &&
    m.date === null &&
    key(m) === key(main) &&
    ((m.count?.part === true && BREAKDOWN_PART_RULE.test(m.rule)) || groupWithinMain(m, main))
      ? { ...m, date: main.date }
      : m,
  );
}

/**
 * "Pellam will cut 240 jobs, it said on Monday. Among them are a dozen designers ...": a group
 * told as within the main event's cut (trigger:among-them), smaller than it, is a breakdown too.
 */
function groupWithinMain(m: Mention, main: Mention): boolean {
  if (!m.count || !main.count) return false;
  return m.rule.startsWith('trigger:among-them') && hi(m.count.max) < lo(main.count.min);
}

/**
 * Exactly one primary: the headline company's event, preferring a quantified, recent,
 * company-confirmed mention that comes early; background rounds and sub-counts rank lower.
 */
export const choosePrimaryRefiner: ArticleRefiner = {
  name: 'ChoosePrimary',
  refine(mentions, info) {
    if (mentions.length === 0) return [];
    let bestIndex = 0;
    let bestScore = Number.NEGATIVE_INFINITY;
    mentions.forEach((m, i) => {
      let score = 0;
      if (
        info.headlineCompany &&
        [m.company, ...(m.aliases ?? [])].some(
          (n) =>
            key({ company: n }) === info.headlineCompany ||
            sameAlias(n, info.headlineCompany ?? '') ||
            // Headline "EA to lay off 5% of staff", body "Electronic Arts will cut about 670 jobs".
            isAcronymOf((info.headlineCompany ?? '').toUpperCase(), n),
        )
      )
        score += 8;
      if (m.count || m.percent !== null) score += 4;
      if (m.status !== 'rumored') score += 1;
      if (daysBefore(m.date?.end ?? null, info.published) > BACKGROUND_DAYS) score -= 6;
      if (m.rule.includes('count:including') || m.rule.includes('count:list-pair')) score -= 3;
      score -= i * 0.01;
      if (score > bestScore) {
        bestScore = score;
        bestIndex = i;
      }
    });
    // The stated workforce is the base of the main event's share; when the main event is a head
    // count ("all 85 people at the studio"), it is the base of an earlier round's share instead
    // ("laid off about 6% of its staff in January" … "has roughly 4,000 employees" → about 240).
    const mainShare = (mentions[bestIndex]?.percent ?? null) !== null;
    const main = mentions[bestIndex];
    return mentions.map((m, i) => {
      if (i !== bestIndex) {
        if (main && partToldAboveItsDate(m, main)) return { ...m, date: main.date };
        if (m.count || mainShare) return m;
        const derived = deriveFromStatedWorkforce(m, info, true);
        return derived ? { ...m, count: derived } : m;
      }
      const count = m.count ?? deriveFromStatedWorkforce(m, info);
      // The main event with no date in its sentence happened as published ("is set to cut").
      const date: DateRange | null =
        m.date ??
        (info.published
          ? { start: info.published, end: info.published, text: '', span: null, basis: 'published' }
          : null);
      return { ...m, count, primary: true, date };
    });
  },
};
