import { NUMBER_WORDS, QUALIFIERS, type QualifierEffect, SCALE_WORDS } from './lexicon/quantities.ts';

/** Escape a literal for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One alternation from a word list, longest first so "more than" wins over "more". */
export function matchAny(
  words: readonly string[],
  { escape: escapeWords = true }: { escape?: boolean } = {},
): string {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map((w) => (escapeWords ? escapeRegExp(w).replace(/ /g, '\\s+') : w)).join('|')})`;
}

const UNITS_WORDS = Object.keys(NUMBER_WORDS).filter((w) => w !== 'dozen' && w !== 'hundred');

/**
 * A number in words: "nine", "twenty-five", "two dozen", and the British compounds "One hundred
 * and eighty", "two thousand five hundred". After a scale word the next word is taken by its shape
 * only (parseNumber checks it): the pattern is part of many regexes, whose cost grows with their
 * source, so the list of number words is written once.
 */
const WORD_NUM = `(?:${matchAny(UNITS_WORDS)})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?(?:\\s+(?:hundred|thousand|million|dozen)\\b(?:\\s+and\\s+[a-z]+(?:-[a-z]+)?|\\s+[a-z]+\\s+hundred\\b(?:\\s+and\\s+[a-z]+(?:-[a-z]+)?)?)?)?`;
/**
 * "more than a thousand workers", "about a hundred jobs": one of a scale; "a hundred and twenty of
 * them will be made redundant", "a thousand and fifty jobs": with the British "and" and the tens or
 * units after it (number words only, so "a hundred and some" stays "a hundred").
 */
const A_SCALE = `\\ba\\s+(?:hundred|thousand)\\b(?:\\s+and\\s+${matchAny(UNITS_WORDS)}\\b(?:-(?:one|two|three|four|five|six|seven|eight|nine)\\b)?)?`;

/** A number as news writes it: "1,900", "2,72,000" (Indian grouping), "1.2 million", "nine", "3500", "two dozen". */
export const NUM = `(?:(?:\\d{1,3}(?:,\\d{2,3})+|\\d+)(?:\\.\\d+)?(?:\\s*(?:million|thousand|lakh|mn|k)\\b)?|${WORD_NUM}|${A_SCALE})`;

/**
 * A necessary condition for NUM: a digit or a number word anywhere (case-insensitive substring,
 * so "someone" passes too; it only has to never reject a sentence NUM could match). Parsers whose
 * pattern cannot match without a number declare it as `requires` ("Pellam is cutting staff" then
 * skips every headcount regex).
 */
export const NUMBER_CUE = new RegExp(`\\d|${matchAny(UNITS_WORDS)}|\\ba\\s+(?:hundred|thousand)\\b`, 'i');

/**
 * A necessary condition for PERCENT_SIGN: "%", "per cent", "percent", "pc" anywhere (any case).
 * "cut 400 jobs" then skips every percent parser.
 */
export const PERCENT_CUE = /%|per\s*cent|pc/i;

/** A hedge before a number ("about", "more than", "up to"). */
export const QUAL = matchAny(Object.keys(QUALIFIERS));

/** A percent sign or word after a number. */
export const PERCENT_SIGN = '(?:\\s*%|\\s*per\\s*cent\\b|\\s*percent\\b|\\s*pc\\b)';

/** Parses the text of NUM into a number, or null ("2,72,000" → 272000, "1.2 million" → 1200000). */
export function parseNumber(raw: string): number | null {
  const s = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  const numeric = /^([\d,]+(?:\.\d+)?)\s*(million|thousand|lakh|mn|k)?$/.exec(s);
  if (numeric) {
    const base = Number((numeric[1] ?? '').replace(/,/g, ''));
    if (!Number.isFinite(base)) return null;
    // "1.5%" stays 1.5; only a scaled figure ("1.2 million") is rounded to whole people.
    const scale = numeric[2] ? SCALE_WORDS[numeric[2]] : undefined;
    return scale === undefined ? base : Math.round(base * scale);
  }
  let total = 0;
  let current = 0;
  let seen = false;
  for (const part of s.split(/[\s-]+/)) {
    // "one hundred and eighty": the British "and" joins parts of one number.
    if (part === 'and' && seen) continue;
    // "a thousand": one of the scale that follows.
    if (part === 'a' && !seen) continue;
    const small = NUMBER_WORDS[part];
    const scale = SCALE_WORDS[part];
    if (part === 'hundred') {
      current = (current || 1) * 100;
    } else if (part === 'dozen') {
      // "two dozen producers" → 24, a multiplier like "hundred", not 2 + 12.
      current = (current || 1) * 12;
    } else if (small !== undefined) {
      current += small;
    } else if (scale !== undefined) {
      total += (current || 1) * scale;
      current = 0;
    } else {
      return null;
    }
    seen = true;
  }
  return seen ? total + current : null;
}

export function qualifierEffect(raw: string | undefined): QualifierEffect | null {
  if (!raw) return null;
  return QUALIFIERS[raw.toLowerCase().replace(/\s+/g, ' ')] ?? null;
}

/** Applies the count conventions: "more than 4,000" → 4001..null, "almost 32,000" → null..31999. */
export function boundsFor(
  value: number,
  effect: QualifierEffect | null,
): { min: number | null; max: number | null; approx: boolean } {
  switch (effect) {
    case 'approx':
      return { min: value, max: value, approx: true };
    case 'above':
      return { min: value + 1, max: null, approx: false };
    case 'atLeast':
      return { min: value, max: null, approx: false };
    case 'below':
      return { min: null, max: value - 1, approx: false };
    case 'atMost':
      return { min: null, max: value, approx: false };
    default:
      return { min: value, max: value, approx: false };
  }
}

/** A likely year rather than a headcount: "2023", "1998" written without a thousands comma. */
export function looksLikeYear(raw: string): boolean {
  return /^(?:19|20)\d{2}$/.test(raw.trim());
}

/** Nouns that name a workforce or its jobs in a "falls to X from Y" frame. */
const SHRINK_NOUN =
  '(?:workforce|headcount|staff(?:ing)?(?:\\s+numbers)?|payrolls?|jobs|employees|workers|positions|roles|employee\\s+base|personnel)';
/** Verbs by which a workforce becomes smaller: "to fall", "will shrink", "brought down". */
const SHRINK_VERB =
  '(?:fall(?:s|ing|en)?|fell|drop(?:s|ped|ping)?|shr[iau]nk(?:s|ing|en)?|reduc(?:e|es|ed|ing)|cut(?:s|ting)?|declin(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|slash(?:es|ed|ing)?|trim(?:s|med|ming)?|lower(?:s|ed|ing)?|(?:go|goes|went|gone|going|come|comes|came|coming|bring|brings|brought|bringing)\\s+down)';
const WORD = "[\\w’'-]+";

/**
 * "expects its headcount to fall to about 10,000 from 12,500", "will shrink the department's
 * workforce to 62,000 full-time positions from 82,000", "cut staff from 1,400 to 1,100": a
 * workforce before and after, so the cut is their difference (the smaller figure is what remains,
 * never the count). The workforce noun stands before the verb ("headcount to fall") or after it
 * ("shrink ... workforce"). With `capture`, groups are: 1 the to-form ("to X ... from Y"), 2 X's
 * hedge, 3 X, 4 Y's hedge, 5 Y; 6 the from-form ("from Y ... to X"), 7 Y's hedge, 8 Y, 9 X's
 * hedge, 10 X. Without it, the same text with no groups (a trigger pattern).
 */
export function shrinkToFromSource(capture: boolean): string {
  const g = (s: string): string => (capture ? `(${s})` : `(?:${s})`);
  const figure = `(?:${g(QUAL)}\\s+)?${g(NUM)}(?!\\s*(?:%|per\\s*cent|percent|billion|bn|crore)|\\.\\d|,\\d)`;
  const frame = `\\b(?:${SHRINK_NOUN}(?:\\s+${WORD}){0,5}?\\s+${SHRINK_VERB}|${SHRINK_VERB}(?:\\s+${WORD}){0,4}?\\s+${SHRINK_NOUN})(?:\\s+${WORD}){0,2}?`;
  const np = `(?:\\s+${WORD}){0,3}?`;
  const toFrom = g(`to\\s+${figure}${np}\\s+from\\s+${figure}\\b`);
  const fromTo = g(`from\\s+${figure}${np}\\s+to\\s+${figure}\\b`);
  return `${frame}\\s+(?:${toFrom}|${fromTo})`;
}

/** Necessary substring of shrinkToFromSource: both forms hold "from". */
export const FROM_CUE = /from/i;
