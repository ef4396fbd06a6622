import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractArticle } from '../../src/extract/extractor.ts';

const PUBLISHED = '2024-04-03';
const run = (text: string) => extractArticle({ text, published: PUBLISHED });

describe('[extract/lists] a quantity said to hold for each listed company', () => {
  const EACH: readonly { text: string; companies: string[]; min: number; max: number }[] = [
    {
      text: 'Workers have been hit by layoffs at chipmakers such as Orvane, Kestrel and Dunlin. These firms have each shed hundreds of roles.',
      companies: ['Orvane', 'Kestrel', 'Dunlin'],
      min: 200,
      max: 999,
    },
    {
      text: 'Job cuts spread to lenders including Marrow Bank and Sedge Partners. Both banks have trimmed thousands of jobs individually.',
      companies: ['Marrow Bank', 'Sedge Partners'],
      min: 2000,
      max: 9999,
    },
  ];
  for (const { text, companies, min, max } of EACH) {
    test(companies.join(', '), () => {
      const ms = run(text).mentions;
      assert.deepEqual(ms.map((m) => m.company).sort(), [...companies].sort());
      for (const m of ms) assert.deepEqual([m.count?.min, m.count?.max], [min, max]);
    });
  }

  test('a vague figure at a group of firms "including" names is not the focus company\'s', () => {
    const text =
      'Quorvex will cut 900 jobs. The move follows hundreds of layoffs at rival studios including Orvane and Kestrel.';
    assert.deepEqual(
      run(text).mentions.map((m) => [m.company, m.count?.min]),
      [['Quorvex', 900]],
    );
  });

  test('a collective figure for a list stays without per-company events', () => {
    const text =
      'Layoffs at chipmakers such as Orvane, Kestrel and Dunlin. These firms have shed thousands of roles.';
    assert.deepEqual(run(text).mentions, []);
  });
});

describe('[extract/totals] period and data statistics are aggregates, not events', () => {
  test('"In March alone, N were let go" after an event is a statistic', () => {
    const text =
      'Pavlo Foods fired 300 workers last month. In March alone, over 4,000 were let go across the food sector.';
    const r = run(text);
    assert.deepEqual(
      r.mentions.map((m) => [m.company, m.count?.min]),
      [['Pavlo Foods', 300]],
    );
    assert.deepEqual(r.aggregates[0]?.employees, { min: 4001, max: null });
  });

  test('a data cue in mid-sentence splits the events from the statistic', () => {
    const text =
      'Lately, Corran fired 500 staff and Vesk let go 200, and according to data compiled by Tallyboard, at least 9,000 professionals have been fired since the start of 2023.';
    const r = run(text);
    assert.deepEqual(
      r.mentions.map((m) => [m.company, m.count?.min]),
      [
        ['Corran', 500],
        ['Vesk', 200],
      ],
    );
    assert.deepEqual(r.aggregates[0]?.employees, { min: 9000, max: null });
  });

  test('a passive number names the count of a company in focus', () => {
    const text = 'Hollin Mills will shut its plant. About 250 workers will be laid off, Hollin Mills said.';
    const m = run(text).mentions[0];
    assert.equal(m?.company, 'Hollin Mills');
    assert.equal(m?.count?.min, 250);
  });

  test("an article's own tally across the named firms is an aggregate", () => {
    const text =
      'Besides Corran letting go of 800 workers, Vesk and these other large lenders have downsized by more than 12,000 total workers this year.';
    const r = run(text);
    assert.deepEqual(
      r.mentions.map((m) => [m.company, m.count?.min]),
      [['Corran', 800]],
    );
    assert.deepEqual(r.aggregates[0]?.employees, { min: 12001, max: null });
  });

  test('a stated workforce with "total" is no statistic', () => {
    const text =
      'Pellow Media has about 900 total employees, so about 90 people will lose their jobs, Pellow Media said.';
    const r = run(text);
    assert.deepEqual(r.aggregates, []);
    assert.equal(r.mentions[0]?.count?.min, 90);
  });

  test('"one person familiar with the matter" is a source, not a count', () => {
    const text =
      'Drayfield has begun layoffs in its sales team, according to one person familiar with the plans.';
    const r = run(text);
    assert.ok(r.mentions.every((m) => m.count === null));
  });
});
