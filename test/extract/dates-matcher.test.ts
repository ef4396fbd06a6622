import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { matchDates } from '../../src/extract/dates/matcher.ts';

const REF = '2024-04-03'; // a Wednesday

interface Case {
  readonly sentence: string;
  /** The date expression as matched, or null when the sentence must give no event date. */
  readonly text: string | null;
  readonly start?: string | null;
  readonly end?: string | null;
  readonly horizon?: boolean;
  readonly reference?: string | null;
}

/** The first non-horizon match, or the first match when the case expects a horizon. */
function pick(c: Case) {
  const ms = matchDates(c.sentence, c.reference === undefined ? REF : c.reference);
  return c.horizon ? ms[0] : ms.find((m) => !m.horizon);
}

const CASES: readonly Case[] = [
  // calendar quarters (reference 2024-04-03, in the second quarter)
  {
    sentence: 'Dunmore cut about 6% of its staff in the first quarter.',
    text: 'the first quarter',
    start: '2024-01-01',
    end: '2024-03-31',
  },
  {
    sentence: 'Dunmore will cut jobs in the third quarter.',
    text: 'the third quarter',
    start: '2024-07-01',
    end: '2024-09-30',
  },
  {
    sentence: 'Dunmore cut 300 jobs in the fourth quarter of 2023.',
    text: 'the fourth quarter of 2023',
    start: '2023-10-01',
    end: '2023-12-31',
  },
  {
    sentence: 'Dunmore cut 300 jobs last quarter.',
    text: 'last quarter',
    start: '2024-01-01',
    end: '2024-03-31',
  },
  { sentence: 'Dunmore cut 300 jobs in its fiscal fourth quarter.', text: null },
  // weekdays: back by default, forward when the clause looks ahead
  {
    sentence: 'Sorrel Labs said on Tuesday it would lay off 90 people.',
    text: 'on Tuesday',
    start: '2024-04-02',
    end: '2024-04-02',
  },
  {
    sentence: 'Nettle Bank announced Wednesday that 300 roles will go.',
    text: 'Wednesday',
    start: '2024-04-03',
    end: '2024-04-03',
  },
  {
    sentence: 'The cuts, which begin on Monday, affect 40 staff at Pellam.',
    text: 'on Monday',
    start: '2024-04-08',
    end: '2024-04-08',
  },
  {
    sentence: 'Orbis will hand notices to 70 workers on Friday.',
    text: 'on Friday',
    start: '2024-04-05',
    end: '2024-04-05',
  },
  // "start-up" is a noun, not a future cue; "due to" a cause is a reason, not a schedule
  {
    sentence: 'Payments start-up Quillo dismissed about 120 employees on Tuesday, a memo showed.',
    text: 'on Tuesday',
    start: '2024-04-02',
    end: '2024-04-02',
  },
  {
    sentence: 'Due to falling orders, Brackley cut 60 jobs on Monday.',
    text: 'on Monday',
    start: '2024-04-01',
    end: '2024-04-01',
  },
  {
    sentence: 'The Brackley plant is due to close on Friday.',
    text: 'on Friday',
    start: '2024-04-05',
    end: '2024-04-05',
  },
  // a past form after "be" is passive: its tense is the auxiliary's
  {
    sentence: 'About 300 workers at Tolland will be laid off on Friday.',
    text: 'on Friday',
    start: '2024-04-05',
    end: '2024-04-05',
  },
  {
    sentence: 'About 300 workers at Tolland were laid off on Friday.',
    text: 'on Friday',
    start: '2024-03-29',
    end: '2024-03-29',
  },
  {
    sentence: 'Half of the 600 staff were let go on Friday, a memo showed.',
    text: 'on Friday',
    start: '2024-03-29',
    end: '2024-03-29',
  },
  {
    sentence: 'Vanta confirmed late on Thursday that it cut 55 jobs.',
    text: 'late on Thursday',
    start: '2024-03-28',
    end: '2024-03-28',
  },
  {
    sentence: 'Greyfield cut 30 roles last Monday.',
    text: 'last Monday',
    start: '2024-04-01',
    end: '2024-04-01',
  },
  {
    sentence: 'Greyfield will cut 30 roles next Monday.',
    text: 'next Monday',
    start: '2024-04-08',
    end: '2024-04-08',
  },
  {
    sentence: 'Brisco told staff yesterday that 50 jobs would go.',
    text: 'yesterday',
    start: '2024-04-02',
    end: '2024-04-02',
  },
  // weeks, months, years relative to publication
  {
    sentence: 'Tarn Foods cut 70 jobs this week.',
    text: 'this week',
    start: '2024-04-01',
    end: '2024-04-07',
  },
  {
    sentence: 'Last week, the firm cut around 160 roles.',
    text: 'Last week',
    start: '2024-03-25',
    end: '2024-03-31',
  },
  {
    sentence: 'Pollard shed 90 jobs earlier this month.',
    text: 'earlier this month',
    start: '2024-04-01',
    end: '2024-04-03',
  },
  {
    sentence: 'Pollard shed 90 jobs last month.',
    text: 'last month',
    start: '2024-03-01',
    end: '2024-03-31',
  },
  {
    sentence: 'Tellford laid off 200 workers earlier this year.',
    text: 'earlier this year',
    start: '2024-01-01',
    end: '2024-04-03',
  },
  {
    sentence: 'Quarry Labs dropped 12 people earlier in the year.',
    text: 'earlier in the year',
    start: '2024-01-01',
    end: '2024-04-03',
  },
  {
    sentence: 'Rook Media let 45 people go last year.',
    text: 'last year',
    start: '2023-01-01',
    end: '2023-12-31',
  },
  {
    sentence: 'Grange let 45 people go two weeks ago.',
    text: 'two weeks ago',
    start: '2024-03-18',
    end: '2024-03-24',
  },
  // months without a year: the most recent one, or the next one when the clause looks ahead
  {
    sentence: 'Corran Media laid off 300 staff in December.',
    text: 'December',
    start: '2023-12-01',
    end: '2023-12-31',
  },
  {
    sentence: 'Wexley cut 40 jobs in early January.',
    text: 'early January',
    start: '2024-01-01',
    end: '2024-01-31',
  },
  {
    sentence: 'In January this year, Marlow Games cut 1,900 jobs.',
    text: 'January this year',
    start: '2024-01-01',
    end: '2024-01-31',
  },
  {
    sentence: 'Fenwick will close its plant in June, cutting 120 jobs.',
    text: 'June',
    start: '2024-06-01',
    end: '2024-06-30',
  },
  {
    sentence: 'Sable said it might lay off 250 staff starting January.',
    text: 'January',
    start: '2024-01-01',
    end: '2024-01-31',
    reference: '2024-01-10',
  },
  {
    sentence: 'Dunmore has cut 500 roles since January.',
    text: 'since January',
    start: '2024-01-01',
    end: '2024-04-03',
  },
  // day and month without a year: nearest before (past) or after (future)
  {
    sentence: 'Quill notified the state on March 26 that 60 jobs would end.',
    text: 'on March 26',
    start: '2024-03-26',
    end: '2024-03-26',
  },
  {
    sentence: 'Quill told the state it will lay off all 60 employees at its mill on June 30.',
    text: 'on June 30',
    start: '2024-06-30',
    end: '2024-06-30',
  },
  {
    sentence: 'Harbin said the 80 layoffs took effect on May 2.',
    text: 'on May 2',
    start: '2023-05-02',
    end: '2023-05-02',
  },
  // seasons, years, spans and explicit ranges
  {
    sentence: 'Ashby laid off 11,000 employees last fall.',
    text: 'last fall',
    start: '2023-09-01',
    end: '2023-11-30',
  },
  { sentence: 'Halloway cut 1,500 jobs in 2023.', text: 'in 2023', start: '2023-01-01', end: '2023-12-31' },
  {
    sentence: 'Merrow cut 27,000 roles from the end of 2022 through 2023.',
    text: 'the end of 2022 through 2023',
    start: '2022-10-01',
    end: '2023-12-31',
  },
  { sentence: 'Plover cut 9,000 posts in 2022-23.', text: '2022-23', start: '2022-01-01', end: '2023-12-31' },
  {
    sentence: 'Veldt expects to release 300 staff between May 15, 2024, and June 15, 2024.',
    text: 'between May 15, 2024, and June 15, 2024',
    start: '2024-05-15',
    end: '2024-06-15',
  },
  {
    sentence: 'Crane laid off 80 people on 3 April 2024.',
    text: 'on 3 April 2024',
    start: '2024-04-03',
    end: '2024-04-03',
  },
  {
    sentence: 'Crane filed its notice on 4/1/2024.',
    text: '4/1/2024',
    start: '2024-04-01',
    end: '2024-04-01',
  },
  {
    sentence: "Monday's notice put 500 jobs at risk at Pellam.",
    text: 'Monday',
    start: '2024-04-01',
    end: '2024-04-01',
  },
  {
    sentence: "Last week's layoffs hit 300 people at Pellam.",
    text: 'Last week',
    start: '2024-03-25',
    end: '2024-03-31',
  },
  {
    sentence: "This year's cuts at Pellam total 2,000 roles.",
    text: 'This year',
    start: '2024-01-01',
    end: '2024-04-03',
  },
  {
    sentence: 'Pellam will shed 5% of its staff this year.',
    text: 'this year',
    start: '2024-01-01',
    end: '2024-12-31',
  },
  {
    sentence: 'The 2023 layoffs at Pellam affected 500.',
    text: '2023',
    start: '2023-01-01',
    end: '2023-12-31',
  },
  {
    sentence: 'From March 1 to April 15, 2024, Pellam cut 300 jobs.',
    text: 'From March 1 to April 15, 2024',
    start: '2024-03-01',
    end: '2024-04-15',
  },
  {
    sentence: 'Workers were told on Sept. 5 that 120 jobs would go.',
    text: 'on Sept. 5',
    start: '2023-09-05',
    end: '2023-09-05',
  },
  // horizons and deadlines are never the event date
  { sentence: 'Orrin plans to cut 10,000 jobs by 2030.', text: 'by 2030', horizon: true },
  { sentence: 'Larch aims to remove 6,000 roles by next August.', text: 'next August', horizon: true },
  { sentence: 'Larch will trim costs by $2 billion through next year.', text: 'next year', horizon: true },
  // the day of another coming occasion the cut is timed before is not the cut's
  {
    sentence: 'Harrowgate is cutting 400 jobs ahead of an investor day in December.',
    text: 'December',
    horizon: true,
  },
  {
    sentence: 'Pellmark will shed 5% of staff ahead of its quarterly results on Thursday.',
    text: 'on Thursday',
    horizon: true,
  },
  // ... unless the occasion is the cut itself
  {
    sentence: 'Staff were told ahead of the layoffs on Friday.',
    text: 'on Friday',
    start: '2024-03-29',
    end: '2024-03-29',
  },
  // the announcement day wins over the day the cuts take effect
  {
    sentence: 'Kestrel said on Tuesday it will cut 90 jobs starting in June.',
    text: 'on Tuesday',
    start: '2024-04-02',
    end: '2024-04-02',
  },
  // the day a plan or notice was published or filed ("published on Monday") wins over its
  // horizon or the day the site closes
  {
    sentence: 'Up to 250 posts could go over the next two years under plans published on Monday.',
    text: 'on Monday',
    start: '2024-04-01',
    end: '2024-04-01',
  },
  {
    sentence:
      'About 60 staff will lose their jobs when the depot shuts in late May, a notice filed on March 28 shows.',
    text: 'on March 28',
    start: '2024-03-28',
    end: '2024-03-28',
  },
  // a past period in a side clause of a planned cut is not its date
  { sentence: 'Pellam will cut 800 jobs even as it posted a record profit last year.', text: null },
  // "since the start of X" runs from X, always looking back, to the reference
  {
    sentence: 'The tally reached 4,100 jobs since the start of February, its busiest stretch since it began.',
    text: 'since the start of February',
    start: '2024-02-01',
    end: '2024-04-03',
  },
  {
    sentence: 'Orlen Freight has shed 90 posts since the beginning of November.',
    text: 'since the beginning of November',
    start: '2023-11-01',
    end: '2024-04-03',
  },
  // a budget's year is the budget's period, not the day of the cut
  { sentence: 'The trustees adopted a 2025-26 budget that removes 60 teaching posts.', text: null },
  // reported speech ("said it would") looks either way: the nearer month wins
  {
    sentence: 'The courier said it would close its last depot at the end of May, affecting 80 staff.',
    text: 'May',
    start: '2024-05-01',
    end: '2024-05-31',
  },
  {
    sentence: 'The courier said it would cut 80 jobs in February.',
    text: 'February',
    start: '2024-02-01',
    end: '2024-02-29',
  },
  // a purchase year is the company's history
  { sentence: 'Corvel closed Ashby Works, the mill it bought in 2017, and cut 40 jobs.', text: null },
  // words that are not dates
  { sentence: 'Cutler may cut 200 jobs.', text: null },
  { sentence: 'Ravel cut 2000 jobs across its stores.', text: null },
  { sentence: 'Shares of Tolland fell 4% as the company cut 300 jobs.', text: null },
  { sentence: 'Voss said it will march on with 150 job cuts.', text: null },
  { sentence: 'Pellam, founded in 1998, cut 40 jobs.', text: null },
  { sentence: 'Pellam plans to reduce headcount over the next three years.', text: null },
  // no publication date: relative dates keep their text and get no dates; explicit ones still resolve
  {
    sentence: 'Brisco laid off 40 workers on Friday.',
    text: 'on Friday',
    start: null,
    end: null,
    reference: null,
  },
  {
    sentence: 'Brisco laid off 40 workers in March 2023.',
    text: 'March 2023',
    start: '2023-03-01',
    end: '2023-03-31',
    reference: null,
  },
  // a month "of that year": the year named last before it, not the publication's
  {
    sentence: 'Tollgate vowed to shrink by 2019, and in May of that year it closed two depots.',
    text: 'May of that year',
    start: '2019-05-01',
    end: '2019-05-31',
  },
  {
    sentence: 'The mill planned to expand by 2008 and in October the same year hired 200 people.',
    text: 'October the same year',
    start: '2008-10-01',
    end: '2008-10-31',
  },
  // a deadline: "before the end of the year" is a horizon, never the event date
  {
    sentence: 'Brantwell is preparing to cut about 300 jobs before the end of the year.',
    text: 'before the end of the year',
    horizon: true,
  },
  {
    sentence: 'Brantwell is preparing to cut about 300 jobs before the end of the year.',
    text: null,
  },
];

describe('[extract/dates] matcher', () => {
  for (const c of CASES) {
    test(c.sentence, () => {
      const m = pick(c);
      if (c.text === null) {
        assert.equal(
          m,
          undefined,
          `no event date expected, got ${m?.rule} "${m ? c.sentence.slice(m.from, m.to) : ''}"`,
        );
        return;
      }
      assert.ok(m, 'a date');
      assert.equal(c.sentence.slice(m.from, m.to), c.text);
      if (c.horizon) {
        assert.equal(m.horizon, true);
        return;
      }
      assert.equal(m.start, c.start);
      assert.equal(m.end, c.end);
    });
  }
});
