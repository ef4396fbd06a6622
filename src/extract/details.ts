import type { Mention } from '../domain/mention.ts';
import { makeSpan, overlaps, type Span } from '../domain/span.ts';
import type { Candidate, ExtractionContext } from './context.ts';
import { firstTrigger, hasTrigger } from './parsers/trigger.parser.ts';
import type { Sentence } from './sentences.ts';

/** A phrase found in the text, with its span (`span.text` is the phrase). */
export interface Found {
  readonly text: string;
  readonly span: Span;
}

/** Longest reason phrase kept; a longer clause is cut at a word boundary ("as part of efforts to ..."). */
const REASON_MAX_CHARS = 110;
/** Longest severance phrase kept. */
const SEVERANCE_MAX_CHARS = 200;

/**
 * Named reason cues, each with an example. The phrase runs from the cue to the end of its clause.
 * "to streamline its workforce" is the cut itself, not a reason, and is not matched.
 */
const REASON_RULES: readonly { readonly id: string; readonly re: RegExp }[] = [
  // "as part of cost-cutting measures", "due to weak demand", "citing higher interest rates"
  {
    id: 'reason:because',
    re: /\b(?:as\s+part\s+of|due\s+to|amid(?:st)?|citing|blaming|because\s+of|owing\s+to|in\s+(?:order\s+to|an\s+effort\s+to|a\s+bid\s+to|response\s+to)|aimed\s+at|with\s+the\s+aim\s+of)\s+\S/i,
  },
  // "to streamline operations", "to focus on key strategic areas", "to cut costs"
  {
    id: 'reason:purpose',
    re: /\bto\s+(?:streamline(?!\s+(?:its|the|our|their)?\s*(?:workforce|headcount|staff))|simplify|restructure|refocus|focus\s+on|optimi[sz]e|(?:cut|reduce|trim|slash|lower)\s+costs?|save\s+(?:money|costs?|\$)|boost\s+(?:profits?|margins?|efficiency)|improve\s+(?:profitability|efficiency|margins?))\b/i,
  },
  // "as demand for its chips fell", "as ad sales slowed"
  {
    id: 'reason:demand',
    re: /\bas\s+(?:(?:ad|advertising|consumer|customer)\s+)?(?:demand|sales|revenue|orders|profits?|subscriptions?|advertising|spending|growth)\b[^,.;]{0,50}?\b(?:fell|fall|falls|slowed|slows|slumped|declined|declines|weakened|dropped|waned|shrank|dried\s+up)\b/i,
  },
];
/** Where a reason's clause ends: a comma, semicolon, quote, bracket or a sentence-ending period. */
const CLAUSE_END = /[,;:()]|\.(?:\s|$)|\s[—–]\s/;
/** Words a trimmed phrase must not end on ("... the key strategic areas that we"). */
const DANGLING =
  /\s+(?:that|which|who|we|they|it|the|a|an|and|or|of|to|for|in|on|at|by|with|as|its|our|their|this|these|those|is|are|was|were|will|would)$/i;

function trimPhrase(text: string, max: number): string {
  let t = text.length > max ? text.slice(0, max).replace(/\s+\S*$/, '') : text;
  t = t.replace(/[\s,;:]+$/, '');
  for (let prev = ''; prev !== t;) {
    prev = t;
    t = t.replace(DANGLING, '');
  }
  return t;
}

/** The earliest reason cue in `text` (absolute offset `at` in the article) and its clause. */
export function findReason(body: string, at: number, text: string): Found | null {
  let best: { index: number } | null = null;
  for (const rule of REASON_RULES) {
    const m = rule.re.exec(text);
    if (m && (!best || m.index < best.index)) best = { index: m.index };
  }
  if (!best) return null;
  const rest = text.slice(best.index);
  const end = CLAUSE_END.exec(rest.slice(1));
  const phrase = trimPhrase(end ? rest.slice(0, end.index + 1) : rest, REASON_MAX_CHARS);
  if (phrase.split(/\s+/).length < 2) return null;
  const start = at + best.index;
  return { text: phrase, span: makeSpan(body, start, start + phrase.length) };
}

