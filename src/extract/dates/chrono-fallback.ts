import * as chrono from 'chrono-node';

/**
 * The long tail of date forms our own matcher (matcher.ts) does not cover goes to chrono-node:
 * "tomorrow", "in two weeks", "03.04.2024". The matcher handles the common news forms by calendar
 * arithmetic because chrono on every sentence cost more than the rest of the extractor; chrono
 * runs only when a sentence has one of these hints and the matcher found nothing.
 */
const FALLBACK_HINT =
  /\b(?:tomorrow|tonight|in\s+(?:\d+|a|an|one|two|three|four|five|six|several|a\s+few)\s+(?:days?|weeks?|months?)|\d{1,2}[./]\d{1,2}[./]\d{2,4})\b/i;

/**
 * "the second round of layoffs in five months", "its third cut in six weeks", "the biggest drop in
 * two months": after an ordinal or a superlative, "in N months" is the span of time just past
 * within which it happened, not a day N months ahead.
 */
const PAST_SPAN_BEFORE =
  /\b(?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)|another|latest|biggest|largest|deepest|highest|lowest|worst|most|only)\b[^.;:!?]{0,60}$/i;

/**
 * "shed about 31,000 jobs in six months", "will cut 500 roles in two years": right after the jobs,
 * "in N months" is how long the cut took or may take, a length of time and never a day.
 */
const JOBS_BEFORE = /\b(?:jobs?|roles?|positions?|posts?|workers?|employees?|staff|people)\s+$/i;

const CLOCK_PARSERS = new Set(['ENTimeExpressionParser', 'ENCasualTimeParser']);

/** chrono's English parser without clock times: "at 3pm" is never a layoff date. */
const PARSER = (() => {
  const c = chrono.en.casual.clone();
  c.parsers = c.parsers.filter((p) => !CLOCK_PARSERS.has(p.constructor.name));
  return c;
})();

export interface FallbackDate {
  readonly from: number;
  readonly to: number;
  readonly start: string;
  readonly end: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function ymdOf(c: chrono.ParsedComponents): string | null {
  const y = c.get('year');
  const m = c.get('month');
  const d = c.get('day');
  return y && m && d ? `${y}-${pad(m)}-${pad(d)}` : null;
}

/**
 * Dates in `text` relative to `reference` (YYYY-MM-DD), offsets into `text`. Empty unless the
 * text has a fallback hint. "Cuts take effect tomorrow" with 2024-04-03 → 2024-04-04.
 */
export function chronoFallbackDates(text: string, reference: string | null): FallbackDate[] {
  if (!reference || !FALLBACK_HINT.test(text)) return [];
  // Noon UTC with timezone 0: the day never shifts with the machine's time zone.
  const instant = new Date(`${reference}T12:00:00Z`);
  const out: FallbackDate[] = [];
  for (const r of PARSER.parse(text, { instant, timezone: 0 })) {
    if (
      !r.start.isCertain('day') &&
      !r.start.isCertain('weekday') &&
      !/\b(?:in|tomorrow|tonight)\b/i.test(r.text)
    )
      continue;
    if (
      /^in\b/i.test(r.text) &&
      (PAST_SPAN_BEFORE.test(text.slice(Math.max(0, r.index - 70), r.index)) ||
        JOBS_BEFORE.test(text.slice(Math.max(0, r.index - 12), r.index)))
    )
      continue;
    const start = ymdOf(r.start);
    const end = r.end ? ymdOf(r.end) : start;
    if (start && end) out.push({ from: r.index, to: r.index + r.text.length, start, end });
  }
  return out;
}
