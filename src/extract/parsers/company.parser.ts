import { makeSpan } from '../../domain/span.ts';
import type { Candidate, ExtractionContext, Parser } from '../context.ts';
import { CITIES, COUNTRIES } from '../lexicon/places.ts';
import {
  COMMON_WORDS,
  FIRST_NAMES,
  FOCUS_NOUNS,
  MONTHS,
  OUTLETS,
  PERSON_TITLES,
  WEEKDAYS,
} from '../lexicon/stopwords.ts';
import type { UnitEntry } from '../lexicon/units.ts';
import { escapeRegExp, matchAny } from '../patterns.ts';
import type { Sentence } from '../sentences.ts';

const STOP = new Set([...COMMON_WORDS, ...MONTHS, ...WEEKDAYS]);
/** Adjectives that start a description ("Swedish music-streaming giant") but may end a name ("Halcyon Media"). */
const LEADING_ONLY = new Set(NATIONALITIES());
const PLACES = new Set([...COUNTRIES, ...CITIES]);
const OUTLET_SET = new Set(OUTLETS);
const FIRST = new Set(FIRST_NAMES);
const TITLES_BEFORE = new RegExp(`\\b${matchAny(PERSON_TITLES)}\\s*,?\\s*$`, 'i');
/** ", the CEO", ", chief executive of", " said" after two capitalised words → a person. */
const TITLE_AFTER = new RegExp(
  `^\\s*,?\\s*(?:the\\s+|its\\s+|a\\s+)?(?:[\\w-]+\\s+){0,2}?${matchAny(PERSON_TITLES)}\\b`,
  'i',
);
const LEGAL_SUFFIX =
  /(?:,?\s+(?:Inc|Corp|Corporation|Co|Ltd|Limited|LLC|plc|PLC|Plc|LLP|GmbH|S\.A|N\.V|Pty|Holdings))\.?$/;
const SOURCE_BEFORE =
  /\b(?:according\s+to|reported\s+by|told|said\s+to|citing|analysts?\s+(?:at|from)|economists?\s+(?:at|from)|reports?\s+(?:by|from|in)|data\s+from|per)\s+(?:the\s+)?$/i;
const SOURCE_AFTER =
  /^\s*(?:\([^)]*\)\s*)?(?:first\s+)?(?:reported|reports|reporting|has\s+reported|news\s+reported|said\s+in\s+a\s+report|cited|quoted)\b/i;

function NATIONALITIES(): string[] {
  return (
    'american british indian chinese japanese german french swedish dutch irish canadian australian israeli ' +
    'turkish lebanese nigerian pakistani bangladeshi korean south european asian african global welsh scottish ' +
    'english italian spanish swiss nordic russian ukrainian brazilian mexican food sportswear software streaming ' +
    'music media education edtech fintech online digital retail retailer e-commerce cloud social internet ' +
    'network chipmaker carmaker automaker grocery delivery consulting accounting investment telecom'
  ).split(' ');
}