const SEVERANCE_CUE =
  /\b(?:severance|(?:\d+|sixty|ninety)\s+days\s+of\s+pay|weeks?\s+of\s+pay|pay\s+and\s+benefits|notice\s+pay|garden\s+leave|redundancy\s+pay(?:ments?)?|payment\s+in\s+lieu)\b/i;
/** The verb that opens the severance terms: "will receive", "are being offered", "get". */
const SEVERANCE_VERB =
  /\b(?:will|would|shall|are|is|were|was|get|gets|receive[sd]?|offer(?:ed|s)?|provid(?:e|es|ed|ing)|given|eligible|entitled)\b/gi;
/** Where a severance clause starts: after "that", a comma or "said". */
const SEVERANCE_CLAUSE_START = /(?:,|;|\bthat|\bsaid|\bsays)\s+/gi;
/** ", the company said" at the end of a sentence is attribution, not terms. */
const TRAILING_ATTRIBUTION =
  /,\s*(?:the\s+\w+|an?\s+\w+\s+spokes\w+|[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*)*)\s+(?:said|says|added)\b.*$/;

export function mentionsSeverance(sentence: string): boolean {
  return SEVERANCE_CUE.test(sentence);
}

/**
 * The severance terms of a sentence, from their verb to the end of the sentence: "those in the
 * U.S. will receive pay and benefits for at least 60 days, in addition to eligibility for a
 * severance package" → "will receive pay and benefits ... severance package".
 */
export function findSeverance(body: string, s: Sentence): Found | null {
  const cue = SEVERANCE_CUE.exec(s.text);
  if (!cue) return null;
  let clauseStart = 0;
  for (const m of s.text.slice(0, cue.index).matchAll(SEVERANCE_CLAUSE_START))
    clauseStart = m.index + m[0].length;
  const head = s.text.slice(clauseStart, cue.index);
  let from = clauseStart;
  for (const m of head.matchAll(SEVERANCE_VERB)) {
    from = clauseStart + m.index;
    break;
  }
  const tail = s.text
    .slice(from)
    .replace(TRAILING_ATTRIBUTION, '')
    .replace(/[\s.]+$/, '');
  const phrase = trimPhrase(tail, SEVERANCE_MAX_CHARS);
  if (!phrase) return null;
  const start = s.start + from;
  return { text: phrase, span: makeSpan(body, start, start + phrase.length) };
}

/** A sentence that speaks of the cut without retelling it: "These cuts will impact ...", "the layoffs". */
const EVENT_REFERENCE =
  /\b(?:cuts?|reductions?|layoffs?|lay-?offs?|job\s+losses|redundanc\w+|eliminations?|affected|impacted|laid[-\s]off|terminations?|the\s+move|the\s+decision)\b/i;
/** A sentence reporting what someone said: a statement right after the event gives its reason. */
const STATEMENT =
  /\b(?:said|says|spokes(?:person|man|woman)|statement|memo|added|told|explained|wrote|e-?mail|according\s+to)\b/i;
/** After the reference to the cut, a clause about something else begins: "... team coincides with X's decision". */
const OTHER_MATTER =
  /(?<!\bwell)\s(?:comes?|came|coincides?|coincided|follows?|followed|marks?|marking|while|when|amid|just\s+as|after|before|as\s+(?:the|it|its|a))\b|;/i;
/** Words that put a sentence's cuts in the past: never details of today's event. */
const BACKGROUND =
  /\b(?:earlier|previous|prior|last)\s+(?:rounds?|cuts|layoffs|year)\b|\b(?:in|since|during)\s+(?:19|20)\d\d\b|\bthose\s+(?:mass\s+)?(?:layoffs|cuts)\b|\brecent\s+months\b|\bhas\s+continued\b|\bhave\s+continued\b/i;
/** How many sentences after a sentence about the event a statement may give its reason. */
const STATEMENT_REACH = 2;
/** Team nouns that name a business unit (the mention's unit), not a team of the cut. */
const UNIT_RULE = /^department:(?:unit|division)$/;

const companyKey = (n: string) =>
  n
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Word stems of a team name, for near-duplicates ("store technology" in "physical stores technology"). */
function stems(name: string): Set<string> {
  return new Set(
    name
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 2 && w !== 'and')
      .map((w) => w.replace(/s$/, '')),
  );
}

