import type { Span } from '../domain/span.ts';

/** A sentence with its absolute offsets in the article text. */
export interface Sentence extends Span {
  readonly index: number;
  /** The first non-empty line of the article (the headline in most stored pages). */
  readonly headline: boolean;
}

/**
 * Words after which a period does not end a sentence ("Alphabet Inc. is cutting", "the U.S.
 * offices", "Mr. Ek"). Lowercase, without the period.
 */
const ABBREVIATIONS = new Set(
  (
    'inc corp co ltd llc plc bros mr mrs ms dr st jr sr prof gen gov sen rep vs etc no nos approx est ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m w.va d.c st. fig'
  ).split(' '),
);

/** Longest sentence we keep whole; longer runs (tables, code, no punctuation) are cut here. */
const MAX_SENTENCE_CHARS = 2_000;

const BREAK = /[.!?]+["”’')\]]*(?=\s+["“‘([]?[A-Z0-9•·])|\n/g;

/**
 * Splits the text into sentences with exact offsets. Lines are hard breaks (headlines, bullets);
 * inside a line a [.!?] ends a sentence when the next word starts with a capital or digit and the
 * word before is not an abbreviation or an initial.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let sawHeadline = false;
  const push = (from: number, to: number) => {
    let s = from;
    let e = to;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e <= s) return;
    // Over-long runs are cut into fixed windows so one giant line cannot make any rule quadratic.
    for (let a = s; a < e; a += MAX_SENTENCE_CHARS) {
      const b = Math.min(e, a + MAX_SENTENCE_CHARS);
      const headline = !sawHeadline;
      sawHeadline = true;
      out.push({ start: a, end: b, text: text.slice(a, b), index: out.length, headline });
    }
  };
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(text); m !== null; m = BREAK.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0] !== '\n' && isAbbreviation(text, m.index)) continue;
    push(start, m[0] === '\n' ? m.index : end);
    start = end;
  }
  push(start, text.length);
  return out;
}

function isSpace(c: number): boolean {
  return (
    c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 0x2002 || c === 0x2003 || c === 0x3000
  );
}

/** A letter or a period: the characters of an abbreviation read back from its dot ("U.S.", "Inc"). */
function isAbbreviationChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
}

/** "s.c", "n.y", "u.a.e": initials of a place or body, read back from their last period. */
const DOTTED_LETTERS = /^[a-z](?:\.[a-z])+$/;

/** Longest word an abbreviation can be with its trailing period ("approx." is 7): longer words never are. */
const MAX_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((w) => w.length)) + 1;

/**
 * Is the period at `dot` part of an abbreviation or an initial ("Inc.", "U.S.", "J. Smith")?
 * Character codes instead of a regex per character: every [.!?] of the article is asked.
 */
function isAbbreviation(text: string, dot: number): boolean {
  if (text.charCodeAt(dot) !== 46) return false;
  let i = dot;
  while (i > 0 && isAbbreviationChar(text.charCodeAt(i - 1))) i--;
  const length = dot - i;
  if (length === 1) return text.charCodeAt(i) !== 46; // an initial: "J. Smith"
  if (length === 0 || length > MAX_ABBREVIATION) return false;
  const word = text.slice(i, dot).toLowerCase();
  return (
    ABBREVIATIONS.has(word) ||
    (word.endsWith('.') && ABBREVIATIONS.has(word.slice(0, -1))) ||
    // Single letters joined by dots: "the S.C. Department of Employment", "GREENVILLE, N.C. (WXGV)".
    DOTTED_LETTERS.test(word)
  );
}
