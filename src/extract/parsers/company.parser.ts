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
  /\b(?:according\s+to|(?:collected|compiled|gathered|tracked)\s+by|(?:filings?|filed|documents?|submitted)\s+(?:with|to)(?:\s+the)?(?:\s+U\.?S\.?|\s+UK)?|reported\s+by|told|said\s+to|citing|analysts?\s+(?:at|from)|economists?\s+(?:at|from)|reports?\s+(?:by|from|in)|data\s+from|per)\s+(?:the\s+)?$/i;
const SOURCE_AFTER =
  /^\s*(?:\([^)]*\)\s*)?(?:(?:report|review|study|survey|inquiry)\b|(?:first\s+)?(?:reported|reports|reporting|has\s+reported|news\s+reported|said\s+in\s+a\s+report|cited|quoted)\b)/i;

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

/** Stopwords that may still close a name that began before them. */
const NAME_TAIL_WORDS = new Set(['news']);
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
    } else if (cur && NAME_TAIL_WORDS.has(lower) && /^[A-Z]/.test(part)) {
      // "New York Daily News", "Sky News": a heading word that ends a name already begun.
      cur.tokens.push(part);
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
  /^(?:['’]s\b|\s*,\s+(?:the|a|an|which|who)\b|\s+\([^)]*\)|\s+(?:shares|stock|will|would|has|have|had|is|was|are|were|said|says|plans?|planned|to|announced|announces|confirmed|confirms|cut|cuts|cutting|laid|lays|laying|let|lets|letting|fired|fires|firing|slashed|slashes|slashing|shed|sheds|shedding|axed|axes|axing|trims|trimmed|trimming|eliminated|eliminates|eliminating|sacks|sacked|began|begins|followed|follows|joined|joins|unveiled|unveils|disclosed|discloses|revealed|reveals|dismissed|dismisses|started|starts|also|on|reportedly|could|may|might|did|does|expects|told|intends|must|layoffs|lay-offs|job\s+cuts|to\s+cut|to\s+lay)\b)/;
/**
 * Where a clause starts as a sentence does: after a semicolon, colon, bullet or line break. A lone
 * capitalised word there is often an imperative or a heading word ("...: Close a facility; Lay off
 * 50 workers"), so it needs the same subject cue as a sentence-initial word.
 */
const CLAUSE_START = /(?:^|[;:•\n]|^\s*\d+\.)\W*$/;
/** Caption and credit lines ("Photo: Jane Roe/Agency via Getty Images") name people, not employers. */
const CREDIT_LINE = /^\s*(?:photo|image|picture|credit|file\s+photo|video|illustration)s?\b\s*[:|-]/i;

/** The line of the sentence that holds offset (sentences may span a caption line and a paragraph). */
function lineOf(text: string, offset: number): string {
  const from = text.lastIndexOf('\n', offset - 1) + 1;
  const to = text.indexOf('\n', offset);
  return text.slice(from, to === -1 ? text.length : to);
}

/** Share of capitalised words above which a line is a headline or heading ("Tech Giant Cuts Jobs"). */
const TITLE_CASE_SHARE = 0.6;
const TITLE_CASE_MIN_WORDS = 2;

function isTitleCaseLine(line: string): boolean {
  const words = line.match(/[A-Za-z][\w’'-]*/g) ?? [];
  const long = words.filter((w) => w.length >= 4);
  if (long.length < TITLE_CASE_MIN_WORDS || /[.!?]["”’]?\s*$/.test(line)) return false;
  return long.filter((w) => /^[A-Z]/.test(w)).length / long.length >= TITLE_CASE_SHARE;
}

/** Every word of the name also appears in lower case in the article ("Notices" / "notice"). */
function isCommonWordHere(ctx: ExtractionContext, name: string): boolean {
  const lower = ctx.lowercaseWords?.();
  if (!lower) return false;
  return name.split(/\s+/).every((t) => {
    const w = t.toLowerCase();
    return (
      lower.has(w) || lower.has(w.replace(/s$/, '')) || lower.has(w.replace(/es$/, '')) || lower.has(`${w}s`)
    );
  });
}

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
      const listName = BODY_WITH_LIST.exec(s.text.slice(seg.offset));
      if (listName && listName[0].length > seg.text.length) {
        const c = nameCandidate(ctx, s, listName[0], seg.offset);
        if (c) out.push(c);
        continue;
      }
      // "according to Vale and Orne": the names joined to a source are sources too.
      let sourceRun = false;
      for (const part of splitAtAnd(seg.text, seg.offset)) {
        const c = nameCandidate(ctx, s, part.text, part.offset);
        if (c?.kind === 'company' && sourceRun && !c.value.source) {
          out.push({ ...c, value: { ...c.value, source: true }, rule: 'company:capitalised:source' });
          continue;
        }
        if (c?.kind === 'company' && c.value.source) sourceRun = true;
        if (c) out.push(c);
      }
    }
    return out;
  },
};

/** "Department for Environment, Food and Rural Affairs": a ministry named by a list of its areas. */
const BODY_WITH_LIST =
  /^(?:Department|Ministry|Office)\s+(?:for|of)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?:,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)+,?\s+and\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*/;

/** Bodies whose own name holds "and": "Department for Work and Pensions", "Procter and Gamble". */
const AND_IN_NAME = /^(?:Department|Ministry|Office|Inland|Bank|Board|Procter|Johnson|Marks|Standard)\b/;

/** "Kestrel and Dunlin" are two names; each keeps its own offset. */
function splitAtAnd(text: string, offset: number): { text: string; offset: number }[] {
  if (!/\sand\s/.test(text) || AND_IN_NAME.test(text)) return [{ text, offset }];
  const out: { text: string; offset: number }[] = [];
  let from = 0;
  for (const m of text.matchAll(/\s+and\s+/g)) {
    out.push({ text: text.slice(from, m.index), offset: offset + from });
    from = m.index + m[0].length;
  }
  out.push({ text: text.slice(from), offset: offset + from });
  return out.filter((p) => p.text.length > 0);
}

/**
 * Unions speak for workers; they are not the employer that cuts: "57 members of the Harbour
 * Press Guild", "the Transport Workers Union said". A credit union is a lender, so it stays.
 */
const UNION_NAME =
  /(?<!\bCredit)\s(?:Guild|Unions?|Federation|Confederation|Congress)$|\s(?:Workers|Employees)$/;

function nameCandidate(ctx: ExtractionContext, s: Sentence, raw: string, offset: number): Candidate | null {
  const text = raw;
  const name = canonicalName(text);
  const lower = name.toLowerCase();
  if (name.length < 2 || isAllStop(name) || PLACES.has(lower) || PLACES.has(`${lower}.`)) return null;
  const head = s.text.slice(0, offset);
  const tail = s.text.slice(offset + text.length);
  // "(GOOG)", "(BZFD.O)": a ticker in parentheses.
  if (/\(\s*$/.test(head) && /^[A-Z][A-Z.]{1,7}$/.test(text) && /^\s*\)/.test(tail)) return null;
  // "Typically," / "Ahead of" / "Employers with": a lone capitalised word at the start needs a subject cue.
  if (!/\s/.test(text) && CLAUSE_START.test(head) && !SUBJECT_AFTER.test(tail)) return null;
  const line = lineOf(s.text, offset);
  if (CREDIT_LINE.test(line)) return null;
  // "WARN Notices", "... Half The Newsroom Staff": in a title-case line or at a clause start a
  // word is capitalised by position; when the article also writes it in lower case it is a word.
  if ((CLAUSE_START.test(head) || isTitleCaseLine(line)) && isCommonWordHere(ctx, name)) return null;
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
  // "... after Elon Musk took control" then "features Musk wants": a surname alone is that person.
  if (tokens.length === 1 && ctx.personSurnames?.().has(name)) return null;
  const source =
    UNION_NAME.test(name) ||
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

const PUBLIC_BODY_RE =
  /\b(?:(UK|British|Irish|Canadian|Australian|Indian|federal|state)\s+)?civil\s+service\b(?!\s+(?:union|unions|pension|rules|code|commission))/dgi;

/**
 * The civil service as an employer: "10,000 civil service jobs", "cuts to the UK civil service".
 * A public body named in lower case, so the capitalised-name parser cannot see it.
 */
export const publicBodyParser: Parser = {
  name: 'PublicBodyParser',
  pattern: () => PUBLIC_BODY_RE,
  extract(ctx, s, m): Candidate {
    const start = s.start + m.index;
    const prefix = m[1];
    const name = prefix && /^[A-Z]/.test(prefix) ? `${prefix} civil service` : 'civil service';
    return {
      kind: 'company',
      span: makeSpan(ctx.text, start, start + m[0].length),
      sentenceIndex: s.index,
      value: { name, unit: null, via: 'name', source: false },
      stated: 'stated',
      rule: 'company:public-body',
    };
  },
};

/** "Elon Musk", "chief executive Niraj Shah": a given name or a title, then the surname. */
const FULL_NAME_RE = /\b([A-Z][a-z]+)\s+([A-Z][a-z][\w’'-]*)\b/g;
/** Titles as written before a name: "chief executive", "Chief Executive", "CEO". */
const TITLE_FORMS = PERSON_TITLES.flatMap((t) => [
  t,
  t.replace(/\b\w/g, (c) => c.toUpperCase()),
  t.toUpperCase(),
]);
const TITLED_NAME_RE = new RegExp(
  `\\b${matchAny(TITLE_FORMS)}\\s+[A-Z][a-z]+\\s+([A-Z][a-z][\\w’'-]*)\\b`,
  'g',
);

/**
 * The surnames of the people an article names in full. Later in the article the surname alone
 * stands for the person ("Musk blamed activist groups"), never for an employer.
 */
export function personSurnames(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(FULL_NAME_RE)) {
    const first = (m[1] ?? '').toLowerCase();
    const last = m[2] ?? '';
    if (FIRST.has(first) && !STOP.has(last.toLowerCase()) && !PLACES.has(last.toLowerCase())) out.add(last);
  }
  for (const m of text.matchAll(TITLED_NAME_RE)) {
    const last = m[1] ?? '';
    if (/^[A-Z]/.test(last) && !STOP.has(last.toLowerCase())) out.add(last);
  }
  return out;
}

export const isPlaceName = (name: string): boolean => PLACES.has(name.toLowerCase());
export type { ExtractionContext };