/** Canonical company name as the article writes it, without legal suffix, ".com" or possessive. */
export function canonicalName(raw: string): string {
  let s = raw
    .trim()
    .replace(/['’]s$/u, '')
    .replace(/['’]$/u, '');
  for (let i = 0; i < 2; i++) s = s.replace(LEGAL_SUFFIX, '').trim();
  s = s.replace(/\.com$/i, '').replace(/^The\s+/, '');
  return s.replace(/[,.]+$/, '').trim();
}

// One capitalised word: "Amazon", "Byju's", "P&G", "iMFLUX", "3M", "Amazon.com".
const WORD = `(?:[A-Z][\\w’'&.-]*[\\w’']|[A-Z]|[a-z]{1,3}[A-Z][\\w&-]*|\\d+[A-Z][\\w&-]*)`;
const NAME_RE = new RegExp(`${WORD}(?:(?:\\s+(?:of|for|de|du|&|and)\\s+|\\s+|-)${WORD})*`, 'gd');

const CONNECTOR = /^(?:of|for|de|du|&|and)$/i;
const TITLE_SET = new Set(PERSON_TITLES);

/**
 * Splits a capitalised run at words that are not name parts ("LATEST NEWS Business Tech Layoffs",
 * "New York Daily News Layoffs Ax Half The Newsroom", "Bank of America CEO Brian Moynihan") and
 * returns the name-like segments with their offsets. A segment after a title is a person.
 */
function segmentRun(raw: string, offset: number): { text: string; offset: number }[] {
  const parts = raw.split(/(\s+)/);
  const out: { text: string; offset: number }[] = [];
  let pos = offset;
  let cur: { from: number; tokens: string[]; person: boolean } | null = null;
  let afterTitle = false;
  const flush = () => {
    if (cur) {
      const tokens = cur.tokens;
      while (
        tokens.length > 0 &&
        (CONNECTOR.test(tokens[tokens.length - 1] ?? '') || /^\s+$/.test(tokens[tokens.length - 1] ?? ''))
      )
        tokens.pop();
      if (tokens.length > 0 && !cur.person) out.push({ text: tokens.join(''), offset: cur.from });
    }
    cur = null;
  };
  for (const part of parts) {
    const lower = part
      .toLowerCase()
      .replace(/['’]s$/, '')
      .replace(/[.,]+$/, '');
    if (part === '' || /^\s+$/.test(part)) {
      if (cur) cur.tokens.push(part);
    } else if (CONNECTOR.test(part)) {
      if (cur) cur.tokens.push(part);
    } else if (
      STOP.has(lower) ||
      (LEADING_ONLY.has(lower) && !cur) ||
      PLACES.has(lower) ||
      /-(?:based|powered|owned|backed|headquartered|listed)$/i.test(part)
    ) {
      flush();
      afterTitle = TITLE_SET.has(lower);
    } else {
      if (!cur) cur = { from: pos, tokens: [], person: afterTitle };
      cur.tokens.push(part);
      afterTitle = false;
    }
    pos += part.length;
  }
  flush();
  return out;
}

/** Sentence-initial single words need a subject cue to be a name ("Tesseract will ...", not "Typically,"). */
const SUBJECT_AFTER =
  /^(?:['’]s\b|\s*,\s+(?:the|a|an|which|who)\b|\s+\([^)]*\)|\s+(?:shares|stock|will|would|has|have|had|is|was|are|were|said|says|plans?|planned|to|announced|confirmed|cut|cuts|laid|lays|let|fired|slashed|shed|sheds|axed|eliminated|began|also|on|reportedly|could|may|might|did|does|expects|told|intends|must)\b)/;

function isAllStop(text: string): boolean {
  return text.split(/\s+/).every((t) => STOP.has(t.toLowerCase().replace(/['’]s$/, '')));
}

/**
 * Capitalised names that are not stopwords, places or people: "Veltrix", "Corbel Steel",
 * "Department for Work and Pensions", "Byju's". Outlets are kept but marked as sources.
 */
export const capitalisedNameParser: Parser = {
  name: 'CapitalisedNameParser',
  pattern: () => NAME_RE,
  extract(ctx, s, m) {
    const out: Candidate[] = [];
    for (const seg of segmentRun(m[0], m.index)) {
      const c = nameCandidate(ctx, s, seg.text, seg.offset);
      if (c) out.push(c);
    }
    return out;
  },
};

function nameCandidate(ctx: ExtractionContext, s: Sentence, raw: string, offset: number): Candidate | null {
  let text = raw;
  // "and" joins two names unless the run is one body ("Department for Work and Pensions").
  if (/\sand\s/.test(text) && !/^(?:Department|Ministry|Office|Inland|Bank|Board|Procter)\b/.test(text)) {
    text = text.slice(0, text.indexOf(' and '));
  }
  const name = canonicalName(text);
  const lower = name.toLowerCase();
  if (name.length < 2 || isAllStop(name) || PLACES.has(lower) || PLACES.has(`${lower}.`)) return null;
  const head = s.text.slice(0, offset);
  const tail = s.text.slice(offset + text.length);
  // "(GOOG)", "(BZFD.O)": a ticker in parentheses.
  if (/\(\s*$/.test(head) && /^[A-Z][A-Z.]{1,7}$/.test(text) && /^\s*\)/.test(tail)) return null;
  // "Typically," / "Ahead of" / "Employers with": a lone capitalised word at the start needs a subject cue.
  if (!/\s/.test(text) && /^\W*$/.test(head) && !SUBJECT_AFTER.test(tail)) return null;
  const tokens = name.split(/\s+/);
  const first = (tokens[0] ?? '').toLowerCase();
  const person =
    (tokens.length >= 2 && FIRST.has(first)) ||
    TITLES_BEFORE.test(head) ||
    (tokens.length >= 2 &&
      tokens.length <= 3 &&
      TITLE_AFTER.test(tail) &&
      !/^\s*,?\s*the\s+(?:company|parent)/i.test(tail)) ||
    false;
  if (person) return null;
  const source =
    OUTLET_SET.has(lower) ||
    OUTLET_SET.has(`the ${lower}`) ||
    SOURCE_BEFORE.test(head) ||
    SOURCE_AFTER.test(tail);
  const start = s.start + offset;
  return {
    kind: 'company',
    span: makeSpan(ctx.text, start, start + text.length),
    sentenceIndex: s.index,
    value: { name, unit: null, via: 'name', source },
    stated: 'stated',
    rule: source ? 'company:capitalised:source' : 'company:capitalised',
  };
}

const unitRegexCache = new WeakMap<readonly UnitEntry[], { re: RegExp; byAlias: Map<string, UnitEntry> }>();

function unitRegex(units: readonly UnitEntry[]): { re: RegExp; byAlias: Map<string, UnitEntry> } {
  const cached = unitRegexCache.get(units);
  if (cached) return cached;
  const byAlias = new Map<string, UnitEntry>();
  for (const u of units) for (const a of u.aliases) if (!byAlias.has(a)) byAlias.set(a, u);
  const aliases = [...byAlias.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const re = new RegExp(
    `(?<![\\w.])(?:${aliases.join('|') || '(?!)'})(?:\\s*\\((?:AWS|[A-Z]{2,5})\\))?(?![\\w])`,
    'g',
  );
  const out = { re, byAlias };
  unitRegexCache.set(units, out);
  return out;
}

/** Known parents and units from the lexicon: "Amazon Web Services (AWS)" → Amazon / AWS. */
export const unitLexiconParser: Parser = {
  name: 'UnitLexiconParser',
  pattern: (ctx) => unitRegex(ctx.units).re,
  extract(ctx, s, m): Candidate | null {
    const alias = m[0].replace(/\s*\([^)]*\)$/, '');
    const entry = unitRegex(ctx.units).byAlias.get(alias);
    if (!entry) return null;
    const start = s.start + m.index;
    const head = s.text.slice(0, m.index);
    const tail = s.text.slice(m.index + m[0].length);
    const source = SOURCE_BEFORE.test(head) || SOURCE_AFTER.test(tail);
    return {
      kind: 'company',
      span: makeSpan(ctx.text, start, start + m[0].length),
      sentenceIndex: s.index,
      value: { name: entry.parent, unit: entry.unit, via: 'lexicon', source },
      stated: 'stated',
      rule: 'company:lexicon',
    };
  },
};

const FOCUS_RE = new RegExp(
  `\\b[Tt]he\\s+(?:[\\w-]+\\s+){0,2}?${matchAny(FOCUS_NOUNS)}(?:['’]s)?\\b(?!\\s+(?:of|that|which|who)\\b)`,
  'gd',
);

/** "the company", "the tech giant", "the firm's": a reference to the company in focus. */
export const focusReferenceParser: Parser = {
  name: 'FocusReferenceParser',
  pattern: () => FOCUS_RE,
  extract(ctx, s, m) {
    // "the parent company of Facebook" names another company; "the company in focus" is what we want.
    const start = s.start + m.index;
    return {
      kind: 'company',
      span: makeSpan(ctx.text, start, start + m[0].length),
      sentenceIndex: s.index,
      value: { name: '', unit: null, via: 'focus', source: false },
      stated: 'implied',
      rule: 'company:focus-reference',
    };
  },
};

export const isPlaceName = (name: string): boolean => PLACES.has(name.toLowerCase());
export type { ExtractionContext };
