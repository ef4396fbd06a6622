import { readFileSync } from 'node:fs';
import type { ArticleInput } from '../domain/article.ts';
import type { AggregateClaim, ExtractionResult, Mention } from '../domain/mention.ts';
import type { Span } from '../domain/span.ts';
import { detectAggregate, STANDING_CUE, standingTally, type DetectedAggregate } from './aggregate.ts';
import {
  assembleSentence,
  describesNextName,
  distributeToListed,
  type Focus,
  warnItemMention,
} from './assemble.ts';
import { DEFAULT_CONFIGURATION } from './configuration.ts';
import { withAnnouncementDay } from './dates/announcement.ts';
import type { Candidate, ExtractionContext, ExtractOptions, Parser } from './context.ts';
import { TEMPLATE_ARTICLE } from './filters.ts';
import { COMMON_WORDS, FOCUS_NOUNS } from './lexicon/stopwords.ts';
import { escapeRegExp, matchAny } from './patterns.ts';
import { UNITS, type UnitEntry } from './lexicon/units.ts';
import { COUNTRIES } from './lexicon/places.ts';
import {
  capitalisedNameParser,
  isBylineOrPerson,
  isPageFurniture,
  isPlaceName,
  personSurnames,
  unitLexiconParser,
} from './parsers/company.parser.ts';
import { departmentParser, describedTeamParser, locationParser } from './parsers/detail.parser.ts';
import { answersLayoffQuestion, LIST_ITEM_CUE } from './parsers/headcount.parser.ts';
import { workforceParsers } from './parsers/percent.parser.ts';
import {
  choosePrimaryRefiner,
  mergeRetellingsRefiner,
  type WorkforceStatement,
  withBreakdownDates,
} from './refiners/article.refiner.ts';
import { hasTrigger } from './parsers/trigger.parser.ts';
import { findPublished } from './published.ts';
import { withCompanyConfirmation } from './status.ts';
import type { Sentence } from './sentences.ts';
import { splitSentences } from './sentences.ts';
import { attachFollowUps } from './details.ts';
import { withStatedParents } from './refiners/parent.refiner.ts';

export type { ExtractOptions } from './context.ts';

/** Sentences at the top searched for the headline company when the first has none. */
const HEADLINE_SENTENCES = 3;
/** Safety bound on candidates per sentence: pathological input cannot blow up refiners. */
const MAX_CANDIDATES_PER_SENTENCE = 400;

const NOOP = () => {};
/** How many sentences back a company list can be referred to by "these companies ... each". */
const LIST_REACH = 2;
/** Parsers of the date family (run after the company and quantity parsers in the configuration). */
const DATE_PARSERS = new Set(['DateParser']);

function loadUnits(options: ExtractOptions | undefined): readonly UnitEntry[] {
  if (options?.units && options.units.length > 0) return [...options.units, ...UNITS];
  if (!options?.unitsFile) return UNITS;
  const parsed: unknown = JSON.parse(readFileSync(options.unitsFile, 'utf8'));
  if (!Array.isArray(parsed))
    throw new TypeError(`${options.unitsFile}: expected a JSON array of {parent, unit, aliases}`);
  const extra: UnitEntry[] = [];
  for (const e of parsed) {
    if (e && typeof e === 'object' && typeof (e as { parent?: unknown }).parent === 'string') {
      const r = e as { parent: string; unit?: unknown; aliases?: unknown };
      const aliases = Array.isArray(r.aliases)
        ? r.aliases.filter((a): a is string => typeof a === 'string' && a.length > 0)
        : [];
      extra.push({ parent: r.parent, unit: typeof r.unit === 'string' ? r.unit : null, aliases });
    }
  }
  return [...extra, ...UNITS];
}

/** What a parser's `extract` returned for one regex match (null: the match was rejected). */
type Found = Candidate | readonly Candidate[] | null;

/**
 * Per-article memo of parser output by sentence. The headline scan, the layoff pass and the
 * workforce pass read the same sentences with the same parsers ("Pellam to cut 9% of its 8,000
 * staff" in the headline is parsed for names by all three); parsers and refiners are pure in
 * (ctx, sentence, match), so a stored run is the run. Only complete runs are stored: the layoff
 * pass may stop a parser early at MAX_CANDIDATES_PER_SENTENCE.
 */
/** The parsers of teams and places ("its sales teams", "in Germany"), run alone by the follow-up pass. */
const DETAIL_PARSERS: readonly Parser[] = [departmentParser, describedTeamParser, locationParser];

/** The parsers that name companies, run alone by the headline and workforce passes. */
const NAME_PARSERS: readonly Parser[] = [unitLexiconParser, capitalisedNameParser];

/**
 * Every parser the extractor runs, numbered once, the configuration's first and in its order:
 * a sentence's memo is then two small arrays indexed by number, not maps (the layoff pass asks
 * them about forty times per sentence).
 */
const ALL_PARSERS: readonly Parser[] = [
  ...new Set([...DEFAULT_CONFIGURATION.parsers, ...NAME_PARSERS, ...DETAIL_PARSERS, ...workforceParsers]),
];
if (new Set(DEFAULT_CONFIGURATION.parsers).size !== DEFAULT_CONFIGURATION.parsers.length)
  throw new Error('a parser is listed twice in the configuration: slots would not line up');
const SLOT = new Map(ALL_PARSERS.map((p, i) => [p, i]));
/** Every distinct cue regex, and for each parser slot the numbers of its cues. */
const CUES: RegExp[] = [];
const CUE_SLOTS: readonly (readonly number[])[] = ALL_PARSERS.map((p) => {
  const required = p.requires;
  if (!required) return [];
  const list = Array.isArray(required) ? (required as readonly RegExp[]) : [required as RegExp];
  return list.map((re) => {
    const at = CUES.indexOf(re);
    if (at >= 0) return at;
    CUES.push(re);
    return CUES.length - 1;
  });
});
/** The date parser alone (an item's later sentences are read for their dates only). */
const DATE_ONLY: readonly Parser[] = ALL_PARSERS.filter((p) => DATE_PARSERS.has(p.name));
/** Slots of the date family (run after the company and quantity parsers in the configuration). */
const IS_DATE_SLOT: readonly boolean[] = ALL_PARSERS.map((p) => DATE_PARSERS.has(p.name));
/** What a parser found in a sentence its cues rule out: nothing (shared, never written to). */
const NO_RUN: readonly Found[] = Object.freeze([]);

interface SentenceMemo {
  /** Parser slot → what it found on each match, in match order. */
  readonly runs: (readonly Found[] | undefined)[];
  /** The refined company candidates of the sentence, parsed alone (headline and workforce passes). */
  names?: readonly Candidate[];
  /** Every parser's candidates of the sentence, refined (the layoff pass and the follow-up pass). */
  refined?: Candidate[];
  trigger?: boolean;
  /** Cue number → 0 not asked yet, 1 present, 2 absent (NUMBER_CUE is asked by a dozen parsers). */
  readonly cues: Uint8Array;
}

class ParseMemo {
  private readonly memos: (SentenceMemo | undefined)[] = [];
  constructor(private readonly ctx: ExtractionContext) {}

  /** The article's sentences. */
  get sentences(): readonly Sentence[] {
    return this.ctx.sentences;
  }

  of(s: Sentence): SentenceMemo {
    let m = this.memos[s.index];
    if (!m) {
      m = {
        runs: new Array<readonly Found[] | undefined>(ALL_PARSERS.length),
        cues: new Uint8Array(CUES.length),
      };
      this.memos[s.index] = m;
    }
    return m;
  }

  /** Every match of the parser over the sentence, run once per article. */
  run(parser: Parser, s: Sentence): readonly Found[] {
    const slot = SLOT.get(parser);
    if (slot === undefined) throw new TypeError(`parser ${parser.name} is not configured`);
    const memo = this.of(s);
    const stored = memo.runs[slot];
    if (stored) return stored;
    if (!this.passes(slot, memo, s)) {
      memo.runs[slot] = NO_RUN;
      return NO_RUN;
    }
    const out: Found[] = [];
    const re = parser.pattern(this.ctx);
    re.lastIndex = 0;
    for (let m = re.exec(s.text); m !== null; m = re.exec(s.text)) {
      if (m[0].length === 0 && re.lastIndex === m.index) re.lastIndex++;
      out.push(parser.extract(this.ctx, s, m));
      if (!re.global) break;
    }
    re.lastIndex = 0;
    memo.runs[slot] = out;
    return out;
  }

