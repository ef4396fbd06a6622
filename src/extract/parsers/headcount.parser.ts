import { makeSpan } from '../../domain/span.ts';
import type { Candidate, ExtractionContext, Parser } from '../context.ts';
import { JOB_NOUNS } from '../lexicon/layoff-verbs.ts';
import { CITIES, COUNTRIES, REGIONS } from '../lexicon/places.ts';
import { VAGUE_QUANTITIES } from '../lexicon/quantities.ts';
import {
  boundsFor,
  FROM_CUE,
  looksLikeYear,
  matchAny,
  NUM,
  NUMBER_CUE,
  PERCENT_SIGN,
  parseNumber,
  QUAL,
  qualifierEffect,
  shrinkToFromSource,
} from '../patterns.ts';
import type { Sentence } from '../sentences.ts';
import { matchFrom, perArticle } from './util.ts';

const JOB_NOUN = `(?:${JOB_NOUNS.join('|')})`;
/**
 * Nouns that a number counts when they follow it: "five companies trim staff" counts companies,
 * "30 stores and 400 jobs" stores, so the filler between a number and its job noun never crosses one.
 */
const COUNTED_NOT_PEOPLE =
  '(?:companies|firms|startups|start-ups|employers|businesses|brands|stores|shops|branches|plants|factories|offices|sites|locations|countries|states|cities|days|weeks|months|years)';
/**
 * Up to four words between a number and its noun: "27,000 corporate roles", "380 head office and
 * warehouse staff", "about 100 U.S. employees" (an initialism with its dots).
 */
const FILLER = `(?:\\s+(?!(?:${JOB_NOUN}|${COUNTED_NOT_PEOPLE})\\b)(?:[A-Za-z’'&-]+|(?:[A-Z]\\.){2,}(?!\\w))){0,4}?`;
/** Money, percents, decimals and "-strong" after the number mean it is no headcount. */
const NOT_AFTER = `(?!${PERCENT_SIGN}|\\s*(?:billion|bn|crore|dollars|pounds|euros|years?|months?|weeks?|days?|hours?|-strong|-person|-people|-member|-year|-month|-day|-week)\\b|\\.\\d|,\\d)`;
const MONEY_BEFORE = /(?:[$£€₹¥]|\brs\.?|\binr|\busd|\bgbp)\s*$/i;
/** "served section 189 notices on unions and employees": a number that names a law's part. */
const LEGAL_REFERENCE_BEFORE = /\b(?:section|sections|article|clause|chapter|regulation|schedule)\s+$/i;
/**
 * "disestablish 68 positions while creating 24 new roles, a net loss of 44 jobs": when the
 * sentence states the net loss, that is the cut; the gross figure and the new roles are its parts.
 */
const NET_LOSS = new RegExp(
  `\\bnet\\s+(?:loss|reduction|cut|decrease|fall)\\s+of\\s+(?:(?:${QUAL})\\s+)?(?:${NUM})`,
  'i',
);
/**
 * "will reduce its workforce by a net figure of roughly 350 jobs ... about 500 positions would
 * disappear in total, but it expects to move around 150 of the affected employees into new
 * roles": once the article states a net cut, a gross figure that is that net plus another figure
 * of its own sentence (the people redeployed or hired) is the same cut counted before
 * redeployment, not a second one. Nets are read once per article, only when it says "net".
 */
const NET_FIGURE = new RegExp(
  `\\bnet\\s+(?:(?:loss|reduction|cut|decrease|fall|figure|total)\\s+of\\s+)?(?:(?:${QUAL})\\s+)?(${NUM})`,
  'gi',
);
const statedNets = perArticle((ctx): readonly number[] => {
  const found: number[] = [];
  if (ctx.text.includes('net '))
    for (const m of ctx.text.matchAll(NET_FIGURE)) {
      const v = parseNumber(m[1] ?? '');
      if (v !== null && v > 0) found.push(v);
    }
  return found;
});

/** "40 new posts", "24 new roles": jobs created (a person cut is never a "new post"). */
const NEW_POSTS = /\bnew\s+(?:[\w-]+\s+)?(?:posts|roles|jobs|positions)\b/i;

/** Is `value` a stated net plus another figure of the sentence (the gross of that net cut)? */
function grossOfStatedNet(ctx: ExtractionContext, sentence: Sentence, value: number): boolean {
  const nets = statedNets(ctx);
  if (nets.length === 0 || nets.includes(value)) return false;
  for (const m of sentence.text.matchAll(PLAIN_FIGURE)) {
    const other = Number(m[0].replace(/,/g, ''));
    if (other > 0 && other < value && nets.includes(value - other)) return true;
  }
  return false;
}

/**
 * "Kessel Bros will cut up to 200 roles. ... up to 120 jobs will go in Flanders and up to 80 in
 * Wallonia": when a sentence's figures, two or more, add up to a job figure the article gave
 * before it, they split that cut by place or part (a breakdown in the conventions), and none is a
 * cut of its own. Years and percents are no figures of it.
 */
const EARLIER_JOB_FIGURE = new RegExp(
  `\\b(\\d{1,3}(?:,\\d{3})+|\\d+)\\s+(?:[\\w-]+\\s+){0,2}?${JOB_NOUN}\\b`,
  'gi',
);
const SPLIT_FIGURE = /\b(\d{1,3}(?:,\d{3})+|\d+)\b(?!\s*(?:%|per\s*cent|percent)|[.,]\d)/g;

function splitsEarlierTotal(ctx: ExtractionContext, sentence: Sentence, value: number): boolean {
  const figures: number[] = [];
  for (const m of sentence.text.matchAll(SPLIT_FIGURE)) {
    const raw = m[1] ?? '';
    if (looksLikeYear(raw)) continue;
    figures.push(Number(raw.replace(/,/g, '')));
  }
  if (figures.length < 2 || !figures.includes(value)) return false;
  const sum = figures.reduce((a, b) => a + b, 0);
  for (const m of ctx.text.slice(0, sentence.start).matchAll(EARLIER_JOB_FIGURE))
    if (Number((m[1] ?? '').replace(/,/g, '')) === sum) return true;
  return false;
}

/**
 * "employs 85,000 people", "of its 7,500 employees": the workforce, not the cut; "the union, which
 * represents about 3,000 staff": the membership, not the cut.
 */
