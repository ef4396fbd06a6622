import { makeSpan } from '../../domain/span.ts';
import type { Candidate, ExtractionContext, Parser } from '../context.ts';
import type { Sentence } from '../sentences.ts';
import { CITIES, COUNTRIES, REGIONS } from '../lexicon/places.ts';
import { FUNCTION_PAIRS, NOT_TEAM_WORDS, TEAM_NOUNS } from '../lexicon/teams.ts';
import { matchAny } from '../patterns.ts';

type DepartmentCandidate = Extract<Candidate, { kind: 'department' }>;

/** A regex source that matches its letters in either case (the team regex itself is case-sensitive). */
function caseless(source: string): string {
  return source.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
}

/** Longest team name, in words ("physical stores technology and sales and marketing" is 7). */
const MAX_TEAM_WORDS = 10;
/** A word that may stand inside a team's name (never a preposition, pronoun or verb of the clause). */
const TEAM_WORD = `(?!(?:${NOT_TEAM_WORDS.map(caseless).join('|')})\\b)[\\w’'&-]+`;
/**
 * What introduces a team: a determiner or preposition ("its", "the", "in", "both"), "including",
 * or a possessive ("Amazon’s stores technology team", "Goldman Sachs’ core trading units").
 */
const TEAM_INTRO = `(?:${caseless('its|the|their|our|in|from|across|at|including|both')}|[\\w.&-]+['’]s?)`;
/** "(SMGS)" between a team's name and its noun: an acronym the article coins. */
const ACRONYM = `(?:\\s*\\([A-Z][A-Za-z&]{1,9}\\))?`;
/**
 * Lowercase, or title case for the nouns a team's own name may end with ("the Physical Stores
 * Technology Team"); "Field Operations" or "Business Insider" are names, not a team noun.
 */
const TEAM_NOUN =
  'teams?|departments?|divisions?|organi[sz]ations?|units?|groups?|businesses|business|operations|functions?|Teams?|Departments?|Organi[sz]ations?|Groups?';
const NAME_GROUP = 1;
const NOUN_GROUP = 2;
const TEAM_RE = new RegExp(
  `(?<![\\w’'])${TEAM_INTRO}\\s+((?:${TEAM_WORD}(?:,\\s*|\\s+)){0,${MAX_TEAM_WORDS - 1}}?${TEAM_WORD})${ACRONYM}\\s+(${TEAM_NOUN})\\b`,
  'dg',
);
/**
 * A necessary condition for TEAM_RE: its noun after a space, the same case-sensitive alternation
 * TEAM_RE ends with ("its sales team"). Most layoff sentences name no team ("Pellam cut 200
 * jobs") and then skip the long scan of every word as a possible team name.
 */
const TEAM_NOUN_CUE = new RegExp(`\\s(?:${TEAM_NOUN})\\b`);
/** "the sale of its health data unit", "the spinoff of its cloud business": a part that leaves, not where cuts fall. */
const DISPOSAL_BEFORE =
  /\b(?:sale|sell(?:ing|s)?|sold|spin-?off|spinoff|spinning\s+off|divest\w*|disposal|acquisition|purchase|buy(?:ing)?|bought|merger|listing|ipo)\s+(?:of\s+)?(?:its|the|their|a)?\s*$/i;