  /** False when one of the parser's `requires` cues is absent from the sentence: its pattern cannot match. */
  passes(slot: number, memo: SentenceMemo, s: Sentence): boolean {
    for (const cue of CUE_SLOTS[slot] ?? []) {
      let known = memo.cues[cue];
      if (!known) {
        const re = CUES[cue] as RegExp;
        re.lastIndex = 0;
        known = re.test(s.text) ? 1 : 2;
        memo.cues[cue] = known;
      }
      if (known === 2) return false;
    }
    return true;
  }

  /** Does the sentence speak of layoffs at all (hasTrigger), asked once per sentence. */
  trigger(s: Sentence): boolean {
    const memo = this.of(s);
    // "How many jobs are going?" / "About 350, according to a memo.": the answer's layoff word is
    // its question's.
    memo.trigger ??= hasTrigger(s.text) || answersLayoffQuestion(this.ctx, s);
    return memo.trigger;
  }

  /** All candidates of the sentence, parsed by the whole configuration and refined, once. */
  refined(s: Sentence): Candidate[] {
    const memo = this.of(s);
    memo.refined ??= refineSentence(this.ctx, s, parseSentence(this, this.ctx, s));
    return memo.refined;
  }

  /** The company names of the sentence, its name parsers' output refined on its own. */
  names(s: Sentence): readonly Candidate[] {
    const memo = this.of(s);
    memo.names ??= refineSentence(this.ctx, s, runParsers(this, s, NAME_PARSERS));
    return memo.names;
  }
}

function pushFound(out: Candidate[], found: Found): void {
  if (found === null) return;
  if (Array.isArray(found)) for (const c of found as readonly Candidate[]) out.push(c);
  else out.push(found as Candidate);
}

/** Runs every parser of the configuration over one sentence, in order. */
function parseSentence(memo: ParseMemo, ctx: ExtractionContext, s: Sentence): Candidate[] {
  const out: Candidate[] = [];
  const sm = memo.of(s);
  const runs = sm.runs;
  let datesNeeded: boolean | null = null;
  const parsers = DEFAULT_CONFIGURATION.parsers;
  for (let slot = 0; slot < parsers.length; slot++) {
    const parser = parsers[slot] as Parser;
    if (IS_DATE_SLOT[slot]) {
      // Dates only matter next to an employer or a quantity; the date pass is among the most
      // expensive ones, so a sentence with neither ("the layoffs were painful") skips it.
      datesNeeded ??= out.some((c) => c.kind !== 'trigger');
      if (!datesNeeded) continue;
    }
    const stored = runs[slot];
    if (stored) {
      for (const found of stored) {
        pushFound(out, found);
        if (out.length > MAX_CANDIDATES_PER_SENTENCE) break;
      }
      continue;
    }
    // Not run yet: run it here, stopping at the candidate bound, and keep the run when complete.
    if (!memo.passes(slot, sm, s)) {
      runs[slot] = NO_RUN;
      continue;
    }
    const record: Found[] = [];
    let complete = true;
    const re = parser.pattern(ctx);
    re.lastIndex = 0;
    for (let m = re.exec(s.text); m !== null; m = re.exec(s.text)) {
      if (m[0].length === 0 && re.lastIndex === m.index) re.lastIndex++;
      const found = parser.extract(ctx, s, m);
      record.push(found);
      pushFound(out, found);
      if (!re.global) break;
      if (out.length > MAX_CANDIDATES_PER_SENTENCE) {
        complete = false;
        break;
      }
    }
    re.lastIndex = 0;
    if (complete) runs[slot] = record;
  }
  return out;
}

function refineSentence(ctx: ExtractionContext, s: Sentence, cs: Candidate[]): Candidate[] {
  let current: Candidate[] = cs;
  for (const refiner of DEFAULT_CONFIGURATION.refiners) current = refiner.refine(ctx, s, current);
  return current;
}

/** Runs only the given parsers over one sentence. */
function runParsers(memo: ParseMemo, s: Sentence, parsers: readonly Parser[]): Candidate[] {
  const cs: Candidate[] = [];
  for (const parser of parsers) for (const found of memo.run(parser, s)) pushFound(cs, found);
  return cs;
}

/**
 * Every workforce the article states, in any sentence ("The paper had about 85 newsroom
 * employees", "Pellam, which employs 9,200 people, ..."), with the company named in that sentence
 * (null for "the company"/"the paper": the company in focus). The main event's percent is taken
 * of it even when the two sit in different sentences.
 */
/** A headcount told in the past: "had roughly 1,900 employees at the end of last year". */
const PAST_WORKFORCE = /\b(?:had|employed|was|were)\b/i;

/** How far after a stated workforce its employer's name may come: "7,500 employees at Corvel". */
const OWNER_AFTER_REACH = 40;

function workforceStatements(memo: ParseMemo, ctx: ExtractionContext): WorkforceStatement[] {
  const out: WorkforceStatement[] = [];
  for (const s of ctx.sentences) {
    if (!/\d/.test(s.text)) continue;
    const wfs = runParsers(memo, s, workforceParsers).filter((c) => c.kind === 'workforce');
    if (wfs.length === 0) continue;
    const names = memo.names(s).filter((c) => c.kind === 'company' && !c.value.source);
    for (const w of wfs) {
      if (w.kind !== 'workforce') continue;
      // "Stripe let go of 14 percent ..., and Twitter dismissed roughly half of its 7,500
      // employees": the workforce is the nearest name's before it, not the sentence's first.
      // A name after it owns it only when close ("7,500 employees at Corvel"): in "employed about
      // 84,900 people as of July 2023, according to …, with its acquisition of Tessin" Tessin is not
      // the employer; with no owner the workforce is the company in focus's.
      const owner =
        names.filter((c) => c.span.end <= w.span.start).pop() ??
        names.find((c) => c.span.start >= w.span.end && c.span.start - w.span.end <= OWNER_AFTER_REACH);
      out.push({
        company: owner?.kind === 'company' ? owner.value.name : null,
        value: w.value.value,
        approx: w.value.approx,
        span: w.span,
        past: PAST_WORKFORCE.test(
          s.text.slice(Math.max(0, w.span.start - s.start - 60), w.span.start - s.start),
        ),
      });
    }
  }
  return out;
}

/**
 * Every sentence filter joined into one alternation, tested first: most layoff sentences pass all
 * of them ("Pellam will cut 200 jobs"), and one scan of the sentence costs less than sixteen
 * (in `npm run bench:extract` the separate scans took about 5% of the extractor's time). An
 * alternation matches where one of its members does, so the filter found is the same. Null when
 * the filters cannot be joined without changing what they match: different flags, or
 * backreferences and named groups (whose numbers and names would clash).
 */
