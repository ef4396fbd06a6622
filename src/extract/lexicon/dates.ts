/**
 * Date vocabulary as plain data: the words our date matcher is built from. Lower case keys; the
 * matcher builds its regexes from these lists (longest alternatives first).
 */
import { NUMBER_WORDS as QUANTITY_WORDS } from './quantities.ts';

/** Month names and their usual abbreviations → month index 0..11 ("Sept." and "Sep" both work). */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 0,
  jan: 0,
  february: 1,
  feb: 1,
  march: 2,
  mar: 2,
  april: 3,
  apr: 3,
  may: 4,
  june: 5,
  jun: 5,
  july: 6,
  jul: 6,
  august: 7,
  aug: 7,
  september: 8,
  sept: 8,
  sep: 8,
  october: 9,
  oct: 9,
  november: 10,
  nov: 10,
  december: 11,
  dec: 11,
};

/** Weekday names → JavaScript getUTCDay() numbers (Sunday 0). No "Sat"/"Sun" abbreviations: they are words. */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

/** Meteorological seasons, northern hemisphere, as [first month, last month] (winter runs into the next year). */
export const SEASONS: Readonly<Record<string, readonly [number, number]>> = {
  spring: [2, 4],
  summer: [5, 7],
  fall: [8, 10],
  autumn: [8, 10],
  winter: [11, 13],
};

/**
 * Small number words in "two weeks ago", "a few months ago": one..twelve from the quantities
 * lexicon, plus the article and vague words that only make sense before a time unit.
 */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  ...Object.fromEntries(Object.entries(QUANTITY_WORDS).filter(([word, n]) => n <= 12 && word !== 'dozen')),
  several: 3,
  few: 3,
  couple: 2,
};

/** Quarter names → quarter index 0..3 ("the fourth quarter", "Q1"). */
export const QUARTERS: Readonly<Record<string, number>> = {
  first: 0,
  second: 1,
  third: 2,
  fourth: 3,
  q1: 0,
  q2: 1,
  q3: 2,
  q4: 3,
};

/**
 * Words right before a date that make it a deadline or horizon of a plan rather than the event's
 * day: "by August", "until 2026", "within two years". Such dates are kept (with their text) but
 * never attached as the event date.
 */
export const HORIZON_WORDS: readonly string[] = [
  'by the end of',
  'by the start of',
  'by the middle of',
  'by',
  'until',
  'till',
  'through',
  'thru',
  'before',
  'within',
  'no later than',
  'over the course of',
];

/**
 * Cues that a date lies ahead of the reporting time ("the cuts, which begin on Monday", "will
 * close on June 30"). "would" is left out on purpose: in reported speech ("said on Tuesday it
 * would cut 90") it does not move the day forward.
 */
export const FUTURE_CUES: readonly string[] = [
  'will',
  "'ll",
  '’ll',
  'shall',
  'going to',
  'to be',
  'is to',
  'are to',
  'set to',
  'plans to',
  'plan to',
  'planned',
  'planning',
  'expects',
  'expected',
  'expect',
  'scheduled',
  'due',
  'begin',
  'begins',
  'beginning',
  'start',
  'starts',
  'starting',
  'effective',
  'take effect',
  'takes effect',
  'upcoming',
  'coming',
];

/** Cues that a date lies behind: reporting verbs and past forms ("said on Tuesday", "were laid off on Friday"). */
export const PAST_CUES: readonly string[] = [
  'said',
  'says',
  'announced',
  'told',
  'confirmed',
  'reported',
  'revealed',
  'disclosed',
  'notified',
  'informed',
  // "workers learned on Monday that the plant will shut": what people heard happened already
  'learned',
  'learnt',
  'heard',
  'received',
  'met',
  'wrote',
  'posted',
  'filed',
  'submitted',
  'began',
  'started',
  'was',
  'were',
  'had',
  'has been',
  'have been',
  'laid',
  'fired',
  'sacked',
  'axed',
  'eliminated',
  'slashed',
  'let go',
  'came',
  'occurred',
  'happened',
  'took place',
  'last',
  'earlier',
  'ago',
];