function sameTeam(a: string, b: string): boolean {
  const sa = stems(a);
  const sb = stems(b);
  if (sa.size === 0 || sb.size === 0) return a.toLowerCase() === b.toLowerCase();
  const [small, big] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
  return [...small].every((w) => big.has(w));
}

interface Details {
  departments: string[];
  departmentSpans: Span[];
  locations: string[];
  locationSpans: Span[];
  reason: Found | null;
  severance: Found | null;
}

function detailsOf(m: Mention): Details {
  return {
    departments: [...m.departments],
    departmentSpans: [...(m.departmentSpans ?? [])],
    locations: [...m.locations],
    locationSpans: [...(m.locationSpans ?? [])],
    reason: m.reason && m.reasonSpan ? { text: m.reason, span: m.reasonSpan } : null,
    severance: m.severance && m.severanceSpan ? { text: m.severance, span: m.severanceSpan } : null,
  };
}

function addDepartment(d: Details, name: string, span: Span): void {
  if (d.departments.some((x) => sameTeam(x, name))) return;
  d.departments.push(name);
  d.departmentSpans.push(span);
}

function addLocation(d: Details, name: string, span: Span): void {
  if (d.locations.some((x) => x.toLowerCase() === name.toLowerCase())) return;
  d.locations.push(name);
  d.locationSpans.push(span);
}

/** Shortest one-word name taken as the short form of the main employer's longer name. */
const SHORT_NAME_MIN = 4;

/** Does this company candidate name the main event's employer (and its unit, when it has one)? */
function namesMainEmployer(c: Extract<Candidate, { kind: 'company' }>, main: Mention): boolean {
  const names = [main.company, ...(main.aliases ?? [])].map(companyKey);
  const name = companyKey(c.value.name);
  if (
    main.unit &&
    (name === companyKey(main.unit) || companyKey(c.value.unit ?? '') === companyKey(main.unit))
  )
    return true;
  // "Marlow said" for "Marlow Games": the short form of the same name.
  if (
    !names.some(
      (n) => n === name || (!/\s/.test(name) && name.length >= SHORT_NAME_MIN && n.startsWith(`${name} `)),
    )
  )
    return false;
  return !c.value.unit || (main.unit !== null && companyKey(c.value.unit) === companyKey(main.unit));
}

/** "the AWS department" names the unit already known, not a team within it. */
function namesEmployer(name: string, main: Mention): boolean {
  const k = companyKey(name);
  return [main.company, main.unit ?? '', ...(main.aliases ?? [])].some((n) => n && companyKey(n) === k);
}