export function joinFilters(filters: readonly { readonly re: RegExp }[]): RegExp | null {
  const flags = filters[0]?.re.flags;
  if (flags === undefined || /[gy]/.test(flags)) return null;
  for (const { re } of filters)
    if (re.flags !== flags || /\\[1-9]|\\k<|\(\?<(?![=!])/.test(re.source)) return null;
  return new RegExp(filters.map(({ re }) => `(?:${re.source})`).join('|'), flags);
}
const ANY_FILTER = joinFilters(DEFAULT_CONFIGURATION.sentenceFilters);

/** A pronoun or "the company" standing for the employer: "It said ...", "In 2022 it cut ...". */
const PRONOUN = /(?:^|[\s,])(?:[Ii]t|[Tt]he\s+company)\s/;
/** Up to two words before a sentence's subject name: "Rival FedEx", "Meanwhile, FedEx". */
const SUBJECT_LEAD = /^(?:[A-Za-z’'-]+,?\s+){0,2}$/;

/**
 * The company that opens the sentence before, when this sentence names none and the previous
 * one is not itself a layoff sentence (that one set the focus already).
 */
function previousSubject(memo: ParseMemo, previous: Sentence, here: readonly Candidate[]): Focus | null {
  if (here.some((c) => c.kind === 'company' && c.value.via !== 'focus' && !c.value.source)) return null;
  if (memo.trigger(previous)) return null;
  const first = memo.names(previous).find((c) => c.kind === 'company' && !c.value.source);
  if (!first || first.kind !== 'company' || first.value.via === 'focus') return null;
  if (!SUBJECT_LEAD.test(previous.text.slice(0, first.span.start - previous.start))) return null;
  return { name: first.value.name, unit: first.value.unit };
}

/** Nouns any company is called by ("the company", "the group"): they tell no company from another. */
const GENERAL_FOCUS_NOUNS: ReadonlySet<string> = new Set([
  'company',
  'firm',
  'group',
  'giant',
  'business',
  'corporation',
  'conglomerate',
  'multinational',
  'organisation',
  'organization',
  'employer',
]);
/** Trade nouns, longest first, so "the social media giant" ends in "social media giant". */
const TRADE_NOUNS = FOCUS_NOUNS.filter((n) => !GENERAL_FOCUS_NOUNS.has(n)).sort(
  (a, b) => b.length - a.length,
);
/** A trade noun that describes another company than the article's own: "rival publisher Ubisoft". */
const OTHER_COMPANY_BEFORE =
  /\b(?:rival|rivals|fellow|other|another|competitor|competing|smaller|larger|bigger)\s+$/i;

/** Per trade noun, built once: the noun right before a name, or in the name's apposition. */
const DESCRIBED_BY = new Map<string, { readonly before: RegExp; readonly after: RegExp }>();
function describedBy(noun: string): { readonly before: RegExp; readonly after: RegExp } {
  let res = DESCRIBED_BY.get(noun);
  if (!res) {
    const n = escapeRegExp(noun);
    res = {
      before: new RegExp(`\\b${n}\\s+$`),
      after: new RegExp(`^,?\\s+(?:the|a|an)\\s+(?:[\\w-]+\\s+){0,3}?${n}\\b`),
    };
    DESCRIBED_BY.set(noun, res);
  }
  return res;
}

/**
 * "Stockholm-based publisher Nordlicht Interactive has closed the studio of its subsidiary
 * Emberfall Games ... In May, the publisher cut about 8% of its workforce": a trade noun the
 * article gave one company before ("publisher Nordlicht", "Nordlicht, the Swedish publisher")
 * names that company, though another one was talked about last. Null when the noun is general
 * ("the company"), was given to no company or to more than one.
 */
function describedCompany(
  memo: ParseMemo,
  ctx: ExtractionContext,
  s: Sentence,
  here: readonly Candidate[],
): Focus | null {
  const ref = here.find((c) => c.kind === 'company' && c.value.via === 'focus');
  if (!ref) return null;
  const said = ref.span.text.replace(/['’]s$/, '');
  const based = BASED_IN.exec(said);
  if (based) return placedCompany(memo, ctx, s, based[1] as string);
  const noun = TRADE_NOUNS.find((n) => said.endsWith(n));
  if (!noun) return null;
  const { before, after } = describedBy(noun);
  const named = new Map<string, Focus>();
  for (const t of ctx.sentences) {
    if (t.index >= s.index) break;
    if (!t.text.includes(noun)) continue;
    for (const c of memo.names(t)) {
      if (c.kind !== 'company' || c.value.source || c.value.via === 'focus') continue;
      const head = ctx.text.slice(Math.max(t.start, c.span.start - 60), c.span.start);
      const tail = ctx.text.slice(c.span.end, Math.min(t.end, c.span.end + 80));
      const m = before.exec(head);
      const described =
        (m !== null && !OTHER_COMPANY_BEFORE.test(head.slice(0, m.index))) || after.test(tail);
      if (described) named.set(c.value.name, { name: c.value.name, unit: null });
    }
  }
  return named.size === 1 ? ([...named.values()][0] ?? null) : null;
}

/** "the Stockholm-based company": the place a reference says the company is based in. */
const BASED_IN = /\b([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)-based\b/;
/** A place word before a trade noun and a name ("Montreal studio Lanternfish", "Swedish publisher X"). */
const PLACE_BEFORE_NAME =
  /\b([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)(?:-based)?\s+(?:[a-z][\w-]*\s+){0,2}[a-z]+\s+$/;
/** The same in the name's apposition: "X, the Montreal studio behind ...", "X, a Leeds-based firm". */
const PLACE_AFTER_NAME = /^,\s+(?:the|a|an)\s+([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)(?:-based)?\s+[a-z]/;
/** "Swedish", "Canadian", "Japanese": a nation's adjective places a company in no one town. */
const NATIONALITY = /(?:ish|ian|ese|an|ch|i)$/;

/**
 * "Swedish publisher Corvane has closed Lanternfish, the Montreal studio ... In 2023 the
 * Stockholm-based company let go of 8%": "the X-based company" is the company the text placed in
 * X, or else the one company placed somewhere that is not another town (a nation's adjective or a
 * country fits any town in it). Null when none or several fit.
 */
function placedCompany(memo: ParseMemo, ctx: ExtractionContext, s: Sentence, place: string): Focus | null {
  const exact = new Map<string, Focus>();
  const fits = new Map<string, Focus>();
  const elsewhere = new Set<string>();
  const want = place.toLowerCase();
  for (const t of ctx.sentences) {
    if (t.index >= s.index) break;
    for (const c of memo.names(t)) {
      if (c.kind !== 'company' || c.value.source || c.value.via === 'focus') continue;
      const head = ctx.text.slice(Math.max(t.start, c.span.start - 60), c.span.start);
      const tail = ctx.text.slice(c.span.end, Math.min(t.end, c.span.end + 60));
      const said = [PLACE_BEFORE_NAME.exec(head)?.[1], PLACE_AFTER_NAME.exec(tail)?.[1]];
      const focus = { name: c.value.name, unit: null };
      for (const at of said) {
        if (!at) continue;
        const where = at.toLowerCase();
        if (where === want) exact.set(c.value.name, focus);
        else if (COUNTRY_NAMES.has(where)) fits.set(c.value.name, focus);
        else if (isPlaceName(at)) elsewhere.add(c.value.name);
        else if (NATIONALITY.test(where)) fits.set(c.value.name, focus);
        else continue;
        break;
      }
    }
  }
  // "Velmora" in the headline and "Velmora Playthings" in the lead are one company.
  for (const map of [exact, fits])
    for (const name of map.keys())
      if ([...map.keys()].some((o) => o !== name && o.startsWith(`${name} `))) map.delete(name);
  if (exact.size === 1) return [...exact.values()][0] ?? null;
  if (exact.size > 1) return null;
  for (const name of elsewhere) fits.delete(name);
  return fits.size === 1 ? ([...fits.values()][0] ?? null) : null;
}

/**
 * "KOKOMO — A corrugated packaging plant will shut down, putting 143 people out of work": a cut
 * told of an employer introduced only by a description ("A ... plant", "An ... operator"), the
 * name to come in the next sentences.
 */
const UNNAMED_SUBJECT = /(?:^|[—–:]\s+)An?\s+[^,.;]*$/;
/** How many sentences after such a cut its employer may be named. */
const UNNAMED_REACH = 2;
/**
 * The same from a headline ("Regional airline to axe 180 jobs"): the byline, the date line and
 * the lead's first sentence may come before the name.
 */
const HEADLINE_UNNAMED_REACH = 6;
/**
 * The naming sentence tells the same cut as a notice or a filing ("Harlan Box notified the state
 * in a WARN notice filed Monday", "Corvel Inc. submitted a report to the labour office"), or as a
 * statement about the cuts ("Corvel said the cuts take effect in June"; not "Corvel opened a
 * showroom, the company said").
 */
const NOTICE_TOLD = /\b(?:notif(?:ied|ies|y|ication)|notice|fil(?:ed|ing)|submitted|report)\b/i;
const STATEMENT_TOLD = /\b(?:said|says|told|announced|confirmed)\b/i;
const CUT_NAMED_AGAIN =
  /\b(?:cuts?|lay-?offs?|closure|closing|shutdown|retrench\w*|redundanc\w*|job\s+losses|terminations?|separations|dismissals|reductions)\b/i;
/**
 * Or the employer tells the people the cut put out of work: "Tarn Shiksha Trust told the teachers
 * on Thursday that ...", "Pellow Joinery informed the workers last Friday" (the noun of the cut's
 * own figure, or a general word for staff).
 */
const WORKERS_TOLD =
  /\b(?:told|informed|notified|wrote\s+to|messaged)\s+(?:the|its|all|their)\s+(?:affected\s+|remaining\s+)?([a-z][a-z-]+)\b/;
const STAFF_WORDS = /^(?:workers|employees|staff|staffers|people|crew|personnel)$/;
/**
 * "the cuts, which include 120 nursing roles", "the reductions, equal to roughly 260 full-time
 * equivalents": a figure told as a part or another measure of the cut named again.
 */
const PART_OF_CUT =
  /\b(?:includ(?:e|es|ing)|among\s+them|(?:equal|equivalent)\s+to)\s+(?:about\s+|some\s+|roughly\s+|around\s+)?$/i;

/**
 * The employer a sentence names as its subject when it tells a cut told just before without a
 * name ("Harlan Box & Carton notified the state ... in a WARN notice filed Monday"): the first
 * name, at the sentence start, a notice/filing/statement cue, and no quantity of its own (a new
 * figure would be another cut).
 */
function namingSubject(memo: ParseMemo, s: Sentence, cut?: readonly Candidate[]): Focus | null {
  if (
    !NOTICE_TOLD.test(s.text) &&
    !(STATEMENT_TOLD.test(s.text) && CUT_NAMED_AGAIN.test(s.text)) &&
    !toldTheWorkers(s.text, cut)
  )
    return null;
  const first = memo.names(s).find((c) => c.kind === 'company' && !c.value.source);
  if (!first || first.kind !== 'company' || first.value.via === 'focus') return null;
  if (!SUBJECT_LEAD.test(s.text.slice(0, first.span.start - s.start))) return null;
  if (
    memo
      .refined(s)
      .some(
        (c) =>
          (c.kind === 'count' || c.kind === 'percent') &&
          !PART_OF_CUT.test(s.text.slice(Math.max(0, c.span.start - s.start - 30), c.span.start - s.start)),
      )
  )
    return null;
  return { name: first.value.name, unit: first.value.unit };
}

/** Does the sentence tell the cut's workers ("told the teachers"), by the noun of the cut's figure? */
function toldTheWorkers(text: string, cut: readonly Candidate[] | undefined): boolean {
  const m = WORKERS_TOLD.exec(text);
  if (!m || !cut) return false;
  const noun = m[1] as string;
  if (STAFF_WORDS.test(noun)) return true;
  return cut.some(
    (c) =>
      c.kind === 'count' &&
      c.span.text
        .toLowerCase()
        .split(/[^a-z-]+/)
        .includes(noun),
  );
}

/**
 * The nouns an employer is described by before its name is told: the trade nouns of the lexicon
 * ("hospital system", "contractor", "airline"), not those of a part ("an Ardent unit").
 */
const EMPLOYER_NOUN = matchAny(
  FOCUS_NOUNS.filter(
    (n) => !/^(?:unit|division|arm|subsidiary|affiliate|parent|owner|brand|service|platform)$/.test(n),
  ),
);
/**
 * The same and the workplaces that stand for their owner in a clause ("when a textile plant
 * closes"). Not before a subject's verb: "Hadley Motors plant to close" names the plant's owner.
 */
const EMPLOYER_OR_WORKPLACE = matchAny([
  ...FOCUS_NOUNS,
  'plant',
  'factory',
  'mill',
  'mine',
  'smelter',
  'refinery',
]);
/**
 * Words of a description that are neither a preposition nor a verb nor a clause's start, nor a
 * possessive ("Vauxhall's Luton van plant to close" names its owner).
 */
const DESCRIPTION_WORD = String.raw`(?!(?:of|for|at|from|by|with|in|on|and|or|to|said|says|told|the|its|their|that|which|who)\b)[\w.&-]+(?![’'\w])`;
/**
 * "DES MOINES (KMRW) — A central Iowa hospital system says it will eliminate ...": the subject is
 * an employer described by an indefinite article, up to five words and a trade noun, before the
 * layoff verb (no comma: "A Texas chipmaker, Halden Semiconductor, will cut" names it).
 */
const DESCRIBED_SUBJECT = new RegExp(
  String.raw`(?:^|[—–]\s+)An?\s+(?:${DESCRIPTION_WORD}\s+){0,5}?(?:${EMPLOYER_NOUN})\b(?=[^,;]*$)`,
);
/** A headline's subject that is only a description: "Hospital system to cut 300 jobs", "Regional airline to axe 180". */
const DESCRIBED_HEADLINE = new RegExp(
  String.raw`^((?:${DESCRIPTION_WORD}\s+){0,3}?(?:${EMPLOYER_NOUN}))\s+(?:to|will|plans\s+to|is|says|cuts|lays|sheds|axes|slashes)\b`,
);
/**
 * "More than 200 workers will lose their jobs when a Greenville textile plant closes": the
 * employer described in the clause that tells why the jobs go.
 */
const DESCRIBED_IN_CLAUSE = new RegExp(
  String.raw`\b(?:when|as|after|because)\s+an?\s+(?:${DESCRIPTION_WORD}\s+){0,5}?(?:${EMPLOYER_OR_WORKPLACE})\s+(?:closes|shuts|will\s+close|will\s+shut|is\s+closing|is\s+shutting)\b`,
);
/**
 * After a layoff verb, a name behind a cause word is the cause, not the employer: "to cut 300
 * jobs amid a Medicaid shortfall", "despite Corvel's bid". Up to three words between.
 */
const CAUSE_BEFORE =
  /\b(?:amid|amidst|despite|due\s+to|because\s+of|in\s+the\s+face\s+of)\s+(?:[\w’'-]+\s+){0,3}$/i;
/** After the cut, a name followed by its statement verb tells the cut: "..., Halden Semiconductor said". */
const STATEMENT_AFTER = /^['’]?s?,?\s+(?:said|says|announced|confirmed|told)\b/;
/** "... 300 jobs at Halden's plant": a name after "at" places the cut with its owner. */
const AT_BEFORE = /\b(?:at|of)\s+(?:the\s+)?$/i;
/**
 * "its plant in Dorchester, Manitoba, from June": a name after "in <Town>, " that closes with a
 * comma or a stop is the town's region, never an employer (case-sensitive: the town is capitalised).
 */
const TOWN_BEFORE = /\b(?:in|at|near|outside)\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2},\s+$/;
const REGION_AFTER = /^\s*(?:[,.;)]|$)/;
/**
 * "Fernleaf, the studio behind the puzzle game Moonrake, ...": a name after "the studio behind"
 * is the studio's product, not who cuts. Up to four words between ("the cult puzzle game").
 */
const PRODUCT_BEFORE =
  /\b(?:studio|studios|company|firm|team|developer|maker|publisher|startup|outfit)\s+behind\s+(?:[\w’'-]+\s+){0,4}?$/i;

/** Where a sentence's or headline's subject is a described employer, and where that description ends. */
function describedSubject(s: Sentence, triggerStart: number, headline: boolean): number | null {
  const head = s.text.slice(0, triggerStart - s.start);
  if (/\bAn?\s/.test(head)) {
    const m = DESCRIBED_SUBJECT.exec(head);
    if (m) return s.start + m.index + m[0].length;
  }
  if (headline) {
    // The noun is in lower case ("Reston contractor to ..."), or the headline's first word
    // ("Hospital system to ..."); "Nordwall Bank to cut" is a name.
    const m = DESCRIBED_HEADLINE.exec(head.charAt(0).toLowerCase() + head.slice(1));
    if (m) return s.start + m.index + (m[1] as string).length;
  }
  return null;
}

/**
 * Drops the names of a layoff sentence that cannot be its employer: a name behind a cause word
 * after the verb ("to cut 300 jobs amid Medicaid shortfall"), and, when the subject is an employer
 * told only by a description ("A Midwest hospital system will eliminate about 300 positions as it
 * faces lower Medicaid payments"), the names inside the description (they say where or what) and
 * the names after the verb that neither tell the cut (", Larkfield said") nor own its place ("at
 * Larkfield's plant"). The employer is then the company in focus, or the one a later sentence
 * names. Returns the candidates unchanged (the same array) when nothing is dropped, and whether the
 * subject was a description.
 */
function withoutStrayNames(
  ctx: ExtractionContext,
  s: Sentence,
  candidates: readonly Candidate[],
  headline: boolean,
): { candidates: readonly Candidate[]; described: boolean } {
  const trigger = candidates.find((c) => c.kind === 'trigger');
  if (!trigger) return { candidates, described: false };
  // "Regional airline to axe 180 jobs": with no name to drop, only a headline's description is
  // news (a body sentence's "A ... airline" is told by UNNAMED_SUBJECT).
  if (!candidates.some((c) => c.kind === 'company' && c.value.via !== 'focus'))
    return { candidates, described: headline && describedSubject(s, trigger.span.start, true) !== null };
  const descriptionEnd = describedSubject(s, trigger.span.start, headline);
  // "A state agency said Corvel will cut 300 jobs": a name between the description and the verb
  // is the subject that cuts.
  const described =
    descriptionEnd !== null &&
    !candidates.some(
      (c) =>
        c.kind === 'company' &&
        c.value.via !== 'focus' &&
        c.span.start >= descriptionEnd &&
        c.span.end <= trigger.span.start,
    );
  const names = candidates.filter((c) => c.kind === 'company' && c.value.via !== 'focus').length;
  const stray = (c: Candidate): boolean => {
    if (c.kind !== 'company' || c.value.via === 'focus' || c.value.source) return false;
    // A region after its town or a studio's product is no employer, when another name is there.
    if (names > 1) {
      const near = ctx.text.slice(Math.max(s.start, c.span.start - 60), c.span.start);
      if (TOWN_BEFORE.test(near) && REGION_AFTER.test(ctx.text.slice(c.span.end, s.end))) return true;
      if (PRODUCT_BEFORE.test(near)) return true;
    }
    if (c.span.start >= trigger.span.end) {
      const before = ctx.text.slice(Math.max(s.start, c.span.start - 40), c.span.start);
      if (CAUSE_BEFORE.test(before)) return true;
      if (!described) return false;
      return !STATEMENT_AFTER.test(ctx.text.slice(c.span.end, c.span.end + 16)) && !AT_BEFORE.test(before);
    }
    return described && descriptionEnd !== null && c.span.end <= descriptionEnd;
  };
  const kept = candidates.filter((c) => !stray(c));
  return { candidates: kept.length === candidates.length ? candidates : kept, described };
}

/**
 * The employer a described subject's cut is named by in the next sentences (see namingSubject),
 * and the cut's candidates with the naming sentence's own date when the cut has none. Asked only
 * of a sentence whose subject is a description, with a quantity.
 */
function namedAhead(
  memo: ParseMemo,
  s: Sentence,
  candidates: readonly Candidate[],
): { focus: Focus; candidates: readonly Candidate[] } | null {
  if (!candidates.some((c) => c.kind === 'count' || c.kind === 'percent')) return null;
  const sentences = memo.sentences;
  for (let i = s.index + 1; i <= s.index + UNNAMED_REACH && i < sentences.length; i++) {
    const t = sentences[i] as Sentence;
    const named = namingSubject(memo, t, candidates);
    if (!named) continue;
    if (candidates.some((c) => c.kind === 'date')) return { focus: named, candidates };
    const own = memo.refined(t).filter((c) => c.kind === 'date' && !c.value.horizon);
    return { focus: named, candidates: own.length > 0 ? [...candidates, ...own] : candidates };
  }
  return null;
}

/** A sentence that adds up figures told before: "Together, the two rounds amount to ...". */
const TALLY_OPENING = /^Together,\s.*\d/;
/**
 * "Forty-one Ohio employers filed WARN notices covering 3,200 workers in the first half", "companies
 * submitted 212 layoff notices affecting 9,800 employees last quarter": notices filed by many
 * employers, a state's tally told with no layoff word. Only sentences with the literal cue
 * (WARN_CUE) pay for the pattern; one employer's "filed a WARN notice" is singular and no tally.
 */
const WARN_CUE = /\bWARN\b|\bnotices\b/;
const NOTICES_TALLY =
  /\b(?:employers|companies|businesses|firms)\b[^.;]{0,40}?\b(?:filed|issued|submitted|sent|gave|have\s+filed|had\s+filed)\s+(?:\d[\d,]*\s+)?(?:WARN\s+|layoff\s+|lay-off\s+|mass[- ]layoff\s+)?notices\b|\b(?:WARN|layoff|lay-off)\s+notices\s+(?:filed|issued|submitted)\s+by\s+(?:\d[\d,]*|[\w-]+)\s+(?:[\w-]+\s+)?(?:employers|companies|businesses|firms)\b/;

/** How many sentences after a denial a retold report is still the report denied. */
const DENIAL_REACH = 2;
/**
 * Reported speech about a report: "had reported", "a report that", "citing unnamed sources", and
 * the claim retold: "Posts on a jobs forum claimed the firm would cut 15%", "the allegations"; not
 * the noun of insurers ("as claims move online").
 */
const RETOLD_REPORT =
  /\b(?:had\s+reported|reported\s+(?:on\s+\w+\s+)?that|the\s+report|a\s+report|citing|rumou?rs?|claimed|claims?\s+that|alleg(?:ed|ations?)|posts\s+on)\b/i;

/** A sentence that is only a capitalised name of one to five words: "Halden Games.", "Quorvis". */
const NAME_HEADING = /^[A-Z][\w&.’'-]*(?:\s+(?:[A-Z][\w&.’'-]*|&|and|of)){0,4}\.?$/;

/** The company a heading sentence names, when the name is the whole sentence (or its `bare` label). */
function headingFocus(
  memo: ParseMemo,
  ctx: ExtractionContext,
  s: Sentence,
  bare = s.text.replace(/\.$/, ''),
): Focus | null {
  const c = memo.names(s).find((x) => x.kind === 'company' && !x.value.source && x.span.text === bare);
  if (c && c.kind === 'company') return { name: c.value.name, unit: c.value.unit };
  // The name parsers doubt a lone unknown word at a sentence start ("Quorvis."); as a whole
  // heading it is a name unless the article writes it in lower case too ("Background.") or it is
  // a place.
  // "By Hannah Ostrowski": a byline or a person's name heads no paragraph about a company;
  // "Advertisement" is page furniture.
  if (isBylineOrPerson(bare) || isPageFurniture(bare)) return null;
  // "Bureau of Coastal Management": the joining words of a name are lower case anywhere.
  const words = bare.split(/\s+/).filter((w) => !/^(?:of|and|for|the|&)$/i.test(w));
  if (words.some((w) => ctx.lowercaseWords?.().has(w.toLowerCase())) || isPlaceName(bare)) return null;
  return { name: bare, unit: null };
}

/**
 * "Zoom: The video-call company on Tuesday let go of roughly 150 employees": a roundup item opens
 * with its company's name and a colon, like a heading line of its own. One to five capitalised
 * words, then ": " and a capital.
 */
const ITEM_LABEL = /^([A-Z][\w&.’'-]*(?:\s+(?:[A-Z][\w&.’'-]*|&|and|of)){0,4}):\s+(?=[A-Z])/;
/** Where a label may end at the latest (cheap cue before ITEM_LABEL runs). */
const LABEL_REACH = 50;
const COMMON: ReadonlySet<string> = new Set(COMMON_WORDS);
const COUNTRY_NAMES: ReadonlySet<string> = new Set(COUNTRIES);

/**
 * The company a sentence's "Name:" label names, and where the label ends. Not a dateline
 * ("LONDON:", "Bengaluru:", a place), page furniture ("Related:", "Also Read:", "Photo:" are
 * common or lower-case words of the text) or a person ("Jane Doe: We were told ...").
 */
function labelFocus(
  memo: ParseMemo,
  ctx: ExtractionContext,
  s: Sentence,
  labels: () => number,
): { focus: Focus; end: number } | null {
  const m = itemLabel(s);
  // Items come as a series: a lone label is a dateline ("Dubai: The Emirates Group reported ...").
  if (!m || labels() < 2) return null;
  const focus = headingFocus(memo, ctx, s, m.label);
  return focus ? { focus, end: s.start + m.end } : null;
}

/**
 * "PELOTON — The fitness company will lay off about 400 employees": a newsletter's item opens
 * with its company's name in capitals and a dash. One to four capitalised words, a dash between
 * spaces, then a capital. Alone in an article it is a dateline ("TORONTO – Bank of Nova Scotia").
 */
const CAPS_LABEL = /^([A-Z][A-Z\d&.’'-]*(?:\s+[A-Z][A-Z\d&.’'-]*){0,3})\s+[—–-]\s+(?=[A-Z“"])/;

/** The sentence's "Name:" or "NAME —" label and where it ends, before the name checks. */
function itemLabel(s: Sentence): { label: string; end: number } | null {
  const colon = s.text.indexOf(':');
  if (colon < 2 || colon > LABEL_REACH) return capsLabel(s);
  const m = ITEM_LABEL.exec(s.text);
  if (!m) return null;
  const label = m[1] as string;
  // An all-capitals label is a dateline ("KARACHI:"), or a section's name ("UPDATE:").
  if (!/[a-z]/.test(label)) return null;
  if (label.split(/\s+/).some((w) => COMMON.has(w.toLowerCase()))) return null;
  return { label, end: m[0].length };
}

/** "LOOPLINE — ...": the label as a name ("Loopline"), and where it ends. */
function capsLabel(s: Sentence): { label: string; end: number } | null {
  const dash = s.text.search(/\s[—–-]\s/);
  if (dash < 2 || dash > LABEL_REACH) return null;
  const m = CAPS_LABEL.exec(s.text);
  if (!m) return null;
  const words = (m[1] as string).split(/\s+/);
  // "UPDATE —", "BREAKING NEWS —": a section's name, not a company's ("TORVALE GAMES —" is one).
  if (words.every((w) => COMMON.has(w.toLowerCase()))) return null;
  const label = words.map((w) => (w.length > 1 ? w[0] + w.slice(1).toLowerCase() : w)).join(' ');
  return { label, end: m[0].length };
}

/**
 * "The largest layoffs of the year ... 3. Corvel – about 4,000. The chipmaker said on Monday it
 * would shed 5% of its staff.": the item of a ranked list names the company and the cut's figure
 * in its head (listItemCountParser), and tells the rest (when, what share) in the sentences of its
 * line, which may have no layoff word at all ("5. Torvik – 2,700, disclosed with its results on
 * January 25."). The head's name and figure, with the dates, shares and teams of its line, are
 * one cut. Only in a series of MIN_RANKED_ITEMS items, after the article spoke of layoffs.
 */
const RANKED_ITEM =
  /^(?:(?:\d{1,2}[.)]|[•·*])\s+)?([A-Z][\w&.’'-]*(?:\s+(?:[A-Z][\w&.’'-]*|&|and|of)){0,4})\s+[–—-]\s+\S/;
const MIN_RANKED_ITEMS = 3;
/** What a sentence of an item's line adds to the item's cut (its own names and figures do not). */
const ITEM_LINE_KINDS: ReadonlySet<Candidate['kind']> = new Set([
  'trigger',
  'date',
  'percent',
  'workforce',
  'department',
  'location',
]);

function rankedItem(
  memo: ParseMemo,
  ctx: ExtractionContext,
  s: Sentence,
): { mentions: Mention[]; focus: Focus; told: readonly number[] } | null {
  const head = RANKED_ITEM.exec(s.text);
  if (!head) return null;
  const own = memo.refined(s);
  const count = own.find((c) => c.kind === 'count' && c.rule === 'count:list-item');
  if (!count) return null;
  const focus = headingFocus(memo, ctx, s, head[1] as string);
  if (!focus) return null;
  const cs: Candidate[] = [...own];
  const told: number[] = [];
  // The item's line: the sentences after its head up to the line's end or the next item.
  for (const t of itemLineAfter(ctx, s, (x) => RANKED_ITEM.test(x.text))) {
    const more = memo.refined(t);
    // A sentence with a figure of its own tells another cut: the layoff pass reads it alone.
    if (more.some((c) => c.kind === 'count')) break;
    for (const c of more) if (ITEM_LINE_KINDS.has(c.kind)) cs.push(c);
    // "Announced on January 18.": the layoff pass reads no dates in a sentence with nothing else.
    if (!more.some((c) => c.kind !== 'trigger'))
      for (const c of refineSentence(ctx, t, runParsers(memo, t, DATE_ONLY))) cs.push(c);
    told.push(t.index);
  }
  const end = ctx.sentences[told[told.length - 1] ?? s.index]?.end ?? s.end;
  if (!cs.some((c) => c.kind === 'trigger'))
    cs.push({
      kind: 'trigger',
      span: count.span,
      sentenceIndex: s.index,
      value: { tense: 'noun' },
      stated: 'stated',
      rule: 'trigger:list-item',
    });
  const line: Sentence = {
    start: s.start,
    end,
    text: ctx.text.slice(s.start, end),
    index: s.index,
    headline: false,
  };
  const { mentions } = assembleSentence(ctx, line, cs, focus);
  return mentions.length > 0 ? { mentions, focus, told } : null;
}

/**
 * "The Business Courier", "THE HARBOUR LEDGER": a line that is only "The", a few capitalised words
 * and a newspaper's word is the outlet's masthead above the headline; its name is no employer.
 */
const MASTHEAD =
  /^The\s+(?:[A-Z][\w’'&-]*\s+){0,3}(?:Courier|Gazette|Times|Post|Herald|Tribune|Journal|Chronicle|Ledger|Review|Observer|Standard|Telegraph|Examiner|Inquirer|Dispatch|Record|Star|Mail|Express|Register|Bulletin|Monitor|Reporter|Sentinel|Enquirer|Wire|News|Daily|Weekly)$/i;

/**
 * An item of a WARN-notice digest: "Orrin Tool & Die, Lansing: 64 workers, effective March 3."
 * The employer, its town after a comma (or none), a colon, then a head count and no layoff word
 * most of the time. Only in an article that speaks of WARN or notices (WARN_CUE), and only as a
 * series of two or more (one "Name: 40 staff" line is a dateline or a fact box).
 */
const WARN_ITEM =
  /^([A-Z][\w&.’'-]*(?:\s+(?:[A-Z][\w&.’'-]*|&|and|of)){0,5})(?:,\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})?:\s+(?=(?:(?:about|approximately|nearly|roughly|some|up\s+to)\s+)?\d)/;
/** "Notice received Oct. 6", "notice filed Monday": the day the state heard, not the layoff's. */
const NOTICE_DAY =
  /\bnotices?\s+(?:was\s+|were\s+)?(?:received|filed|dated|posted|issued|submitted|sent)\b|\b(?:received|filed|dated|posted|issued|submitted)\s+(?:the\s+|a\s+|its\s+)?(?:WARN\s+)?notices?\b/i;
/** How many sentences after its first one an item of a digest may still be telling. */
const WARN_ITEM_REACH = 3;

/** The employer a WARN digest item's label names, with its span and where the figures begin. */
function warnItem(s: Sentence): { name: string; span: Span; afterColon: number } | null {
  const colon = s.text.indexOf(':');
  if (colon < 2 || colon > LABEL_REACH + 30) return null;
  const m = WARN_ITEM.exec(s.text);
  if (!m) return null;
  const name = m[1] as string;
  // "Total: 641 workers", "Note: ...": a heading word, not an employer; nor a place or a byline.
  if (name.split(/\s+/).every((w) => COMMON.has(w.toLowerCase()))) return null;
  if (isPlaceName(name) || isBylineOrPerson(name) || isPageFurniture(name)) return null;
  return {
    name,
    span: { start: s.start, end: s.start + name.length, text: name },
    afterColon: s.start + m[0].length,
  };
}

/**
 * The sentences of one digest item, its first and those after it on the same line ("Great Lakes
 * Die Cast, Grand Rapids: 142 workers. The plant is closing; layoffs effective Dec. 5. Notice
 * received Oct. 6."), up to the next item.
 */
function warnItemSentences(ctx: ExtractionContext, s: Sentence): Sentence[] {
  return [s, ...itemLineAfter(ctx, s, (x) => warnItem(x) !== null, WARN_ITEM_REACH)];
}

/**
 * The sentences after an item's first one on the same line, up to the next item (isItem) and at
 * most `reach` of them: "5. Torvik – 2,700. Disclosed with its results on March 4." gives the
 * second sentence; a line break or the next "6. ..." ends the item.
 */
function itemLineAfter(
  ctx: ExtractionContext,
  s: Sentence,
  isItem: (t: Sentence) => boolean,
  reach = Number.POSITIVE_INFINITY,
): Sentence[] {
  const out: Sentence[] = [];
  let prev = s;
  for (let i = s.index + 1; i <= s.index + reach && i < ctx.sentences.length; i++) {
    const next = ctx.sentences[i] as Sentence;
    if (ctx.text.slice(prev.end, next.start).includes('\n') || isItem(next)) break;
    out.push(next);
    prev = next;
  }
  return out;
}

/**
 * The mention of one digest item. Its date is the first one told outside the notice's own day
 * ("layoffs effective Dec. 5" over "Notice received Oct. 6"); with no other, the notice's day.
 */
function warnItemMentions(
  memo: ParseMemo,
  ctx: ExtractionContext,
  s: Sentence,
  item: NonNullable<ReturnType<typeof warnItem>>,
): { mention: Mention | null; last: number } {
  const part = warnItemSentences(ctx, s);
  const layoffDays: Candidate[] = [];
  const noticeDays: Candidate[] = [];
  for (const x of part) {
    const notice = NOTICE_DAY.exec(x.text);
    const noticeAt = notice ? x.start + notice.index : Number.POSITIVE_INFINITY;
    // A sentence with a layoff word and no figure skips the date pass ("layoffs effective Dec. 5"):
    // after the item's first sentence, only its dates are wanted.
    const cs = x === s ? memo.refined(x) : refineSentence(ctx, x, runParsers(memo, x, DATE_ONLY));
    for (const c of cs) if (c.kind === 'date') (c.span.start < noticeAt ? layoffDays : noticeDays).push(c);
  }
  const itemText = part.map((x) => x.text).join(' ');
  const mention = warnItemMention(
    ctx,
    s,
    memo.refined(s),
    item,
    layoffDays.length > 0 ? layoffDays : noticeDays,
    itemText,
  );
  return { mention, last: (part[part.length - 1] as Sentence).index };
}

/** The company the headline is about: the first named, non-source company in the opening lines. */
function headlineFocus(memo: ParseMemo, ctx: ExtractionContext): Focus | null {
  for (const s of ctx.sentences.slice(0, HEADLINE_SENTENCES)) {
    if (MASTHEAD.test(s.text)) continue;
    // After the headline, a name is the focus only when its line speaks of layoffs or the article
    // names it again ("WARN Notices / Public Law 100-379 ..." names no employer).
    // In the headline itself a one-word name is enough ("Pellam shares fall"); a longer one that
    // is never repeated may carry a place or a heading word ("Sheffield Remploy factory to close").
    const layoffLine = memo.trigger(s);
    const names = memo.names(s);
    // "Hospital system to cut 300 jobs amid Medicaid shortfall": a cause is not the employer.
    const kept = layoffLine ? withoutStrayNames(ctx, s, memo.refined(s), true).candidates : null;
    const stray = (c: Candidate) =>
      kept !== null && !kept.some((k) => k.kind === 'company' && k.span.start === c.span.start);
    const companies = names.filter(
      (c, i) =>
        c.kind === 'company' &&
        !stray(c) &&
        // "layoffs at Windsor parts maker Lakeshore Stamping": the place describes the next name.
        !describesNextName(ctx.text, c, names[i + 1]) &&
        !c.value.source &&
        (layoffLine ||
          c.value.via === 'lexicon' ||
          (s.index === 0 && !/\s/.test(c.span.text)) ||
          ctx.text.includes(c.span.text, c.span.end)),
    );
    const first = companies[0];
    if (first && first.kind === 'company') return { name: first.value.name, unit: first.value.unit };
  }
  return null;
}

const LOWERCASE_WORD = /\b[a-z][a-z’'-]+\b/g;

/** The set of words written in lower case anywhere in the text, built on first use. */
function lazyLowercaseWords(text: string): () => ReadonlySet<string> {
  let words: Set<string> | null = null;
  return () => {
    if (!words) words = new Set(text.match(LOWERCASE_WORD) ?? []);
    return words;
  };
}

function lazy<T>(make: () => T): () => T {
  let value: { v: T } | null = null;
  return () => {
    value ??= { v: make() };
    return value.v;
  };
}

function emptyResult(published: ExtractionResult['published']): ExtractionResult {
  return { published, mentions: [], aggregates: [] };
}

/**
 * Reads one article and returns every layoff it mentions (with the sentence that says it) and the
 * tracker statistics it quotes. Deterministic, offline, synchronous; never throws: bad input or an
 * internal failure comes back as `error` with empty lists.
 */
export function extractArticle(input: ArticleInput, options?: ExtractOptions): ExtractionResult {
  const noDate = { date: null, basis: null, span: null } as const;
  if (!input || typeof input !== 'object' || typeof input.text !== 'string') {
    return {
      ...emptyResult(noDate),
      error: { code: 'InvalidInput', message: 'input.text must be a string' },
    };
  }
  try {
    return run(input, options);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { ...emptyResult(noDate), error: { code: 'InternalError', message } };
  }
}

function run(input: ArticleInput, options: ExtractOptions | undefined): ExtractionResult {
  const text = input.text;
  const published = findPublished(text, typeof input.published === 'string' ? input.published : null);
  const sentences = splitSentences(text);
  const debug = options?.debug ?? NOOP;
  const ctx: ExtractionContext = {
    text,
    sentences,
    reference: published.date,
    units: loadUnits(options),
    debug,
    lowercaseWords: lazyLowercaseWords(text),
    personSurnames: lazy(() => personSurnames(text)),
  };
  if (TEMPLATE_ARTICLE.test(text)) {
    debug(() => 'article: template, no events');
    return emptyResult(published);
  }
  const memo = new ParseMemo(ctx);
  const headline = headlineFocus(memo, ctx);
  let focus: Focus | null = headline;
  // How many sentences open with a "Name:" label, counted once an article has one.
  const labels = lazy(() => sentences.filter((x) => itemLabel(x) !== null).length);
  // How many sentences are items of a WARN digest, counted once, in an article about notices.
  const warnItems = lazy(() =>
    WARN_CUE.test(text) ? sentences.filter((x) => warnItem(x) !== null).length : 0,
  );
  let warnItemLast = -1;
  const mentions: Mention[] = [];
  const aggregates: AggregateClaim[] = [];
  let lastAggregate: { source: string | null; sentenceIndex: number } | null = null;
  let lastDenial = Number.NEGATIVE_INFINITY;
  let bodyBegun = false;
  let lastList: { companies: Extract<Candidate, { kind: 'company' }>[]; sentenceIndex: number } | null = null;
  // A cut whose employer is only described yet ("A Hagerstown cabinet maker is closing ...").
  let unnamed: { s: Sentence; candidates: readonly Candidate[]; headline: boolean } | null = null;
  let firstLayoffLine = true;
  // A ranked list's items (see rankedItem), counted once an article has one; the sentences an
  // item's line told, which the layoff pass then skips.
  const rankedItems = lazy(
    () => sentences.filter((x) => LIST_ITEM_CUE.test(x.text) && RANKED_ITEM.test(x.text)).length,
  );
  let itemTold: readonly number[] = [];
  let layoffsTold = false;
  for (const s of sentences) {
    if (itemTold.includes(s.index)) continue;
    const item =
      layoffsTold && LIST_ITEM_CUE.test(s.text) && rankedItems() >= MIN_RANKED_ITEMS
        ? rankedItem(memo, ctx, s)
        : null;
    if (item) {
      mentions.push(...item.mentions);
      itemTold = item.told;
      focus = item.focus;
      continue;
    }
    layoffsTold ||= memo.trigger(s);
    if (unnamed && s.index - unnamed.s.index > (unnamed.headline ? HEADLINE_UNNAMED_REACH : UNNAMED_REACH))
      unnamed = null;
    const named = unnamed ? namingSubject(memo, s, unnamed.candidates) : null;
    if (unnamed && named) {
      // The notice's day, when the naming sentence gives one, is the cut's date ("filed Monday").
      const own = memo.refined(s).filter((c) => c.kind === 'date' && !c.value.horizon);
      const cs =
        own.length > 0
          ? [...unnamed.candidates.filter((c) => c.kind !== 'date'), ...own]
          : unnamed.candidates;
      const told = assembleSentence(ctx, unnamed.s, cs, named);
      if (told.mentions.length > 0) {
        mentions.push(...told.mentions);
        focus = named;
      }
      unnamed = null;
    }
    // A WARN digest's items ("Orrin Tool & Die, Lansing: 64 workers, effective March 3."): each
    // is an event, told with no layoff word, and its sentences belong to it alone.
    if (s.index <= warnItemLast) continue;
    const warn = warnItems() >= 2 ? warnItem(s) : null;
    if (warn) {
      const { mention, last } = warnItemMentions(memo, ctx, s, warn);
      if (mention) {
        debug(() => `sentence ${s.index} (WARN item): ${warn.name}`);
        mentions.push(mention);
        warnItemLast = last;
        focus = { name: warn.name, unit: null };
        bodyBegun = true;
        continue;
      }
    }
    if (!memo.trigger(s)) {
      // "Together, the two rounds amount to more than 27,000 corporate jobs": the article's own
      // tally of cuts told before, in words no layoff trigger knows.
      if (TALLY_OPENING.test(s.text) || (WARN_CUE.test(s.text) && NOTICES_TALLY.test(s.text))) {
        debug(
          () =>
            `sentence ${s.index} (tally): ${memo
              .refined(s)
              .map((c) => `${c.rule}「${c.span.text}」`)
              .join(' ')}`,
        );
        // "..., up from 2,450 workers a year earlier": each figure of the tally is a claim.
        const found: readonly DetectedAggregate[] = detectAggregate(s, memo.refined(s), false, {
          last: lastAggregate,
        });
        for (const { splitAt: _, ...claim } of found) aggregates.push(claim);
        const tally = found[0];
        if (tally) lastAggregate = { source: tally.source, sentenceIndex: s.index };
      } else if (lastAggregate && STANDING_CUE.test(s.text)) {
        // "In 2023 alone, the count stands at 4,475.": another figure of the statistic just told.
        const standing = standingTally(s, refineSentence(ctx, s, runParsers(memo, s, DATE_ONLY)), {
          last: lastAggregate,
        });
        if (standing) {
          const { splitAt: _, ...claim } = standing;
          aggregates.push(claim);
        }
      }
      // "Quorvis. The cloud security firm will reduce its workforce by 350": a roundup's paragraph
      // opens with the company's bare name, which the next sentences call "the firm".
      // Only once the body has begun: a name line under the headline is the outlet or the
      // byline's ("North West Today"), not a section of a roundup. A label of a series of labels
      // is an item even before any layoff was told ("TESLA — Musk disbanded the company's
      // Supercharger team" under a newsletter's summary line).
      const heading =
        bodyBegun && NAME_HEADING.test(s.text)
          ? headingFocus(memo, ctx, s)
          : s.index > 0
            ? (labelFocus(memo, ctx, s, labels)?.focus ?? null)
            : null;
      if (heading) focus = heading;
      continue;
    }
    if (s.index > 0) bodyBegun = true;
    // "Okta: The identity-software provider said ...": the item's label is the company in focus.
    const label = bodyBegun ? labelFocus(memo, ctx, s, labels) : null;
    if (label) focus = label.focus;
    const filter =
      ANY_FILTER === null || ANY_FILTER.test(s.text)
        ? DEFAULT_CONFIGURATION.sentenceFilters.find((f) => f.re.test(s.text))
        : undefined;
    if (filter) {
      debug(() => `sentence ${s.index}: ${filter.id}`);
      // A cut taken back is denied like a report: the report retold after it is no event either.
      if (filter.id === 'filter:denial' || filter.id === 'filter:withdrawn') lastDenial = s.index;
      continue;
    }
    // "Kestrel denied a report that it would lay off 500 ... A news site had reported that the
    // publisher would cut a fifth of its staff": the report retold right after its denial.
    if (s.index - lastDenial <= DENIAL_REACH && RETOLD_REPORT.test(s.text)) {
      debug(() => `sentence ${s.index}: the report denied just before`);
      continue;
    }
    // The first layoff line near the top, without a full stop, is the headline.
    const headlineLine = firstLayoffLine && s.index <= HEADLINE_SENTENCES && !/[.!?]["”’)]?$/.test(s.text);
    firstLayoffLine = false;
    const { candidates, described: describedSubjectHere } = withoutStrayNames(
      ctx,
      s,
      memo.refined(s),
      headlineLine,
    );
    debug(() => `sentence ${s.index}: ${candidates.map((c) => `${c.rule}「${c.span.text}」`).join(' ')}`);
    // "... at tech giants like A, B and C. These companies have each cut thousands of jobs."
    if (lastList && lastList.sentenceIndex >= s.index - LIST_REACH) {
      const each = distributeToListed(ctx, s, candidates, lastList.companies);
      if (each.length > 0) {
        mentions.push(...each);
        lastList = null;
        continue;
      }
    }
    const listedHere = candidates.filter(
      (c): c is Extract<Candidate, { kind: 'company' }> => c.kind === 'company' && c.value.listed === true,
    );
    if (listedHere.length >= 2) lastList = { companies: listedHere, sentenceIndex: s.index };
    // "Rival FedEx is also restructuring. It said in June it would cut 2,000 jobs": a sentence that
    // names no one and says "it" means the company the sentence before was about.
    const previous = sentences[s.index - 1];
    const told =
      !label && previous && PRONOUN.test(s.text) ? previousSubject(memo, previous, candidates) : null;
    const described = told || label ? null : describedCompany(memo, ctx, s, candidates);
    let inFocus = described && described.name !== focus?.name ? described : focus;
    let parts = candidates;
    // "A central Iowa hospital system says it will eliminate about 310 positions. Prairieview
    // Health told employees Tuesday that the reductions ...": with a company in focus already,
    // the sentence that names the described employer still names it, and dates the cut.
    const ahead = describedSubjectHere && focus && !told && !label ? namedAhead(memo, s, candidates) : null;
    if (ahead) {
      inFocus = ahead.focus;
      parts = ahead.candidates;
    }
    const assembled = assembleSentence(ctx, s, parts, told ?? inFocus, label?.end);
    const found = detectAggregate(s, candidates, assembled.mentions.length > 0 && assembled.hasAgent, {
      last: lastAggregate,
    });
    const aggregate = found[0];
    if (aggregate) {
      const { splitAt } = aggregate;
      // "... 102,943 job cuts in January, up 440% from 19,064 a year earlier": each figure a claim.
      for (const { splitAt: _, ...claim } of found) aggregates.push(claim);
      lastAggregate = { source: aggregate.source, sentenceIndex: s.index };
      if (splitAt === null) continue;
      // Events stated before the statistic in the same sentence still count.
      mentions.push(...assembled.mentions.filter((m) => m.count !== null && m.count.span.end <= splitAt));
      continue;
    }
    mentions.push(...assembled.mentions);
    // A cut told with its employer's name in the body, after a headline that only described it.
    if (unnamed?.headline && assembled.mentions.length > 0) unnamed = null;
    if (
      !focus &&
      !assembled.hasAgent &&
      assembled.mentions.length === 0 &&
      candidates.some((c) => c.kind === 'count' || c.kind === 'percent') &&
      (describedSubjectHere ||
        UNNAMED_SUBJECT.test(
          s.text.slice(0, (candidates.find((c) => c.kind === 'trigger')?.span.start ?? s.start) - s.start),
        ) ||
        DESCRIBED_IN_CLAUSE.test(s.text))
    )
      unnamed = { s, candidates, headline: headlineLine };
    // Only this sentence was about the company before it; the article's focus stays.
    if (!told) focus = assembled.focus;
  }
  let workforces: WorkforceStatement[] | null = null;
  const info = {
    published: published.date,
    headlineCompany: headline
      ? headline.name
          .toLowerCase()
          .replace(/['’]s$/, '')
          .replace(/[^a-z0-9]+/g, ' ')
          .trim()
      : null,
    severance: null,
    // Read only for a mention with a percent ("to cut 17% of staff"): most articles never ask.
    get workforces(): WorkforceStatement[] {
      workforces ??= workforceStatements(memo, ctx);
      return workforces;
    },
  };
  let refined: Mention[] = withCompanyConfirmation(sentences, mentions);
  for (const r of DEFAULT_CONFIGURATION.articleRefiners) refined = r.refine(refined, info);
  // "Its parent, Corvane Holdings, said ...": a subsidiary's cut is the parent's, in that unit.
  const parented = withStatedParents(text, refined);
  const reparented = parented.some((m, i) => m !== refined[i]);
  refined = parented;
  refined = withAnnouncementDay(refined, ctx); // "said Thursday" in the lead dates the main event
  // "Dunmore to shed 600 jobs" / "Haulmark Freight will cut 600 jobs ... Haulmark, which Dunmore
  // bought in 2021": once the unit's cut is its parent's, the two tellings are one event (dated
  // by now). Only the articles where a stated parent changed a mention pay for the second pass.
  if (reparented) {
    const merged = mergeRetellingsRefiner.refine(refined, info);
    refined = merged.some((m) => m.primary) ? merged : choosePrimaryRefiner.refine(merged, info);
  }
  refined = withBreakdownDates(refined); // "12 of its members" has the date of the cut it is part of
  // "These cuts will impact both sales and marketing teams": details told after the main event.
  refined = attachFollowUps(ctx, refined, {
    candidatesOf: (s) => memo.refined(s),
    mayNameTeamOrPlace: (s) => DETAIL_PARSERS.some((p) => memo.run(p, s).length > 0),
    speaksOfLayoffs: (s) => memo.trigger(s),
  });
  return { published, mentions: refined, aggregates };
}
