import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractArticle } from '../../src/extract/extractor.ts';
import { type CountCase, checkCount, mentionsOf, PUBLISHED } from '../helpers/counts.ts';

/**
 * Counts, non-layoff figures and tracker tallies found by probe corpus 8, each rule with sentences
 * in our own words (invented companies): anonymous speakers are no headcount, people sent on
 * unpaid leave are not laid off, and a tracker's log of announcements is a statistic.
 */

describe('[extract/count-probe-2] a handful of people who speak are sources, not a cut', () => {
  const CASES: readonly CountCase[] = [
    {
      text: 'Ostrava Freight laid off 150 drivers on Monday, and the night shifts were hit hardest, three current employees said.',
      company: 'Ostrava Freight',
      span: '150 drivers',
      min: 150,
      max: 150,
    },
    {
      text: 'Quenby Software let go of 80 engineers, most of them in its Lisbon office, two former staffers told the newspaper.',
      company: 'Quenby Software',
      span: '80 engineers',
      min: 80,
      max: 80,
    },
    {
      text: 'Marlpit Foods cut 45 jobs at its bakery, four workers who spoke on condition of anonymity said.',
      company: 'Marlpit Foods',
      span: '45 jobs',
      min: 45,
      max: 45,
    },
    {
      text: 'The layoffs at Tolland Games hit the art and audio teams hardest, five former employees, who asked not to be named, said.',
      company: 'Tolland Games',
      span: null,
      min: null,
      max: null,
    },
    {
      text: 'Harrow Analytics cut 60 jobs, and the data team was gutted, two people who were let go told the paper.',
      company: 'Harrow Analytics',
      span: '60 jobs',
      min: 60,
      max: 60,
    },
    // the figure after a cut verb stays a count, whoever says it
    {
      text: 'Pinewick Labs laid off nine engineers, said the company.',
      company: 'Pinewick Labs',
      span: 'nine engineers',
      min: 9,
      max: 9,
    },
  ];
  for (const c of CASES) test(c.text, () => checkCount(c));
});

describe('[extract/count-probe-2] people sent on unpaid leave are not laid off', () => {
  const CASES: readonly CountCase[] = [
    {
      text: 'Condor Coastal will lay off 410 cabin staff and place a further 900 employees on unpaid leave for three months.',
      company: 'Condor Coastal',
      span: '410 cabin staff',
      min: 410,
      max: 410,
    },
    {
      text: 'Brackwater Hotels is cutting 120 jobs and sending 600 workers on unpaid leave until the summer.',
      company: 'Brackwater Hotels',
      span: '120 jobs',
      min: 120,
      max: 120,
    },
    {
      text: 'Tarnby Mining put 2,000 miners on compulsory leave and laid off 300 contractors.',
      company: 'Tarnby Mining',
      span: '300 contractors',
      min: 300,
      max: 300,
    },
    {
      text: 'Ellory Cinemas will make 75 cinema workers redundant and keep another 200 staff on leave without pay.',
      company: 'Ellory Cinemas',
      span: '75 cinema workers',
      min: 75,
      max: 75,
    },
  ];
  for (const c of CASES) test(c.text, () => checkCount(c));

  test('a sentence that only sends people on unpaid leave is no layoff', () => {
    const ms = mentionsOf(
      'Ridgeway Motors placed 800 workers on unpaid leave for a month, a step short of layoffs.',
    );
    assert.deepEqual(
      ms.map((m) => [m.company, m.count?.text ?? null]),
      [],
    );
  });
});

describe('[extract/count-probe-2] a tracker that logs announcements affecting jobs is a statistic', () => {
  const CASES: readonly { text: string; source: string; min: number | null; max: number | null }[] = [
    {
      text: 'The Nordic Cuts Monitor tracker has so far logged 340 announcements affecting 58,200 jobs this year.',
      source: 'Nordic Cuts Monitor',
      min: 58200,
      max: 58200,
    },
    {
      text: 'The Gulf Retail Watch tracker has counted 48 notices affecting some 7,900 employees since the spring.',
      source: 'Gulf Retail Watch',
      min: 7900,
      max: 7900,
    },
    {
      text: 'Since January, the Andean Jobs tracker has recorded 61 cases involving more than 9,000 workers.',
      source: 'Andean Jobs',
      min: 9001,
      max: null,
    },
    {
      text: 'Some 75 filings covering 30,500 jobs have been logged by the Balkan Layoffs tracker since June.',
      source: 'Balkan Layoffs',
      min: 30500,
      max: 30500,
    },
  ];
  for (const c of CASES) {
    test(c.text, () => {
      const r = extractArticle({ text: c.text, published: PUBLISHED });
      assert.deepEqual(r.mentions, []);
      assert.equal(r.aggregates.length, 1);
      assert.equal(r.aggregates[0]?.source, c.source);
      assert.deepEqual(r.aggregates[0]?.employees, { min: c.min, max: c.max });
    });
  }
});

describe('[extract/count-probe-2] a company that "grew to N people" states its workforce', () => {
  const CASES: readonly { text: string; company: string; min: number; max: number }[] = [
    {
      text: 'Brindle Pay will cut 10% of its staff.\n\nFounded in 2019, Brindle Pay grew from a team of six in a spare bedroom to 480 people across three offices.',
      company: 'Brindle Pay',
      min: 48,
      max: 48,
    },
    {
      text: 'Corvale Health is laying off 5% of its employees.\n\nCorvale Health has grown to about 2,200 employees since its merger.',
      company: 'Corvale Health',
      min: 110,
      max: 110,
    },
  ];
  for (const c of CASES) {
    test(c.text, () => {
      const ms = mentionsOf(c.text);
      assert.deepEqual(
        ms.map((m) => [m.company, m.count?.min ?? null, m.count?.max ?? null, m.count?.derived ?? null]),
        [[c.company, c.min, c.max, true]],
      );
    });
  }

  test('growth of something else is no workforce', () => {
    const ms = mentionsOf(
      'Hesketh Tools will cut 8% of its staff.\n\nIts customer base grew from 40 shops to 900 people a day at the peak.',
    );
    assert.deepEqual(
      ms.map((m) => [m.company, m.count?.min ?? null]),
      [['Hesketh Tools', null]],
    );
  });
});

describe('[extract/count-probe-2] "N of the positions will go in <place>" is a split of the cut by place', () => {
  const CASES: readonly CountCase[] = [
    {
      text: 'Halvor Foods will cut about 2,000 jobs, the company said on Monday. Around 1,200 of the positions will go in Norway, where it is based.',
      company: 'Halvor Foods',
      span: 'about 2,000 jobs',
      min: 2000,
      max: 2000,
    },
    {
      text: 'Brisco Bank plans to eliminate 3,500 roles by 2027. Some 900 of those roles will be cut in Poland.',
      company: 'Brisco Bank',
      span: '3,500 roles',
      min: 3500,
      max: 3500,
    },
  ];
  for (const c of CASES) test(c.text, () => checkCount(c));
});