const NOT_TEAM =
  /^(?:company|company['’]s|same|latest|other|entire|whole|new|first|largest|business|core|various|several|many|those|these|all|its|the|both|each|every|affected|impacted|different|certain|some|key|main)$/i;
/** Words before a name that only point at it: "both sales and marketing teams" names "sales and marketing". */
const LEADING_DETERMINER =
  /^(?:(?:the|its|their|our|both|all|several|various|certain|some|[\w.&-]+['’]s?)\s+)+/i;
const TEAM_NOUN_SET = new Set(TEAM_NOUNS);
const PAIRS = new Set(FUNCTION_PAIRS);
/** Small words a title-case name may hold: "Sales, Marketing, and Global Services". */
const TITLE_GLUE = /^(?:and|of|the|&|for|to|in)$/i;

/** "Sales, Marketing, and Global Services": every word capitalised but the glue; one name, never split. */
function isTitleName(name: string): boolean {
  const words = name.split(/[\s,]+/).filter(Boolean);
  return words.length > 1 && words.every((w) => TITLE_GLUE.test(w) || /^[A-Z0-9]/.test(w));
}

interface Part {
  readonly text: string;
  /** Offset of the part inside the name. */
  readonly at: number;
}

/**
 * A list of teams split into its members: "physical stores technology and sales and marketing" →
 * "physical stores technology" + "sales and marketing" (a known pair stays whole); "business,
 * content, tech and admin" → four teams.
 */
export function splitTeams(name: string): Part[] {
  if (isTitleName(name)) return [{ text: name, at: 0 }];
  const parts: Part[] = [];
  const sep = /\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+/g;
  let from = 0;
  for (const m of name.matchAll(sep)) {
    parts.push({ text: name.slice(from, m.index), at: from });
    from = m.index + m[0].length;
  }
  parts.push({ text: name.slice(from), at: from });
  // Re-join the known pairs: "sales" + "marketing" → "sales and marketing".
  const out: Part[] = [];
  for (const p of parts) {
    const prev = out[out.length - 1];
    if (prev) {
      const joined = name.slice(prev.at, p.at + p.text.length);
      const plain = joined.toLowerCase().replace(/\s*&\s*/g, ' and ');
      if (PAIRS.has(plain)) {
        out[out.length - 1] = { text: joined, at: prev.at };
        continue;
      }
    }
    out.push(p);
  }
  return out.filter((p) => p.text.length > 0);
}

function departmentCandidate(
  ctx: ExtractionContext,
  s: Sentence,
  start: number,
  end: number,
  name: string,
  rule: string,
): DepartmentCandidate {
  return {
    kind: 'department',
    span: makeSpan(ctx.text, start, end),
    sentenceIndex: s.index,
    value: { name },
    stated: 'stated',
    rule,
  };
}

/**
 * "its physical stores technology and sales and marketing departments" → two teams; "the
 * advertising unit" → "advertising"; "the Sales, Marketing, and Global Services (SMGS)
 * organization" → one named organization.
 */
export const departmentParser: Parser = {
  name: 'DepartmentParser',
  requires: TEAM_NOUN_CUE,
  pattern: () => TEAM_RE,
  extract(ctx, s, m): Candidate | readonly Candidate[] | null {
    const idx = m.indices?.[NAME_GROUP];
    if (!idx) return null;
    const raw = s.text.slice(idx[0], idx[1]);
    const written = m[NOUN_GROUP] ?? '';
    const noun = written.toLowerCase();
    // "teams including business, content, tech and admin teams": the list after "including".
    const including = /^.*?\b(?:including|like|such\s+as)\s+/i.exec(raw);
    const lead = including ? including[0].length : (LEADING_DETERMINER.exec(raw)?.[0].length ?? 0);
    const words = raw.slice(lead).trim();
    const nameStart = idx[0] + lead;
    if (!words || NOT_TEAM.test(words) || /\d/.test(words)) return null;
    const title = isTitleName(words);
    // "the spokesperson told Business Insider": a capitalised noun belongs to a name, unless the
    // whole team is title-cased ("the Physical Stores Technology Team").
    if (/^[A-Z]/.test(written) && !title) return null;
    // A capitalised run before "unit"/"division" is a subsidiary's name (the company parser's job);
    // before "team"/"organization" it is the team's own name ("the Physical Stores Technology team").
    if (/^[A-Z]/.test(words) && /\b[A-Z][a-z]+\s+[A-Z]/.test(words) && !(title && TEAM_NOUN_SET.has(noun)))
      return null;
    if (DISPOSAL_BEFORE.test(s.text.slice(0, idx[0]).replace(/\b(?:its|the|their)\s*$/i, ''))) return null;
    const base = noun.replace(/s$/, '');
    const parts = splitTeams(words).filter((p) => !NOT_TEAM.test(p.text));
    if (parts.length === 0) return null;
    if (parts.length === 1 && parts[0]?.text === words) {
      if (words.split(/\s+/).length > 6) return null;
      const start = s.start + nameStart;
      return departmentCandidate(ctx, s, start, start + words.length, words, `department:${base}`);
    }
    return parts.map((p) => {
      const start = s.start + nameStart + p.at;
      return departmentCandidate(ctx, s, start, start + p.text.length, p.text, `department:list-${base}`);
    });
  },
};

const DESCRIBED_NAME_GROUP = 1;
/**
 * "the team working on technology for Amazon’s physical stores", "the group responsible for
 * payments": a team named by what it does. Stops at a comma, a clause word or the sentence end.
 */
const DESCRIBED_TEAM_RE =
  /\bthe\s+(?:team|group|staff)s?\s+(?:working\s+on|responsible\s+for|in\s+charge\s+of|that\s+(?:works|worked|work)\s+on|behind|building|that\s+builds)\s+((?:the\s+)?[\w’'&-]+(?:\s+[\w’'&-]+){0,6}?)(?=\s*[,.;:)]|\s+(?:and|as|was|were|will|is|are|which|who|that|at|in)\b|\s*$)/dgi;
/** "technology for Amazon’s physical stores": what a team works on, and for which part. */
const WORK_FOR =
  /^([\w’'&-]+(?:\s+[\w’'&-]+)?)\s+for\s+(?:(?:the|its|[\w.&-]+['’]s?)\s+)?([\w’'&-]+(?:\s+[\w’'&-]+){0,2})$/i;

/** "technology for Amazon’s physical stores" → "physical stores technology"; else the words as written. */
export function teamNameFromWork(work: string): string {
  const w = work.replace(/^the\s+/i, '');
  const m = WORK_FOR.exec(w);
  return m ? `${m[2]} ${m[1]}` : w;
}

/** "the team working on technology for Amazon’s physical stores" → "physical stores technology". */
export const describedTeamParser: Parser = {
  name: 'DescribedTeamParser',
  requires: /\b(?:team|group|staff)s?\s+(?:working|responsible|in\s+charge|that|behind|building)\b/i,
  pattern: () => DESCRIBED_TEAM_RE,
  extract(ctx, s, m) {
    const idx = m.indices?.[DESCRIBED_NAME_GROUP];
    if (!idx) return null;
    const work = s.text.slice(idx[0], idx[1]);
    if (/\d/.test(work) || NOT_TEAM.test(work)) return null;
    return departmentCandidate(
      ctx,
      s,
      s.start + idx[0],
      s.start + idx[1],
      teamNameFromWork(work),
      'department:described',
    );
  },
};

const titleCase = (p: string) => p.replace(/\b\w/g, (c) => c.toUpperCase());
/**
 * No `d` flag: the location parser reads only the match and its index ("in Germany" → "Germany"
 * at 3), and match indices cost an allocation per match.
 */
const PLACE_RE = new RegExp(
  `(?<![\\w.])((?:(?:East|West|North|South|Upper|Lower)\\s+)?(?:${matchAny(
    [...COUNTRIES, ...REGIONS, ...CITIES]
      .map(titleCase)
      .concat(['US', 'U.S.', 'USA', 'UK', 'U.K.', 'UAE', 'EMEA', 'APAC', 'Asia-Pacific']),
  )}))(?![\\w])`,
  'g',
);
/** How places are written in the output: "U.S." → "US". */
const PLACE_SPELLING: Readonly<Record<string, string>> = { 'U.S.': 'US', 'U.K.': 'UK', USA: 'US' };

/** "FRANKFURT, Germany (AP) —", "San Francisco, Feb 16": a dateline says where the story was filed. */
const DATELINE_BEFORE =
  /^\s*(?:date\s+\d{4}-\d{2}-\d{2}\s+)?(?:[A-Z][A-Za-z.’'-]*(?:\s+[A-Z][A-Za-z.’'-]*)*,\s*)?$/;
const DATELINE_AFTER =
  /^(?:,\s*[A-Z][A-Za-z.]*\s*)?(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b)|\s*\(|\s+[—–-]\s)/;
/** "Pellam, headquartered in Berlin,", "the Stockholm-based streaming service": the head office, not the cut. */
const HEADQUARTERS_BEFORE =
  /(?:,|\(|\bthe\s+company\s+(?:is|was)\s+)\s*(?:which\s+is\s+|that\s+is\s+|a\s+[\w-]+\s+)?(?:headquartered|based)\s+in\s+(?:the\s+)?$/i;
const HEADQUARTERS_AFTER =
  /^[-–](?:based|headquartered)\b|^['’]s\s+(?:headquarters|head\s+office|(?:[\w-]+-)?(?:largest|biggest|oldest|leading|top|main|major)\b)/i;
/** "relocated out of London": where jobs move from, not where they are cut. */
const MOVED_BEFORE = /\b(?:out\s+of|relocated\s+to|moved\s+to|transferred\s+to)\s+(?:the\s+)?$/i;
/** "U.S. Securities and Exchange Commission", "Hall China plant": a place inside a longer name. */
const NAME_AFTER = /^\s+(?!(?:and|or|of|the|to|in|on|at|for|by|with|as)\b)[A-Z][a-z]/;
const NAME_BEFORE = /(?:^|[^.!?:;,]\s)(?!(?:The|In|At|From|Across|And|Its)\s)[A-Z][a-z]+\s+$/;

/** Is the place at [start,end) of the sentence a location the cuts are said to happen in? */
function placeOfCuts(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(0, start);
  const after = sentence.slice(end);
  if (DATELINE_BEFORE.test(before) && DATELINE_AFTER.test(after)) return false;
  if (HEADQUARTERS_BEFORE.test(before) || HEADQUARTERS_AFTER.test(after)) return false;
  if (MOVED_BEFORE.test(before)) return false;
  if (NAME_AFTER.test(after)) return false;
  if (start > 0 && NAME_BEFORE.test(before) && !/^(?:East|West|North|South)\s/.test(sentence.slice(start)))
    return false;
  return true;
}

/**
 * Countries, cities and regions named for the cuts: "in Germany and Poland", "U.S. staff", "at
 * its Leeds plant". Datelines, head offices in an apposition and places inside a longer name are
 * not locations of a cut.
 */
export const locationParser: Parser = {
  name: 'LocationParser',
  pattern: () => PLACE_RE,
  extract(ctx, s, m) {
    const start = s.start + m.index;
    return {
      kind: 'location',
      span: makeSpan(ctx.text, start, start + m[0].length),
      sentenceIndex: s.index,
      // A head office or dateline is still a place (so it is never taken for the company), but
      // not one of the cuts.
      value: {
        name: PLACE_SPELLING[m[0]] ?? m[0],
        ofCuts: placeOfCuts(s.text, m.index, m.index + m[0].length),
      },
      stated: 'stated',
      rule: 'location:lexicon',
    };
  },
};