const WORKFORCE_BEFORE =
  /(?:employs?|employing|employed|represents?|represented|representing|workforce of|headcount of|staff of|(?:%|percent|per cent|pc|half|third|quarter|fifth|tenth|all)\s+of(?:\s+(?:its|the|their|our|[\w.&-]+['’]s?))?(?:\s+(?:total|global|entire|overall|worldwide))?)\s*(?:about|around|some|roughly|nearly|almost|more than|over|approximately)?\s*$/i;

/**
 * A number that describes a population rather than a cut: "corporate staff, a group estimated at
 * around 300,000 people", "a workforce that numbered roughly 84,900 people", "its headcount,
 * which stood at 239,000". The noun before it is a group, and the verb sizes it.
 */
export const POPULATION_BEFORE =
  /\b(?:group|workforce|staff|headcount|payroll|population|employee\s+base|team|ranks)\s*,?\s+(?:(?:that|which|who)\s+)?(?:(?:is|was|were|are|has\s+been|had\s+been)\s+)?(?:estimated\s+at|put\s+at|numbered|numbering|numbers|stood\s+at|stands\s+at|totall?ed|totall?ing|totals|counted)\s+(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over|approximately|just\s+over|just\s+under)\s+)?$/i;

/**
 * "will eliminate 1,276 jobs in a town of roughly 8,000 people", "a city with a population of
 * 40,000 residents": the people who live in a place are never a headcount of the cut.
 */
const PLACE_POPULATION_BEFORE =
  /\b(?:(?:town|city|village|community|county|country|region|island|municipality|borough|suburb|province|nation|state)\s+of|population\s+of)\s+(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over|approximately|just\s+over|just\s+under|fewer\s+than|less\s+than|under)\s+)?$/i;

/** "The layoffs leave the company with about 180 employees": the workforce that remains. */
const REMAINING_BEFORE =
  /\b(?:leav(?:e|es|ing)|left)\s+(?:[\w’'-]+\s+){0,3}?with\s+(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over|approximately|just)\s+)?$/i;

const POSSESSIVE_BEFORE =
  /(?:['’]s|\bits|\btheir|\bhas|\bhave|\bhad|\bemploys)\s+(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over|approximately)\s+)?$/i;
const CUT_NOUN = /\b(?:cuts?|losses|lay-?offs?|redundanc(?:y|ies)|eliminations?)\s*$/i;

/** "Corbel's 900 job cuts": the noun matched was "job", the cut noun follows it. */
const CUT_NOUN_AFTER = /^[\s-]*(?:cuts?|losses|eliminations?)\b/i;

/** "Pellam had 300 employees laid off": the possessive holds a cut, not a workforce. */
export const PASSIVE_CUT_AFTER =
  /^\s*(?:were\s+|being\s+|to\s+be\s+)?(?:laid\s+off|let\s+go|fired|sacked|axed|made\s+redundant|cut)\b|^\s*(?:are\s+|were\s+|will\s+)?(?:losing|lose|lost)\s+their\s+jobs\b/i;

/** "will lay off its 85 employees", "let go all of its 40 staff": the whole workforce is the cut. */
export const CUT_VERB_ITS_BEFORE =
  /\b(?:lay(?:ing|s)?\s+off|laid\s+off|let(?:ting)?\s+go(?:\s+of)?|fir(?:e|es|ed|ing)|sack(?:s|ed|ing)?|eliminat(?:e|es|ed|ing))\s+(?:all\s+(?:of\s+)?)?(?:its|their)\s+$/i;

/**
 * "close about 5,000 open positions it had not yet filled", "several hundred open and unfilled
 * roles": vacancies taken off the books, nobody is let go. The describing words of the count, or
 * a relative clause right after it, say the roles are empty.
 */
const UNFILLED_WORDS = /\b(?:open|unfilled|vacant|unoccupied)\b(?!-)/i;
const UNFILLED_AFTER =
  /^\s*(?:(?:that|which)\s+)?(?:it|they|the\s+(?:company|firm|group|bank)|had|has|have|were|are|was|remain(?:ed)?)\s+(?:(?:had|has|have|were|are|was|been|still|yet|not|never|n['’]t|currently|now|already|long)\s+){0,4}(?:filled|unfilled|vacant|empty)\b/i;

/**
 * "The budget eliminates 64 positions ... Layoff notices will go to 38 employees; the other 26
 * positions are vacant": a figure of posts that is the people let go plus the vacant posts the
 * article states is the total of posts, not people cut. Such a figure is dropped when the article
 * states a vacant figure V and another figure F with F + V equal to it (the people count F is
 * then the cut). Computed once per article, only when it mentions vacant or unfilled posts.
 *
 * A total that carries its vacancies in its own apposition ("the board voted to abolish 96 posts,
 * 51 of them vacant") is the cut as the article tells it (the filled share is a part of it), so it
 * is kept.
 */
const VACANT_CUE = /\b(?:vacan|unfilled)/i;
const VACANT_FIGURE =
  /\b(\d[\d,]*)\s+(?:(?:of\s+(?:them|those|the\s+\w+)|other|remaining|more|[\w-]+)\s+){0,2}?(?:(?:positions|posts|roles|jobs)\s+)?(?:(?:are|were|is|was|remain|have\s+been|had\s+been)\s+(?:already\s+|currently\s+|now\s+)?)?(?:vacant|unfilled|empty)\b|\b(\d[\d,]*)\s+(?:vacant|unfilled|empty|vacancies)\b/gi;
const PLAIN_FIGURE = /\b\d{1,3}(?:,\d{3})+\b|\b\d+\b/g;
const APPOSED_VACANCIES =
  /\b(\d[\d,]*)\s+(?:[\w-]+\s+){0,2}?(?:positions|posts|roles|jobs)\s*,\s+(?:including\s+)?\d[\d,]*\s+of\s+(?:them|those|which)\s+(?:(?:are|were|is|was)\s+)?(?:(?:already|currently|now|still)\s+)?(?:vacant|unfilled|empty)\b/gi;
const POSTS_NOUN = /\b(?:positions|posts|roles|jobs)\s*$/i;
const vacancyMemo = new WeakMap<
  ExtractionContext,
  { vacant: readonly number[]; figures: ReadonlySet<number>; apposed: ReadonlySet<number> }
>();

function vacancyFacts(ctx: ExtractionContext): {
  vacant: readonly number[];
  figures: ReadonlySet<number>;
  apposed: ReadonlySet<number>;
} {
  const known = vacancyMemo.get(ctx);
  if (known) return known;
  const vacant: number[] = [];
  const figures = new Set<number>();
  const apposed = new Set<number>();
  if (VACANT_CUE.test(ctx.text)) {
    for (const m of ctx.text.matchAll(VACANT_FIGURE)) {
      const v = Number((m[1] ?? m[2] ?? '').replace(/,/g, ''));
      if (v > 0) vacant.push(v);
    }
    if (vacant.length > 0) {
      for (const m of ctx.text.matchAll(PLAIN_FIGURE)) figures.add(Number(m[0].replace(/,/g, '')));
      for (const m of ctx.text.matchAll(APPOSED_VACANCIES))
        apposed.add(Number((m[1] ?? '').replace(/,/g, '')));
    }
  }
  const facts = { vacant, figures, apposed };
  vacancyMemo.set(ctx, facts);
  return facts;
}

/** Is `value`, a figure of posts, the people cut plus vacancies the article states? */
function includesStatedVacancies(ctx: ExtractionContext, value: number): boolean {
  const { vacant, figures, apposed } = vacancyFacts(ctx);
  if (apposed.has(value)) return false;
  return vacant.some((v) => v < value && figures.has(value - v));
}

/**
 * "two of its most senior executives said they were leaving", "three directors have resigned",
 * "two senior executives depart" (a headline): people who leave of their own accord are
 * departures, not a cut.
 */
const DEPARTING_AFTER =
  /^\s*,?\s*(?:(?:who\s+)?(?:said|say|says|announced|told\s+\w+)\s+(?:that\s+)?(?:they|he|she)\s+(?:were|are|was|is|would\s+be|will\s+be|would|will)\s+(?:leaving|departing|stepping\s+down|resigning|leave|depart|step\s+down|resign)\b|(?:have\s+|had\s+|has\s+|will\s+|to\s+)?(?:resign(?:s|ed)?|step(?:s|ped)?\s+down|quits?|depart(?:s|ed|ing)?|exit(?:s|ed)?)\b)/i;

/**
 * "Companies want people who can do three jobs", "she works two jobs": the jobs one person holds.
 * "fill 300 positions" is hiring.
 */
const HOLDS_JOBS_BEFORE =
  /\b(?:do|does|doing|did|hold|holds|holding|held|juggl(?:e|es|ed|ing)|work(?:s|ed|ing)?|fill|fills|filled|filling)\s+$/i;

/**
 * "furloughed roughly 300 workers", "began furloughs of 19,000", "keep about 15,000 more employees
 * stood down", "put 30,000 cabin crew on furlough": people sent home for a time, not laid off. A
 * figure of people who are furloughed now and laid off later ("told 18,000 of its furloughed
 * employees they will be laid off") has the furlough word after the figure, so it stays.
 */
const FURLOUGHED_BEFORE =
  /\b(?:furlough(?:s|ed|ing)?\s+(?:of\s+)?|(?:stand(?:s|ing)?|stood)\s+down\s+)(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over|up\s+to|another|a\s+further)\s+)?$/i;
/**
 * "place a further 900 employees on unpaid leave for six months", "keep 200 staff on leave without
 * pay", "put 2,000 miners on compulsory leave": unpaid leave is a furlough by another name.
 */
const FURLOUGHED_AFTER =
  /^\s+(?:(?!redundant\b)[\w-]+\s+){0,3}?(?:(?<!\band\s+)(?:stood|stand(?:s|ing)?)\s+down|on\s+(?:unpaid\s+)?furlough|on\s+(?:unpaid|compulsory|forced|mandatory)\s+leave|on\s+leave\s+without\s+pay)\b/i;
/**
 * "the closure would also cost about 120 jobs at contractors and suppliers": jobs at other
 * employers that lose work because of the cut, never the cutting company's own.
 */
const OTHER_EMPLOYERS_AFTER =
  /^\s+(?:at|among|with)\s+(?:(?:its|their|the|local|smaller|outside)\s+)?(?:contractors|subcontractors|suppliers)\b/i;

/**
 * "will lay off 830 workers at its offices in Redmond, ..., part of a worldwide reduction of
 * roughly 9,000 jobs", "reported 1,985 layoffs in the valley as part of a cut of about 6,000 people
 * worldwide": a figure the sentence calls part of a larger cut is that cut's split by place (a
 * breakdown in the conventions, like "including 120 in Ohio"), not an event of its own.
 */
const PART_OF_LARGER_AFTER = new RegExp(
  `^[^.;]*?\\bpart\\s+of\\s+(?:a|an|the|its|their)\\s+(?:[\\w-]+\\s+){0,2}?(?:reductions?|cuts?|job\\s+cuts|lay-?offs|round|restructuring|downsizing)\\s+(?:of|affecting|totall?ing|that\\s+(?:will\\s+)?(?:affects?|eliminates?|cuts?))\\s+(?:(?:${QUAL})\\s+)?(${NUM})\\s+(?:[\\w-]+\\s+)?${JOB_NOUN}\\b`,
  'i',
);

/**
 * "Halden will cut about 4,000 jobs. ... At its gearbox plant in Tarrow, 900 jobs are to go by
 * 2028.": a sentence that opens on a site (a plant, factory, office... or a capitalised place) and
 * then gives a figure, after the article stated a larger cut, tells that cut's share at the site
 * (a breakdown in the conventions), not a cut of its own. "In May, 300 jobs were cut" opens on a
 * time, not a site.
 */
const SITE_FRONTED_HEAD =
  /^\s*(?:At|In)\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|\d)\b)(?:(?:the|its|their)\s+(?:[\w’'-]+\s+){0,4}?(?:plant|factory|site|facility|mill|works|office|campus|depot|warehouse|centre|center|hub)\b[^,;]{0,50}|[A-Z][\p{L}’'-]+(?:\s+[A-Z][\p{L}’'-]+)?)\s*,\s+(?:where\s+[^,;]{1,60},\s+)?$/u;
/**
 * "Pellam cut 900 jobs across its sites last month. ... 500 drivers were let go at its Tarrow depot
 * and 250 at its Marsh Lane office": a figure placed at one site, with a second figure at another
 * site after it, splits a larger cut the article stated before by site (a breakdown), when that
 * larger cut was told first.
 */
const SITE_SPLIT_AFTER =
  /^[^.;]*?\bat\s+(?:its|the|their|the\s+company['’]s)\s+(?:[\w’'-]+\s+){0,4}?(?:site|office|plant|factory|facility|centre|center|campus|hub|warehouse|depot|mill|store|branch)\b[^.;]*?\s+and\s+(?:another\s+|a\s+further\s+)?\d[\d,]*\s+(?:[\w-]+\s+){0,3}?at\s+(?:its|the|their|a)\b/i;
/** Built on first use: VERB is declared further down. */
let earlierCut: RegExp | null = null;

/** Did the article, before this sentence, state a cut larger than `value`? */
function largerCutBefore(ctx: ExtractionContext, sentence: Sentence, value: number): boolean {
  earlierCut ??= new RegExp(
    `\\b${VERB}\\s+(?:(?:${QUAL})\\s+)?(\\d[\\d,]*)\\s+(?:[\\w-]+\\s+){0,2}?${JOB_NOUN}\\b`,
    'gi',
  );
  for (const m of ctx.text.slice(0, sentence.start).matchAll(earlierCut))
    if (Number((m[1] ?? '').replace(/,/g, '')) > value) return true;
  return false;
}

/** "1,000-plus employees", "500+ jobs": more than the figure. */
const PLUS_AFTER = /^(?:-?plus\b|\+)/i;

const ONE_PERSON_SOURCE =
  /^\s*(?:familiar|close|briefed|with\s+knowledge|said|says|wrote|writes|told|who|posted)\b/i;

/** Anonymous sources are a handful of people: "two people familiar with the matter". */
const MAX_SOURCES = 10;
const SOURCES_AFTER =
  /^\s*(?:familiar|close\s+to|briefed|with\s+(?:direct\s+)?knowledge|knowledgeable|aware\s+of)\b/i;
const ACCORDING_TO_BEFORE = /\baccording\s+to\s+$/i;
/**
 * "the night shifts were hit hardest, three current employees said", "two former staffers told the
 * newspaper", "four workers who spoke on condition of anonymity", "five former employees, who asked
 * not to be named, said": a handful of people who speak are the article's sources. Not after a cut
 * verb, where the figure is the object: "laid off nine engineers, who asked for severance".
 * "two people who were let go told the paper": a relative clause may stand before the speech verb.
 */
const SPEAKERS_AFTER =
  /^\s*(?:(?:said|say|says|told|tell|wrote|recalled|described)\b|,?\s*who\s+(?:spoke|asked|declined|requested|were\s+not\s+authori[sz]ed|are\s+not\s+authori[sz]ed)\b|\s*who\s+(?:[\w’'-]+\s+){1,5}?(?:said|say|says|told)\b)/i;
/** After the figure's noun, or after a passive ("two people who were let go | told the paper"). */
const speaks = (after: string, tail: string): boolean =>
  SPEAKERS_AFTER.test(after) || SPEAKERS_AFTER.test(tail);

/** "2023-12-25 Pellam layoffs", "on 03/04 ...": digits glued to a date, never a headcount. */
const DATE_PART_BEFORE = /\d[-/.]$/;

// Necessary conditions of the patterns below, each a substring any match must contain
// ("were laid off" needs "were"/"be"/"got"; "by 350" needs "by", "to 900 from 1,200" needs
// "from"): a sentence without one skips the long scan.
const PASSIVE_CUE = /were|be|got/i;
const BY_OR_FROM_CUE = /by|from/i;
const WITH_CUE = /with/i;
const INCLUDING_CUE = /including|of which|of whom/i;
const CUTS_CUE = /cuts/i;
const DIGIT_CUE = /\d/;
const VAGUE_CUE = new RegExp(matchAny(VAGUE_QUANTITIES.map((v) => v.phrase)), 'i');

const G_QUAL = 1;
const G_NUM = 2;
const G_NUM2 = 3;

/**
 * A count whose span starts at its hedge or figure, not at the words the pattern needed before it
 * ("would lay off | about 90", "including | 30,000 at ..."); it still ends where the match ends.
 */
function countFromFigure(
  ctx: ExtractionContext,
  sentence: Sentence,
  match: RegExpExecArray,
  rule: string,
): Candidate | null {
  const idx = match.indices?.[G_QUAL] ?? match.indices?.[G_NUM];
  if (!idx) return null;
  return countCandidate(ctx, sentence, matchFrom(match, idx[0]), rule, match.index + match[0].length);
}

function countCandidate(
  ctx: ExtractionContext,
  sentence: Sentence,
  match: RegExpExecArray,
  rule: string,
  spanEnd: number,
): Candidate | null {
  const raw = match[G_NUM];
  if (!raw) return null;
  const head = sentence.text.slice(0, match.index);
  if (
    MONEY_BEFORE.test(head) ||
    LEGAL_REFERENCE_BEFORE.test(head) ||
    WORKFORCE_BEFORE.test(head) ||
    POPULATION_BEFORE.test(head) ||
    PLACE_POPULATION_BEFORE.test(head) ||
    REMAINING_BEFORE.test(head) ||
    DATE_PART_BEFORE.test(head) ||
    HOLDS_JOBS_BEFORE.test(head) ||
    FURLOUGHED_BEFORE.test(head)
  )
    return null;
  const after = sentence.text.slice(spanEnd);
  if (FURLOUGHED_AFTER.test(after) || OTHER_EMPLOYERS_AFTER.test(after)) return null;
  if (sentence.text.includes('net ')) {
    const net = NET_LOSS.exec(sentence.text);
    if (net && (match.index < net.index || match.index >= net.index + net[0].length)) return null;
  }
  if (UNFILLED_WORDS.test(match[0]) || UNFILLED_AFTER.test(after) || DEPARTING_AFTER.test(after)) return null;
  // "to 62,000 full-time positions from 82,000": a workforce before or after a cut, never the cut.
  if (insideShrinkFrame(sentence.text, match.index)) return null;
  // "BP's 16,000 staff", "which has nearly 50,000 employees": a workforce, unless the noun is a cut ("Corbel's 900 job cuts").
  const cutNoun =
    CUT_NOUN.test(match[0]) || CUT_NOUN_AFTER.test(sentence.text.slice(match.index + match[0].length));
  const tail = sentence.text.slice(match.index + match[0].length);
  if (
    POSSESSIVE_BEFORE.test(head) &&
    !cutNoun &&
    !PASSIVE_CUT_AFTER.test(tail) &&
    !CUT_VERB_ITS_BEFORE.test(head)
  )
    return null;
  const value = parseNumber(raw);
  if (value === null || value <= 0 || !Number.isInteger(value)) return null;
  if ((SITE_FRONTED_HEAD.test(head) || SITE_SPLIT_AFTER.test(after)) && largerCutBefore(ctx, sentence, value))
    return null;
  if (/part\s+of/i.test(after)) {
    const whole = PART_OF_LARGER_AFTER.exec(after);
    const total = whole ? parseNumber(whole[1] ?? '') : null;
    if (total !== null && total > value) return null;
  }
  // "according to one person familiar with the matter", "one person wrote": a source, not a cut.
  if (value === 1 && ONE_PERSON_SOURCE.test(sentence.text.slice(spanEnd))) return null;
  // "according to two people familiar with the matter", "three people briefed on the plans".
  if (
    value <= MAX_SOURCES &&
    (SOURCES_AFTER.test(sentence.text.slice(spanEnd)) ||
      ACCORDING_TO_BEFORE.test(head) ||
      (speaks(sentence.text.slice(spanEnd), tail) && !CUT_VERB_BEFORE.test(head)))
  )
    return null;
  const qualifier = match[G_QUAL];
  if (!qualifier && POSTS_NOUN.test(match[0]) && includesStatedVacancies(ctx, value)) return null;
  if (grossOfStatedNet(ctx, sentence, value)) return null;
  // Only a sentence with a second figure after " and " pays for the article scan.
  if (sentence.text.includes(' and ') && splitsEarlierTotal(ctx, sentence, value)) return null;
  // "while 40 new posts would be created in its digital unit", "creating 24 new roles": posts
  // that are made, not cut.
  if (NEW_POSTS.test(match[0])) return null;
  // "2024 jobs report": a bare year is not a headcount unless hedged ("about 2,000") or grouped.
  if (looksLikeYear(raw) && !qualifier && rule !== 'count:verb-number') return null;
  // "lays off 1,000-plus employees": the figure is a floor.
  const numEnd = match.index + match[0].indexOf(raw) + raw.length;
  const plus = !qualifier && PLUS_AFTER.test(sentence.text.slice(numEnd));
  const effect = plus ? 'above' : qualifierEffect(qualifier);
  const raw2 = match[G_NUM2];
  let bounds = boundsFor(value, effect);
  if (raw2) {
    const second = parseNumber(raw2);
    if (second !== null && second > value) bounds = { min: value, max: second, approx: effect === 'approx' };
  }
  const start = sentence.start + match.index;
  return {
    kind: 'count',
    span: makeSpan(ctx.text, start, sentence.start + spanEnd),
    sentenceIndex: sentence.index,
    value: bounds,
    stated: 'stated',
    rule,
  };
}

const NUMBER_NOUN_RE = new RegExp(
  `(?:\\b(${QUAL})\\s+)?(?:between\\s+)?\\b(${NUM})(?:\\s*(?:-|–|to|and)\\s*(${NUM}))?${NOT_AFTER}(?:-?plus\\b|\\+)?(?:\\s+of\\s+(?:its|the|their|our))?${FILLER}\\s+${JOB_NOUN}\\b`,
  'gid',
);
/**
 * "18,000 of its furloughed U.S. employees" is a count, but "one of the laid-off workers said" and
 * "two of its senior managers" are speakers: a part "of its" described people needs a figure in digits.
 */
const OF_DESCRIBED = new RegExp(`\\bof\\s+(?:its|the|their|our)\\s+(?!${JOB_NOUN}\\b)`, 'i');

/**
 * "Around 5,000 of the positions will go in Denmark", "some 900 of those roles will be cut in
 * Poland": a part of the cut told before, placed in a country or city, is a split of the cut by
 * place (a breakdown of the event, as BREAKDOWN_AFTER for "of the cuts"), not an event of its own.
 */
const PART_OF_THE = /\bof\s+(?:its|the|their|our|those|these)\s/i;

/** "of the roles", "of those jobs": the cut told before, not the workforce ("of its staff"). */
const OF_THE_CUT = /\bof\s+(?:the|those|these)\s/i;
/** "The cuts include | 90 roles in Leeds": the start of a list of the cut's parts. */
const INCLUDE_BEFORE = new RegExp(`\\binclud(?:e|es|ed)\\s+(?:(?:${QUAL})\\s+)?$`, 'i');

/**
 * "..., with 38 of the roles in Scotland", "The cuts include 90 roles in Leeds, 70 in Hull": a part
 * of the cut told before, placed in a known country, region or city with no verb, is its split by
 * place (a breakdown, as "including 120 in Ohio"). Not after a cut verb: "will cut 300 of the jobs
 * in Ohio" tells the cut itself.
 */
function placedPart(s: Sentence, m: RegExpExecArray): boolean {
  const head = s.text.slice(0, m.index);
  if (!(OF_THE_CUT.test(m[0]) && !CUT_VERB_BEFORE.test(head)) && !INCLUDE_BEFORE.test(head)) return false;
  return KNOWN_PLACE_AFTER.test(s.text.slice(m.index + m[0].length));
}

/** "70 of the posts", "some 40 of those roles": no owner's possessive ("of the bank's staff"). */
const OF_THE_JOBS = new RegExp(`\\bof\\s+(?:the|those|these)\\s+(?:[a-z-]+\\s+)?${JOB_NOUN}$`, 'i');
/**
 * "the cuts, which include 31 staff nurses": a figure the cut told before is said to include is
 * a part of it (its split by place, "include 90 roles in Leeds", is a breakdown: placedPart).
 */
const CUTS_INCLUDE_BEFORE = new RegExp(
  `\\b(?:cuts|layoffs|lay-offs|redundancies|job\\s+losses),?\\s+(?:(?:which|that)\\s+)?(?:will\\s+|would\\s+)?includ(?:e|es|ed)\\s+(?:(?:${QUAL})\\s+)?$`,
  'i',
);
/** "19 of its members", "about 40 of our members": a union's own members, not "its staff members". */
const OF_ITS_MEMBERS = /\bof\s+(?:its|their|our)\s+members$/i;

/** "1,900 people", "about 12,000 jobs", "more than 4,000 workers", "7,000 to 9,000 jobs". */
export const numberNounParser: Parser = {
  name: 'NumberNounParser',
  requires: [NUMBER_CUE],
  pattern: () => NUMBER_NOUN_RE,
  extract(ctx, s, m) {
    if (OF_DESCRIBED.test(m[0]) && !/\d/.test(m[G_NUM] ?? '')) return null;
    // "About 900 of the job cuts will be in Japan": the noun matched was "job", the split is told
    // after the cut noun that follows it.
    if (
      PART_OF_THE.test(m[0]) &&
      BREAKDOWN_AFTER.test(s.text.slice(m.index + m[0].length).replace(CUT_NOUN_AFTER, ''))
    )
      return null;
    if (placedPart(s, m)) return null;
    // "the union said 19 of its members lost their jobs": a union's count of its own members is a
    // part of the cut (see Count.part), never the whole told again.
    // "Around 60 of the posts would go from its law school": "the posts" are those of the cut told
    // before, so the figure is a part of it, as "of the cuts" is.
    const rule = OF_ITS_MEMBERS.test(m[0])
      ? 'count:of-members'
      : OF_THE_JOBS.test(m[0])
        ? 'count:of-the-jobs'
        : CUTS_INCLUDE_BEFORE.test(s.text.slice(0, m.index))
          ? 'count:cuts-include'
          : 'count:number-noun';
    return countCandidate(ctx, s, m, rule, m.index + m[0].length);
  },
};

const VERB =
  '(?:lay(?:ing|s)?\\s+off|laid\\s+off|let(?:ting)?\\s+go(?:\\s+of)?|fir(?:e|es|ed|ing)|cut(?:ting|s)?|slash(?:es|ed|ing)?|shed(?:s|ding)?|ax(?:e|es|ed|ing)|eliminat(?:e|es|ed|ing)|remov(?:e|es|ed|ing)|sack(?:s|ed|ing)?|trim(?:s|med|ming)?|retrench(?:es|ed|ing)?|disengag(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?|terminat(?:e|es|ed|ing))';
/** The cut verb right before a figure: "laid off | nine engineers", "let go of about | 40". */
const CUT_VERB_BEFORE = new RegExp(`\\b${VERB}\\s+(?:(?:${QUAL})\\s+)?$`, 'i');

/**
 * After "lay off 240" a lowercase word names what was cut ("cut 30 flights"), unless it opens a
 * place, time or clause: "to lay off 240 at Memphis hub", "cut 90 across Europe", "let go 40 last
 * week", "lays off 70 as it pivots", "Kestrel said it would cut 10,000 and Orvia confirmed ..."
 * (but "cut 2024 and 2025 forecasts" joins two figures of something else).
 */
const PLACE_OR_TIME_AFTER =
  '(?:at|in|across|from|worldwide|globally|this|last|next|on|over|as|after|amid|while|and(?!\\s+\\d))\\b';
// "to lay off 300 to 400 at its plant": a bare range after the verb (the second figure in G_NUM2).
const VERB_NUMBER_RE = new RegExp(
  `\\b${VERB}\\s+(?:(${QUAL})\\s+)?(${NUM})(?:\\s*(?:-|–|to)\\s*(\\d[\\d,]*))?\\b${NOT_AFTER}(?!\\s+(?:of\\s+)?(?!${PLACE_OR_TIME_AFTER})[a-z])`,
  'gid',
);

/** "would lay off 90", "Byju's let go 2,500": a number right after the verb, no noun. */
export const verbNumberParser: Parser = {
  name: 'VerbNumberParser',
  requires: [NUMBER_CUE],
  pattern: () => VERB_NUMBER_RE,
  extract(ctx, s, m) {
    return countFromFigure(ctx, s, m, 'count:verb-number');
  },
};

const PASSIVE_NUMBER_RE = new RegExp(
  `(?:\\b(${QUAL})\\s+)?\\b(${NUM})()${NOT_AFTER}(?:\\s+(?:more|others?|[a-z][a-z-]+)){0,2}?\\s+(?:were|have\\s+been|had\\s+been|are\\s+being|will\\s+be|would\\s+be|could\\s+be|are\\s+to\\s+be|got)\\s+(?:laid\\s+off|let\\s+go|fired|sacked|axed|made\\s+redundant|dismissed|cut|retrenched|disengaged|terminated)\\b`,
  'gid',
);

/** "over 1,000 were laid off", "20,000 professionals have been fired": a number that is the passive subject. */
export const passiveNumberParser: Parser = {
  name: 'PassiveNumberParser',
  requires: [NUMBER_CUE, PASSIVE_CUE],
  pattern: () => PASSIVE_NUMBER_RE,
  extract(ctx, s, m) {
    const numIdx = m.indices?.[G_NUM];
    if (!numIdx) return null;
    return countCandidate(ctx, s, m, 'count:passive-number', numIdx[1]);
  },
};

const BY_NUMBER = `\\b(?:workforce|headcount|staff|jobs|employees|staffing)\\s+by\\s+(?:a\\s+total\\s+of\\s+)?(?:(${QUAL})\\s+)?(${NUM})()\\b${NOT_AFTER}`;
/** Groups of BY_NUMBER before the shrink frame's in WORKFORCE_CHANGE_RE. */
const BY_GROUPS = 3;
const WORKFORCE_CHANGE_RE = new RegExp(`${BY_NUMBER}|${shrinkToFromSource(true)}`, 'gid');

/**
 * A workforce that changes by a stated amount: "reduce its workforce by 350", "cut headcount by a
 * total of 10,000"; or from one size to another: "expects its headcount to fall to about 10,000
 * from 12,500" (the cut is the difference, see shrinkCount).
 */
export const workforceByParser: Parser = {
  name: 'WorkforceByNumberParser',
  requires: [NUMBER_CUE, BY_OR_FROM_CUE],
  pattern: () => WORKFORCE_CHANGE_RE,
  extract(ctx, s, m) {
    if (m[G_NUM] === undefined) return shrinkCount(ctx, s, m, BY_GROUPS);
    return countFromFigure(ctx, s, m, 'count:workforce-by');
  },
};

const NOUN_WITH_RE = new RegExp(
  `\\b(?:lay-?offs?|job\\s+cuts|job\\s+losses|redundancies)\\s*,?\\s+with\\s+(?:(${QUAL})\\s+)?(${NUM})()\\b${NOT_AFTER}(?!\\s+(?:of\\s+)?[a-z])`,
  'gid',
);

/** "the most layoffs, with 350", "hit hardest by job cuts, with about 200": the figure after "with". */
export const nounWithNumberParser: Parser = {
  name: 'NounWithNumberParser',
  requires: [NUMBER_CUE, WITH_CUE],
  pattern: () => NOUN_WITH_RE,
  extract(ctx, s, m) {
    return countFromFigure(ctx, s, m, 'count:noun-with');
  },
};

const LIST_PAIR_RE = new RegExp(
  `(?<=\\b(?:[A-Z][\\w’'&.-]*|and|,)\\s)(?:(${QUAL})\\s+)?(${NUM})()\\b${NOT_AFTER}(?=\\s*(?:,|;|\\.|\\band\\b|$))`,
  'gd',
);

/**
 * "Ola fired 2,100 workers, Unacademy 1,190, Vedantu 1,109 and Udaan 530": a bare number after a
 * name continues a list of cuts; only taken when an earlier count in the sentence set the pattern.
 */
export const listPairParser: Parser = {
  name: 'ListPairNumberParser',
  requires: [NUMBER_CUE],
  pattern: () => LIST_PAIR_RE,
  extract(ctx, s, m) {
    const head = s.text.slice(0, m.index);
    if (
      !/\d[\d,]*\s+(?:workers|employees|jobs|people|staff|roles)|\b(?:let go|laid off|fired|cut)\s+\d/i.test(
        head,
      )
    ) {
      return null;
    }
    if (!/[A-Z][\w’'&.-]*\s*$/.test(head)) return null;
    return countCandidate(ctx, s, m, 'count:list-pair', m.index + m[0].length);
  },
};

/**
 * "Corvel – about 4,000.", "2. Halden Foods — up to 1,500, ...": an item of a ranked list opens
 * with its company's name, a dash and the item's figure with no noun (the list's heading says
 * what is counted). Only at the sentence start; the extractor takes it as a cut only when the
 * article has a series of such items under a layoff headline (see rankedItem there).
 */
const LIST_ITEM_RE = new RegExp(
  `^(?:(?:\\d{1,2}[.)]|[•·*])\\s+)?[A-Z][\\w&.’'-]*(?:\\s+(?:[A-Z][\\w&.’'-]*|&|and|of)){0,4}\\s+[–—-]\\s+(?:(${QUAL})\\s+)?(${NUM})()\\b${NOT_AFTER}(?=\\s*(?:[,;.]|$))`,
  'd',
);
export const LIST_ITEM_CUE = /\s[–—-]\s/;

export const listItemCountParser: Parser = {
  name: 'ListItemCountParser',
  requires: [NUMBER_CUE, LIST_ITEM_CUE],
  pattern: () => LIST_ITEM_RE,
  extract: (ctx, s, m) => countFromFigure(ctx, s, m, 'count:list-item'),
};

const INCLUDING_RE = new RegExp(
  `\\b(?:including|of which|of whom)\\s+(?:(${QUAL})\\s+)?(${NUM})()\\b${NOT_AFTER}(?=\\s+(?:at|in|from)\\b)`,
  'gid',
);

/**
 * "including 247 in the United States", "including 120 in Ohio": the figure for a known country,
 * state, city or region is a split of the cut by place, which the conventions keep as a breakdown
 * of the event, not an event of its own ("including 30,000 at the Department of X" is a part).
 */
const KNOWN_PLACE_AFTER = new RegExp(
  `^\\s+(?:in|at|from)\\s+(?:the\\s+)?${matchAny([...COUNTRIES, ...CITIES, ...REGIONS])}(?![\\w-]|\\.\\w)`,
  'i',
);

/** "... more than 100,000 jobs, including 30,000 at the Department of X": a part of the cut. */
export const includingNumberParser: Parser = {
  name: 'IncludingNumberParser',
  requires: [NUMBER_CUE, INCLUDING_CUE],
  pattern: () => INCLUDING_RE,
  extract(ctx, s, m) {
    if (KNOWN_PLACE_AFTER.test(s.text.slice(m.index + m[0].length))) return null;
    return countFromFigure(ctx, s, m, 'count:including');
  },
};

/**
 * "Some 5,000 of the cuts will fall in Denmark", "about 300 are in Ohio": a split of the cut by
 * place, which the conventions keep as a breakdown of the event, not an event of its own. A part
 * told by its work ("about 250 are in back-office operations") is one, and so is a part told by
 * its named department ("around 60 of the posts would go from the School of Music", "40 are in
 * the Department of Surgery"): a capitalised faculty, school or division is a unit, not a place.
 * A site of the company's is a place too: "143 of the cuts are at the company's Denver
 * headquarters", "about 900 of the cuts will fall at its gearbox plant in Tarrow".
 */
const BREAKDOWN_AFTER =
  /^\s+(?:of\s+them\s+)?(?:(?:will|would|are\s+to|are\s+set\s+to)\s+(?:fall|be|come|go)|are|were|fall|falls|come|go)\s+(?:(?:cut|lost|axed|eliminated|shed)\s+)?(?:based\s+)?(?:in|at|from)\s+(?:(?:the\s+)?(?!(?:Faculty|School|Department|Division|College|Directorate)\b)[A-Z]|(?:its|their|the\s+(?:company|group|firm)['’]s)\s+(?:[\w’'-]+\s+){0,3}?(?:headquarters|head\s+office|plant|factory|site|facility|mill|works|offices?|campus|depot|warehouse|centre|center|hub|base)\b)/;

const SUBSET_PLACE_RE = new RegExp(
  `(?:\\b(${QUAL})\\s+)?\\b(${NUM})()\\b${NOT_AFTER}(?=\\s+(?:of\\s+(?:them|those)\\s+)?(?:are|were|will\\s+be|would\\s+be)\\s+(?:based\\s+)?(?:in|at|within)\\s)`,
  'gid',
);
/** The cut told earlier in the sentence as its subject: "the roles being cut", "the job losses". */
const CUT_SUBJECT_BEFORE =
  /\b(?:roles|jobs|positions|posts|redundancies|layoffs|lay-offs)\s+(?:being\s+|to\s+be\s+|that\s+will\s+be\s+)?(?:cut|affected|eliminated|axed|lost|shed)\b|\b(?:job|staff)\s+(?:cuts|losses)\b|\b(?:affected|eliminated)\s+(?:roles|jobs|positions|posts)\b/i;
const ARE_CUE = /\b(?:are|were|be)\s/i;

/**
 * "Most of the roles being cut are in the branch network, but about 250 are in back-office
 * operations": a number of the cut roles, told by where they are. Only after the cut roles were
 * named as the subject earlier in the sentence, so "3,000 are in India" alone is no count.
 */
export const subsetPlaceParser: Parser = {
  name: 'SubsetPlaceParser',
  requires: [NUMBER_CUE, ARE_CUE],
  pattern: () => SUBSET_PLACE_RE,
  extract(ctx, s, m) {
    if (!CUT_SUBJECT_BEFORE.test(s.text.slice(0, m.index))) return null;
    if (BREAKDOWN_AFTER.test(s.text.slice(m.index + m[0].length))) return null;
    return countCandidate(ctx, s, m, 'count:subset-place', m.index + m[0].length);
  },
};

const OF_THE_CUTS_RE = new RegExp(
  `(?:\\b(${QUAL})\\s+)?\\b(${NUM})()\\b${NOT_AFTER}\\s+of\\s+(?:(?:the|those|these)\\s+(?:job\\s+)?(?:losses|cuts|redundancies|layoffs|lay-offs)|those\\s+(?:leaving|departing|being\\s+let\\s+go)|them)\\b`,
  'gid',
);
const OF_THE_CUTS_CUE = /\bof\s+(?:the|those|these|them)\b/i;
/**
 * "Most of those affected worked nights, and about 90 of them are agency staff": "them" are the
 * people of the cut only when the sentence named them so before ("those affected", "the workers
 * laid off"); "two of them said" after "the managers" is no part.
 */
const THOSE_CUT_BEFORE =
  /\b(?:those|the\s+(?:workers|employees|staff|people))\s+(?:affected|laid\s+off|retrenched|let\s+go|made\s+redundant|being\s+let\s+go)\b/i;

/**
 * "about 2,500 of the losses are expected next year", "About 450 of those leaving are from its
 * audit practice": a part of the cut told before.
 */
export const ofTheCutsParser: Parser = {
  name: 'OfTheCutsParser',
  requires: [NUMBER_CUE, OF_THE_CUTS_CUE],
  pattern: () => OF_THE_CUTS_RE,
  extract: (ctx, s, m) =>
    BREAKDOWN_AFTER.test(s.text.slice(m.index + m[0].length)) ||
    placedPart(s, m) ||
    (/them$/i.test(m[0]) && !THOSE_CUT_BEFORE.test(s.text.slice(0, m.index)))
      ? null
      : countCandidate(ctx, s, m, 'count:of-the-cuts', m.index + m[0].length),
};

const OF_ITS_SIZE_RE = new RegExp(
  `(?:\\b(${QUAL})\\s+)?\\b(${NUM})()\\b${NOT_AFTER}\\s+of\\s+(?:its|their|the)\\s+${NUM}${FILLER}\\s+${JOB_NOUN}\\b`,
  'gid',
);
const OF_ITS_SIZE_CUE = /\bof\s+(?:its|their|the)\s/i;
/** The cut told earlier in the sentence: "the cuts fell hardest on ...", "the layoffs hit ...". */
const THE_CUTS_BEFORE = /\bthe\s+(?:job\s+)?(?:cuts|layoffs|lay-offs|redundancies|losses)\b/i;

/**
 * "cut 40 of its 200 jobs", "the desk lost eight of its nine posts": the first figure is the cut,
 * the second the size of what it was cut from (no count). After the cut told before in the same
 * sentence ("the cuts fell hardest on its paint shop, which lost eight of its 14 jobs") it is a
 * part of that cut.
 */
export const ofItsSizeParser: Parser = {
  name: 'OfItsSizeParser',
  requires: [NUMBER_CUE, OF_ITS_SIZE_CUE],
  pattern: () => OF_ITS_SIZE_RE,
  extract: (ctx, s, m) =>
    countCandidate(
      ctx,
      s,
      m,
      THE_CUTS_BEFORE.test(s.text.slice(0, m.index)) ? 'count:part-of-its-size' : 'count:of-its-size',
      m.index + m[0].length,
    ),
};

/**
 * A hedge may follow the figure before its place or time: "a further 300 possible in three
 * years' time", "another 200 expected next spring".
 */
const FURTHER_HEDGE = '(?:\\s+(?:possible|potential|likely|expected|planned|proposed))?';
const FURTHER_NUMBER_RE = new RegExp(
  `\\b(?:a\\s+(?:possible\\s+|potential\\s+)?further|another|an\\s+additional|an\\s+extra)\\s+(?:(${QUAL})\\s+)?(${NUM})()\\b${NOT_AFTER}(?=${FURTHER_HEDGE}(?:\\s*(?:[,;.]|$)|\\s+(?:in|at|by|over|from|later|next|this|across|within|after)\\b))`,
  'gid',
);
const FURTHER_CUE = /further|another|additional|extra/i;

/**
 * "up to 2,800 jobs ..., with a possible further 300 in around three years' time", "and another
 * 500 next year": a second figure of the same kind with no noun of its own, told after a place or
 * time word or at the clause's end ("a further 300 stores" is no count).
 */
export const furtherNumberParser: Parser = {
  name: 'FurtherNumberParser',
  requires: [NUMBER_CUE, FURTHER_CUE],
  pattern: () => FURTHER_NUMBER_RE,
  extract(ctx, s, m) {
    return countFromFigure(ctx, s, m, 'count:further-number');
  },
};

const VAGUE_RE = new RegExp(
  `['‘’"“”]?\\b(${matchAny(VAGUE_QUANTITIES.map((v) => v.phrase))})\\b['‘’"“”]?(?:(?:\\s+of)?${FILLER}\\s+${JOB_NOUN}\\b)?`,
  'gid',
);
const VAGUE_VERB_BEFORE =
  /\b(?:lay(?:ing|s)?\s+off|laid\s+off|let(?:ting)?\s+go(?:\s+of)?|fired|cut(?:ting|s)?|slash(?:es|ed|ing)?|shed(?:s|ding)?|ax(?:e|es|ed|ing)|eliminat(?:e|es|ed|ing)|remov(?:e|es|ed|ing)|sack(?:s|ed|ing)?|retrench(?:es|ed|ing)?|hit|affect(?:s|ed|ing)?|and)\s*$/i;

/** "several hundred employees", "hundreds of jobs", "dozens at its plant" (after a verb). */
export const vagueQuantityParser: Parser = {
  name: 'VagueQuantityParser',
  requires: [VAGUE_CUE],
  pattern: () => VAGUE_RE,
  extract(ctx, s, m) {
    const phrase = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const entry = VAGUE_QUANTITIES.find((v) => v.phrase === phrase);
    if (!entry) return null;
    const hasNoun = m[0].length > (m.indices?.[1]?.[1] ?? 0) - m.index + 1;
    if (!hasNoun && !VAGUE_VERB_BEFORE.test(s.text.slice(0, m.index))) return null;
    // "cut hundreds of thousands of hours of overtime": "of" and no job noun after it counts something else.
    if (!hasNoun && /^\s+of\b/i.test(s.text.slice(m.index + m[0].length))) return null;
    // "scores" alone is a verb or a rating ("cut scores", "test scores"): only "scores of" people count.
    if (phrase === 'scores' && !/^scores\s+of\b/i.test(m[0])) return null;
    // "tens of thousands of dollars" is money: only a job noun or a layoff verb makes it a headcount.
    if (/\bof\s+(?:dollars|pounds|euros|rupees)/i.test(m[0])) return null;
    // "several hundred open and unfilled roles": vacancies, nobody is let go.
    if (UNFILLED_WORDS.test(m[0]) || UNFILLED_AFTER.test(s.text.slice(m.index + m[0].length))) return null;
    const start = s.start + m.index;
    return {
      kind: 'count',
      span: makeSpan(ctx.text, start, start + m[0].length),
      sentenceIndex: s.index,
      value: { min: entry.min, max: entry.max, approx: true },
      stated: 'stated',
      rule: 'count:vague',
    };
  },
};

/**
 * "The memo didn't say how many jobs would be affected, but a spokesperson says it's about 900",
 * "... a union official put the number at roughly 900": the figure is given after the question of
 * how many, by a verb of saying or estimating. "it's about 900" counts only when the sentence
 * asked how many jobs/people first; "the number/figure at N" names what it sizes itself.
 */
const FIGURE_GIVEN_RE = new RegExp(
  `\\b(?:(?:says?|said|estimates?|estimated|believes?|believed|told\\s+\\w+)\\s+(?:that\\s+)?(?:it['’]s|it\\s+(?:is|was|will\\s+be|would\\s+be)|the\\s+(?:number|figure|count)\\s+(?:is|was|will\\s+be|would\\s+be))|(?:puts?|putting|placed?|places|placing)\\s+(?:the\\s+(?:number|figure|count)|it)\\s+at)\\s+(?:(${QUAL})\\s+)?(${NUM})()\\b${NOT_AFTER}(?!\\s+(?:of\\s+)?[a-z])`,
  'gid',
);
/** The question the figure answers: "how many jobs", "the number of employees". */
const HOW_MANY_BEFORE = new RegExp(
  `\\b(?:how\\s+many|the\\s+(?:exact\\s+)?number\\s+of)\\s+(?:[a-z-]+\\s+)?${JOB_NOUN}\\b`,
  'i',
);
const NAMES_FIGURE = /\b(?:number|figure|count)\s+at\s/i;

export const figureGivenParser: Parser = {
  name: 'FigureGivenParser',
  requires: [NUMBER_CUE],
  pattern: () => FIGURE_GIVEN_RE,
  extract(ctx, s, m) {
    const head = s.text.slice(0, m.index);
    if (!HOW_MANY_BEFORE.test(head) && !NAMES_FIGURE.test(m[0])) return null;
    const idx = m.indices?.[G_QUAL] ?? m.indices?.[G_NUM];
    if (!idx) return null;
    // Checked from the verb ("says it's about 900": the "it's" is no possessive), spanned from the figure.
    const found = countCandidate(ctx, s, m, 'count:figure-given', m.index + m[0].length);
    if (!found) return null;
    return { ...found, span: makeSpan(ctx.text, s.start + idx[0], found.span.end) };
  },
};

/**
 * An explainer's answer that opens with the figure its question asked for: "How many jobs are
 * going?" then "About 350, according to an internal memo." The figure stands alone (a comma, a
 * full stop or "according to" after it), at the start of the sentence.
 */
const ANSWER_RE = new RegExp(
  `^(?:(${QUAL})\\s+)?(${NUM})()${NOT_AFTER}(?=\\s*(?:[,.;:—–]|$|\\s+(?:according|in\\s+all|in\\s+total|so\\s+far|at\\s+(?:first|least)|for\\s+now)\\b))`,
  'id',
);
/** The question just before it asks how many lose their jobs: "How many roles will be cut?". */
const LAYOFF_QUESTION = new RegExp(
  `^how\\s+many\\s+(?:[a-z-]+\\s+)?${JOB_NOUN}\\b[^?]{0,60}?\\b(?:go|going|gone|cut|cuts|lost|lose|losing|affected|laid\\s+off|leave|leaving|eliminated|redundant|at\\s+risk)\\b[^?]{0,40}\\?$`,
  'i',
);

/** Does the sentence answer a question about how many lose their jobs, figure first? */
export function answersLayoffQuestion(ctx: ExtractionContext, s: Sentence): boolean {
  const q = ctx.sentences[s.index - 1];
  return q !== undefined && q.text.endsWith('?') && ANSWER_RE.test(s.text) && LAYOFF_QUESTION.test(q.text);
}

/**
 * The answer's figure is the cut's count, and the question's layoff word (in the sentence before)
 * is its trigger: the answer itself names none ("About 350, according to ...").
 */
export const answerFigureParser: Parser = {
  name: 'AnswerFigureParser',
  requires: [NUMBER_CUE],
  pattern: () => ANSWER_RE,
  extract(ctx, s, m) {
    if (!answersLayoffQuestion(ctx, s)) return null;
    const count = countCandidate(ctx, s, m, 'count:answer', m[0].length);
    if (!count) return null;
    const trigger: Candidate = {
      kind: 'trigger',
      span: count.span,
      sentenceIndex: s.index,
      value: { tense: 'present' },
      stated: 'stated',
      rule: 'trigger:answer',
    };
    return [count, trigger];
  },
};

const NUMBER_CUTS_RE = new RegExp(
  `(?:\\b(${QUAL})\\s+)?\\b(\\d{1,3}(?:,\\d{3})+|\\d{2,})()\\s+(?:job\\s+)?cuts\\b`,
  'gid',
);

/**
 * "the roughly 10,000 cuts reported in November": a figure of cuts with no job noun. Only a
 * written figure of two or more digits ("two rate cuts" is no headcount), never money.
 */
export const numberCutsParser: Parser = {
  name: 'NumberCutsParser',
  requires: [DIGIT_CUE, CUTS_CUE],
  pattern: () => NUMBER_CUTS_RE,
  extract: (ctx, s, m) => countCandidate(ctx, s, m, 'count:number-cuts', m.index + m[0].length),
};

const G_TO = 1;
const G_FROM = 6;

/** The shrink frame alone, scanned when a count parser asks whether its figure is in one. */
const SHRINK_FRAME_RE = new RegExp(shrinkToFromSource(true), 'gid');

/** Is the number at `at` one of the two workforce figures of a "falls to X from Y" frame? */
function insideShrinkFrame(text: string, at: number): boolean {
  return shrinkFramesOf(text).some(([from, to]) => at >= from && at < to);
}

/**
 * The figure ranges of the sentence's shrink frames, for the last sentence asked: every count
 * parser asks about each of its numbers in turn ("to 62,000 ... from 82,000"), one scan serves all.
 */
let lastFrames: { text: string; frames: readonly (readonly [number, number])[] } | null = null;
function shrinkFramesOf(text: string): readonly (readonly [number, number])[] {
  if (lastFrames?.text === text) return lastFrames.frames;
  const frames: [number, number][] = [];
  if (FROM_CUE.test(text)) {
    for (const m of text.matchAll(SHRINK_FRAME_RE)) {
      const figures = m.indices?.[G_TO] ?? m.indices?.[G_FROM];
      if (figures) frames.push([figures[0], figures[1]]);
    }
  }
  lastFrames = { text, frames };
  return frames;
}

/** A figure's bounds: "about 10,000" → 10,000 (approx), "more than 12,500" → 12,501..open. */
function figureBounds(
  qual: string | undefined,
  raw: string | undefined,
): { min: number | null; max: number | null; approx: boolean } | null {
  const value = parseNumber(raw ?? '');
  if (value === null || value <= 0 || !Number.isInteger(value)) return null;
  return boundsFor(value, qualifierEffect(qual));
}

/**
 * "expects its headcount to fall to about 10,000 from 12,500" → a cut of about 2,500; "shrink the
 * department's workforce to 62,000 full-time positions from 82,000" → 20,000. The count is the
 * difference of the two figures (computed, so stated "implied"), spanned over both; hedges carry
 * over ("to fewer than 10,000 from 12,500" → more than 2,500). `offset` is how many groups stand
 * before the frame's in the match.
 */
function shrinkCount(
  ctx: ExtractionContext,
  s: Sentence,
  m: RegExpExecArray,
  offset: number,
): Candidate | null {
  const gTo = G_TO + offset;
  const gFrom = G_FROM + offset;
  const to = m[gTo] !== undefined;
  const span = m.indices?.[to ? gTo : gFrom];
  if (!span) return null;
  const after = to ? figureBounds(m[gTo + 1], m[gTo + 2]) : figureBounds(m[gFrom + 3], m[gFrom + 4]);
  const before = to ? figureBounds(m[gTo + 3], m[gTo + 4]) : figureBounds(m[gFrom + 1], m[gFrom + 2]);
  if (!after || !before) return null;
  const min = before.min !== null && after.max !== null ? before.min - after.max : null;
  const max = before.max !== null && after.min !== null ? before.max - after.min : null;
  // "to 12,000 from 10,000" is growth: a difference that is no cut gives nothing.
  if ((min !== null && min <= 0) || (max !== null && max <= 0) || (min === null && max === null)) return null;
  return {
    kind: 'count',
    span: makeSpan(ctx.text, s.start + span[0], s.start + span[1]),
    sentenceIndex: s.index,
    value: { min, max, approx: after.approx || before.approx },
    stated: 'implied',
    rule: 'count:shrink-to-from',
  };
}