const BACKGROUND_DAYS = 45;
const daysBetween = (a: string, b: string) =>
  (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;

/** Where the clause about the cut ends: "... team coincides with X's decision" stops before "coincides". */
function windowEnd(s: Sentence, reference: RegExpExecArray): number {
  const rest = s.text.slice(reference.index + reference[0].length);
  const other = OTHER_MATTER.exec(rest);
  return s.start + (other ? reference.index + reference[0].length + other.index : s.text.length);
}

/**
 * The part of a sentence that speaks of the main event, or null when the sentence is not about it:
 * it must refer to the cut, state no headcount of its own, name no other employer or unit and have
 * no date long before the publication (words that set it in the past, BACKGROUND, are tested by
 * the caller before the sentence is parsed). "The reduction in AWS’ store technology team
 * coincides with Amazon’s decision ..." → "The reduction in AWS’ store technology team".
 */
function followUpWindow(
  ctx: ExtractionContext,
  s: Sentence,
  cs: readonly Candidate[],
  main: Mention,
  end: number,
): { end: number } | null {
  if (cs.some((c) => c.kind === 'count' || c.kind === 'percent')) return null;
  const inWindow = (c: Candidate) => c.span.start >= s.start && c.span.end <= end;
  const teams = cs.filter((c) => c.kind === 'department');
  for (const c of cs) {
    if (!inWindow(c)) continue;
    if (c.kind === 'company') {
      if (c.value.source || c.value.via === 'focus' || teams.some((t) => overlaps(t.span, c.span))) continue;
      if (!namesMainEmployer(c, main)) return null;
    }
    if (
      c.kind === 'date' &&
      c.value.end &&
      ctx.reference &&
      daysBetween(c.value.end, ctx.reference) > BACKGROUND_DAYS
    )
      return null;
  }
  return { end };
}

/**
 * Fills the main event's teams, places, reason and severance from the sentences that follow it up
 * ("These cuts will impact both sales and marketing teams", "Those in the U.S. will receive pay
 * and benefits for 60 days", a spokesperson's statement right after). Background events never get
 * follow-up details: a follow-up names no other employer and no count of its own.
 */
export interface FollowUpSentences {
  /** The sentence's candidates, parsed and refined (the extractor's per-article memo). */
  readonly candidatesOf: (s: Sentence) => readonly Candidate[];
  /** False when no team or place parser can match the sentence (a cheap test before parsing it). */
  readonly mayNameTeamOrPlace?: (s: Sentence) => boolean;
  /**
   * Does the sentence speak of layoffs at all (hasTrigger, which the extractor has asked of every
   * sentence already): where it does not, no trigger can be the sentence's reference to the cut.
   */
  readonly speaksOfLayoffs?: (s: Sentence) => boolean;
}

export function attachFollowUps(
  ctx: ExtractionContext,
  mentions: readonly Mention[],
  {
    candidatesOf,
    mayNameTeamOrPlace = () => true,
    speaksOfLayoffs = (s) => hasTrigger(s.text),
  }: FollowUpSentences,
): Mention[] {
  const main = mentions.find((m) => m.primary);
  if (!main) return [...mentions];
  const own = new Set<number>();
  const others = new Set<number>();
  for (const s of ctx.sentences) {
    if (overlaps(s, main.evidence)) own.add(s.index);
    else if (mentions.some((m) => !m.primary && overlaps(s, m.evidence))) others.add(s.index);
  }
  const d = detailsOf(main);
  let lastAbout = -Infinity;
  for (const s of ctx.sentences) {
    if (own.has(s.index)) {
      lastAbout = s.index;
      if (!d.severance && SEVERANCE_CUE.test(s.text)) d.severance = findSeverance(ctx.text, s);
      continue;
    }
    if (others.has(s.index)) continue;
    const reference = EVENT_REFERENCE.exec(s.text) ?? (speaksOfLayoffs(s) ? firstTrigger(s.text) : null);
    const severance = SEVERANCE_CUE.test(s.text);
    const statement = STATEMENT.test(s.text) && s.index - lastAbout <= STATEMENT_REACH;
    if (!reference && !severance && !statement) continue;
    const anchor = reference ?? SEVERANCE_CUE.exec(s.text) ?? STATEMENT.exec(s.text);
    if (!anchor) continue;
    const end = windowEnd(s, anchor);
    // A statement alone ('"We had to act," the chief executive said') can only add a team, a place
    // or the reason, and moves nothing else: when it can add none, it is not parsed at all.
    if (
      !reference &&
      !severance &&
      !mayNameTeamOrPlace(s) &&
      (d.reason || !findReason(ctx.text, s.start, ctx.text.slice(s.start, end)))
    )
      continue;
    // "Those layoffs began in 2023": set in the past, whatever its candidates (tested before parsing).
    if (BACKGROUND.test(ctx.text.slice(s.start, end))) continue;
    const cs = candidatesOf(s);
    const window = followUpWindow(ctx, s, cs, main, end);
    if (!window) continue;
    if (reference || severance) lastAbout = s.index;
    for (const c of cs) {
      if (c.span.end > window.end) continue;
      if (c.kind === 'department' && !UNIT_RULE.test(c.rule) && !namesEmployer(c.value.name, main))
        addDepartment(d, c.value.name, c.span);
      if (c.kind === 'location' && c.value.ofCuts !== false) addLocation(d, c.value.name, c.span);
    }
    if (!d.reason) d.reason = findReason(ctx.text, s.start, ctx.text.slice(s.start, window.end));
    if (!d.severance && severance) d.severance = findSeverance(ctx.text, s);
  }
  const enriched: Mention = {
    ...main,
    departments: d.departments,
    departmentSpans: d.departmentSpans,
    locations: d.locations,
    locationSpans: d.locationSpans,
    reason: d.reason?.text ?? null,
    reasonSpan: d.reason?.span ?? null,
    severance: d.severance?.text ?? null,
    severanceSpan: d.severance?.span ?? null,
  };
  return mentions.map((m) => (m === main ? enriched : m));
}
