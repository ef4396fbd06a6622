/** Number words and vague quantities, as data (see the count conventions of the corpus). */

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
};

export const SCALE_WORDS: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1_000,
  k: 1_000,
  lakh: 100_000,
  million: 1_000_000,
  m: 1_000_000,
  mn: 1_000_000,
};

/** "several hundred" → 200..999; vague words stay ranges and keep their text. */
export interface VagueQuantity {
  readonly phrase: string;
  readonly min: number;
  readonly max: number;
}
export const VAGUE_QUANTITIES: readonly VagueQuantity[] = [
  // "hundreds of thousands of jobs" is no "hundreds" (200..999): the scale of "tens of thousands".
  { phrase: 'hundreds of thousands', min: 200_000, max: 999_999 },
  { phrase: 'tens of thousands', min: 20_000, max: 99_999 },
  { phrase: 'several thousand', min: 2_000, max: 9_999 },
  { phrase: 'a few thousand', min: 2_000, max: 9_999 },
  { phrase: 'thousands', min: 2_000, max: 9_999 },
  { phrase: 'several hundred', min: 200, max: 999 },
  { phrase: 'a few hundred', min: 200, max: 999 },
  { phrase: 'hundreds', min: 200, max: 999 },
  // "Scores of the affected employees": a score is twenty, so at least two of them (40), and
  // below "hundreds" (99), as "dozens" is 24..99.
  { phrase: 'scores', min: 40, max: 99 },
  { phrase: 'several dozen', min: 24, max: 99 },
  { phrase: 'a few dozen', min: 24, max: 99 },
  { phrase: 'dozens', min: 24, max: 99 },
  { phrase: 'two dozen', min: 24, max: 24 },
  { phrase: 'three dozen', min: 36, max: 36 },
  { phrase: 'a dozen', min: 12, max: 12 },
];

/** Fractions of a workforce, as percents: "half of its staff" → 50. */
export const FRACTIONS: Readonly<Record<string, number>> = {
  half: 50,
  'a third': 33.3,
  'one-third': 33.3,
  'one third': 33.3,
  'two-thirds': 66.7,
  'two thirds': 66.7,
  'a quarter': 25,
  'one-quarter': 25,
  'one quarter': 25,
  'three-quarters': 75,
  'a fifth': 20,
  'one-fifth': 20,
  'a tenth': 10,
  'one-tenth': 10,
  'one tenth': 10,
  'two-fifths': 40,
  'two fifths': 40,
  all: 100,
};

/** Hedges in front of a number and what they do to its bounds (count conventions). */
export type QualifierEffect = 'approx' | 'above' | 'atLeast' | 'below' | 'atMost';
export const QUALIFIERS: Readonly<Record<string, QualifierEffect>> = {
  about: 'approx',
  around: 'approx',
  roughly: 'approx',
  approximately: 'approx',
  some: 'approx',
  'an estimated': 'approx',
  estimated: 'approx',
  'close to': 'below',
  'more than': 'above',
  over: 'above',
  'a little over': 'above',
  'just over': 'above',
  'upwards of': 'above',
  'in excess of': 'above',
  'at least': 'atLeast',
  'no fewer than': 'atLeast',
  almost: 'below',
  nearly: 'below',
  'just under': 'below',
  'fewer than': 'below',
  'less than': 'below',
  'up to': 'atMost',
  'as many as': 'atMost',
  'no more than': 'atMost',
};
