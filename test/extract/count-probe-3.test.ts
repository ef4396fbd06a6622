import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractArticle } from '../../src/extract/extractor.ts';
import { type CountCase, checkCount, mentionsOf, PUBLISHED } from '../helpers/counts.ts';

/**
 * Triggers, counts, non-layoff filters and statistics found by probe corpora 9 and 11, each rule
 * with sentences in our own words (invented companies): layoff noun phrases ("the elimination of N
 * positions", "could cost N workers their jobs"), early retirements, British number words, a net
 * loss stated beside the gross cut, "a fifth of the company", sports lay-offs and roster cuts,
 * denied reports, and official or regional tallies of displaced workers.
 */

describe('[extract/count-probe-3] a noun phrase of the cut: "the elimination of N positions"', () => {
  const CASES: readonly CountCase[] = [
    {
      text: 'Dorrance Valves announced a restructuring plan that includes the elimination of up to 320 positions, or about 5% of its workforce.',
      company: 'Dorrance Valves',
      span: 'up to 320 positions',
      min: null,
      max: 320,
    },
    {
      text: 'Brackwell Foods confirmed the elimination of 85 jobs at its bakery on Monday.',
      company: 'Brackwell Foods',
      span: '85 jobs',
      min: 85,
      max: 85,
    },
    {
      text: 'Fenmoor Housing approved the abolition of 140 posts in its repairs service.',
      company: 'Fenmoor Housing',
      span: '140 posts',
      min: 140,
      max: 140,
    },
    {
      text: 'Tawhiti Press plans to disestablish 30 positions in its regional newsrooms.',
      company: 'Tawhiti Press',
      span: '30 positions',
      min: 30,
      max: 30,
    },
  ];
  for (const c of CASES) test(c.text, () => checkCount(c));
});

describe('[extract/count-probe-3] "could cost N workers their jobs" and a retrenchment process', () => {
  const CASES: readonly CountCase[] = [
    {
      text: 'Marrowvale Coal has begun a formal retrenchment process that could cost about 900 workers their jobs.',
      company: 'Marrowvale Coal',
      span: 'about 900 workers',
      min: 900,
      max: 900,
    },
    {
      text: 'Ostrander Metals said the closure of its smelter will cost 450 people their jobs.',
      company: 'Ostrander Metals',
      span: '450 people',
      min: 450,
      max: 450,
    },
  ];
  for (const c of CASES) test(c.text, () => checkCount(c));
});

describe('[extract/count-probe-3] early retirements taken are job cuts', () => {
  const CASES: readonly CountCase[] = [
    {
      text: 'Rival Sakemi Instruments accepted about 250 early retirements last year.',
      company: 'Sakemi Instruments',
      span: 'about 250 early retirements',
      min: 250,
      max: 250,
    },
    {
      text: 'Velden Glass took 120 voluntary retirements in March.',
      company: 'Velden Glass',
      span: '120 voluntary retirements',
      min: 120,
      max: 120,
    },
  ];
  for (const c of CASES) test(c.text, () => checkCount(c));
});

describe('[extract/count-probe-3] British number words: "a hundred and twenty"', () => {
  const CASES: readonly CountCase[] = [
    {
      text: 'Ardnaree Foods has told staff that a hundred and twenty of them will be made redundant.',
      company: 'Ardnaree Foods',
      span: 'a hundred and twenty',
      min: 120,
      max: 120,
    },
    {
      text: 'Kilcullen Print will cut a hundred and fifty jobs at its plant.',
      company: 'Kilcullen Print',
      span: 'a hundred and fifty jobs',
      min: 150,
      max: 150,
    },
  ];
  for (const c of CASES) test(c.text, () => checkCount(c));
});

describe('[extract/count-probe-3] a net loss stated beside the gross cut is the count', () => {
  const CASES: readonly CountCase[] = [
    {
      text: 'Hauraki Radio has proposed to disestablish 50 positions while creating 12 new roles, a net loss of 38 jobs.',
      company: 'Hauraki Radio',
      span: '38 jobs',
      min: 38,
      max: 38,
    },
    {
      text: 'Brindle Bank will cut 300 jobs and add 100 in its technology hub, a net reduction of 200 roles.',
      company: 'Brindle Bank',
      span: '200 roles',
      min: 200,
      max: 200,
    },
  ];
  for (const c of CASES) test(c.text, () => checkCount(c));
});

describe('[extract/count-probe-3] "a fifth of the company" is a share of its staff', () => {
  const CASES: readonly CountCase[] = [
    {
      text: 'Quillon, a payments startup, is cutting about a fifth of the company, its founders said.',
      company: 'Quillon',
      span: null,
      min: null,
      max: null,
      percent: 20,
    },
    {
      text: 'Tessaly Labs laid off half of the company on Monday.',
      company: 'Tessaly Labs',
      span: null,
      min: null,
      max: null,
      percent: 50,
    },
  ];
  for (const c of CASES) test(c.text, () => checkCount(c));

  test('a stake of the company sold is no cut', () => {
    const ms = mentionsOf('Pardoe Ventures sold a fifth of the company to investors after it cut 40 jobs.');
    assert.deepEqual(
      ms.map((m) => [m.company, m.count?.text ?? null, m.percent]),
      [['Pardoe Ventures', '40 jobs', null]],
    );
  });
});

describe('[extract/count-probe-3] a player laid off with an injury, or cut from a squad, is no layoff', () => {
  const TEXTS: readonly string[] = [
    'Ravenswood winger laid off for a month as club cuts two from its squad\n\nRavenswood Hawks winger Tom Ashe will be laid off for up to four weeks with a calf strain, leaving coach Ben Ames without his best finisher.',
    'Sharks playmaker laid off for three games with knee problem\n\nHarbour Sharks five-eighth Jo Malo will be laid off for three games after scans on Monday, coach Dane Ward said.',
  ];
  for (const text of TEXTS) test(text, () => assert.deepEqual(mentionsOf(text), []));
});

describe('[extract/count-probe-3] a report rejected as untrue is no layoff', () => {
  const TEXTS: readonly string[] = [
    'Ostwick Bank on Tuesday rejected media reports that it would cut 500 jobs, calling them baseless.',
    'Corvell Telecom dismissed online claims that it was about to lay off a third of its staff.',
  ];
  for (const text of TEXTS) test(text, () => assert.deepEqual(mentionsOf(text), []));
});

describe('[extract/count-probe-3] an official or regional tally of people who lost jobs is a statistic', () => {
  const CASES: readonly { text: string; min: number; max: number }[] = [
    {
      text: 'The regional labour office said 2,310 workers in the Northern Cape had been displaced by closures and retrenchments since March.',
      min: 2310,
      max: 2310,
    },
    {
      text: 'The Office for National Statistics said payrolled employees fell by 20,000 in May, while 98,000 people were made redundant in the latest quarter.',
      min: 98000,
      max: 98000,
    },
  ];
  for (const c of CASES) {
    test(c.text, () => {
      const r = extractArticle({ text: c.text, published: PUBLISHED });
      assert.deepEqual(
        r.mentions.map((m) => m.company),
        [],
      );
      assert.equal(r.aggregates.length, 1);
      assert.deepEqual(r.aggregates[0]?.employees, { min: c.min, max: c.max });
    });
  }
});
