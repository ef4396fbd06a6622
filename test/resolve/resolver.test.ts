import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { resolveEvents } from '../../src/resolve/resolver.ts';
import type { ResolvableMention } from '../../src/resolve/types.ts';
import { count, date, rm, shuffled } from './build.ts';

const here = '[resolve/resolver] ';

/** The seeds' shape in our own terms: three outlets report one AWS cut; each recalls the 2022-23 wave. */
function awsStory(): ResolvableMention[] {
  return [
    // Article 1: undated, "on Wednesday" cannot be resolved by itself.
    rm({
      id: 11,
      key: 'aaa#0',
      articleId: 1,
      company: 'Amazon',
      unit: 'AWS',
      count: count(200, 999, 'several hundred employees'),
      date: date(null, null, 'relative', 'on Wednesday'),
    }),
    rm({
      id: 12,
      key: 'aaa#1',
      articleId: 1,
      company: 'Amazon',
      primary: false,
      count: count(27001, null, 'over 27,000 positions'),
      date: date('2022-11-01', '2023-12-31'),
      status: 'completed',
    }),
    // Article 2: dated 2024-04-03 in its text.
    rm({
      id: 21,
      key: 'bbb#0',
      articleId: 2,
      published: '2024-04-03',
      company: 'Amazon Web Services',
      count: count(200, 999, 'hundreds of jobs'),
      date: date('2024-04-03', '2024-04-03', 'relative', 'on Wednesday'),
      status: 'planned',
    }),
    rm({
      id: 22,
      key: 'bbb#1',
      articleId: 2,
      published: '2024-04-03',
      company: 'Amazon',
      primary: false,
      count: count(27000, 27000, '27,000 corporate roles'),
      date: date('2022-11-01', '2023-12-31'),
      status: 'completed',
    }),
    // Article 3: updated 2024-04-05; the main sentence has no date of its own.
    rm({
      id: 31,
      key: 'ccc#0',
      articleId: 3,
      published: '2024-04-05',
      company: 'Amazon',
      unit: 'AWS',
      count: count(200, 999, 'hundreds of employees'),
      date: date('2024-04-05', '2024-04-05', 'published'),
      status: 'announced',
    }),
    rm({
      id: 32,
      key: 'ccc#1',
      articleId: 3,
      published: '2024-04-05',
      company: 'Amazon',
      unit: 'advertising',
      primary: false,
      count: count(160, 160, 'around 160 roles', true),
      date: date('2024-03-25', '2024-03-31', 'relative', 'Last week'),
      status: 'completed',
    }),
  ];
}

describe('resolveEvents', () => {
  test(`${here}three reports of the AWS cut are one event; the 2022-23 wave is another`, () => {
    const { events, siblingPublished } = resolveEvents(awsStory());
    const aws = events.find((e) => e.unit === 'AWS');
    assert.ok(aws);
    assert.deepEqual([...aws.mentionIds].sort(), [11, 21, 31]);
    assert.equal(aws.company, 'Amazon');
    assert.deepEqual(aws.count, { min: 200, max: 999 });
    assert.deepEqual(aws.date, { start: '2024-04-03', end: '2024-04-03' });
    assert.equal(aws.independentSources, 3);
    assert.equal(aws.status, 'announced', 'planned → announced as a later report arrives');
    const wave = events.find((e) => e.unit === null);
    assert.ok(wave);
    assert.deepEqual([...wave.mentionIds].sort(), [12, 22]);
    const ads = events.find((e) => e.unit === 'advertising');
    assert.ok(ads);
    assert.equal(events.length, 3);
    // The undated article gets its "on Wednesday" from the dated reports.
    const filled = aws.mentionDates.find((d) => d.mentionId === 11);
    assert.deepEqual(filled, { mentionId: 11, start: '2024-04-03', end: '2024-04-03', basis: 'sibling' });
    assert.deepEqual(siblingPublished, [{ articleId: 1, date: '2024-04-03' }]);
  });

  test(`${here}"over 27,000" and "27,000" disagree: a conflict that shows both`, () => {
    const { events } = resolveEvents(awsStory());
    const wave = events.find((e) => e.unit === null);
    assert.ok(wave);
    assert.deepEqual(wave.count, { min: 27000, max: null });
    const conflict = wave.conflicts.find((c) => c.field === 'count');
    assert.ok(conflict);
    assert.deepEqual(conflict.values.map((v) => v.value).sort(), ['27000', '≥27001']);
  });

  test(`${here}count: "more than 4,000" + "about 4,250" → 4,250; "hundreds" + "several hundred" → 200–999`, () => {
    const cisco = resolveEvents([
      rm({
        articleId: 1,
        company: 'Cisco',
        count: count(4001, null, 'more than 4,000 workers'),
        date: date('2024-02-01', '2024-02-29'),
      }),
      rm({
        articleId: 2,
        company: 'Cisco Systems',
        count: count(4250, 4250, 'about 4,250', true),
        date: date('2024-02-14'),
      }),
    ]).events;
    assert.equal(cisco.length, 1);
    assert.deepEqual(cisco[0]?.count, { min: 4250, max: 4250 });
    assert.deepEqual(cisco[0]?.date, { start: '2024-02-14', end: '2024-02-14' });
    assert.equal(cisco[0]?.conflicts.length, 0);
    const vague = resolveEvents([
      rm({ articleId: 1, count: count(200, 999, 'hundreds'), date: date('2024-05-02') }),
      rm({ articleId: 2, count: count(200, 999, 'several hundred'), date: date('2024-05-02') }),
    ]).events;
    assert.deepEqual(vague[0]?.count, { min: 200, max: 999 });
  });

  test(`${here}two figures that cannot both be true stay one event with a conflict`, () => {
    const { events } = resolveEvents([
      rm({
        articleId: 1,
        company: 'Intel',
        count: count(15000, 15000, '15,000 jobs'),
        date: date('2024-08-01'),
      }),
      rm({
        articleId: 2,
        company: 'Intel',
        count: count(17500, 17500, 'some 17,500', true),
        date: date('2024-08-01'),
      }),
    ]);
    assert.equal(events.length, 1);
    assert.deepEqual(events[0]?.count, { min: 15000, max: 17500 });
    assert.equal(events[0]?.conflicts[0]?.field, 'count');
  });

  test(`${here}two rounds at one company never merge`, () => {
    const { events } = resolveEvents([
      rm({
        articleId: 1,
        company: 'Halloway',
        count: count(1500, 1500, '1,500 jobs'),
        date: date('2023-01-01', '2023-12-31'),
        status: 'completed',
      }),
      rm({
        articleId: 2,
        company: 'Halloway',
        count: count(800, 800, 'another 800'),
        date: date('2024-01-01', '2024-12-31'),
        status: 'planned',
      }),
      rm({
        articleId: 3,
        company: 'Halloway',
        count: count(1500, 1500, '1,500 roles'),
        date: date('2023-03-09'),
      }),
    ]);
    assert.equal(events.length, 2);
  });

  test(`${here}a unit's cut inside a company-wide cut is a linked sub-event`, () => {
    const { events } = resolveEvents([
      rm({
        id: 101,
        key: 'n#0',
        articleId: 1,
        company: 'Norvel',
        count: count(200, 999, 'several hundred staff'),
        date: date('2024-04-03', '2024-04-03', 'published'),
      }),
      rm({
        id: 102,
        key: 'n#1',
        articleId: 1,
        company: 'Norvel',
        unit: 'Leeds plant',
        primary: false,
        count: count(24, 99, 'dozens'),
        date: date('2024-04-03', '2024-04-03', 'published'),
      }),
    ]);
    assert.equal(events.length, 2);
    const plant = events.find((e) => e.unit === 'Leeds plant');
    const whole = events.find((e) => e.unit === null);
    assert.equal(plant?.parentAnchorKey, whole?.anchorKey);
    assert.equal(whole?.parentAnchorKey, null);
  });

  test(`${here}syndicated copies count as copies, not independent sources`, () => {
    const { events } = resolveEvents([
      rm({
        articleId: 1,
        outlet: 'wire.example',
        count: count(600, 600, '600 jobs'),
        date: date('2024-06-04'),
      }),
      rm({
        articleId: 2,
        canonicalArticleId: 1,
        outlet: 'paper.example',
        count: count(600, 600, '600 jobs'),
        date: date('2024-06-04'),
      }),
      rm({
        articleId: 3,
        outlet: 'other.example',
        count: count(600, 600, 'about 600', true),
        date: date('2024-06-04'),
      }),
    ]);
    assert.equal(events.length, 1);
    assert.equal(events[0]?.independentSources, 2);
    assert.equal(events[0]?.copies, 1);
    assert.deepEqual(events[0]?.outlets, ['other.example', 'paper.example', 'wire.example']);
  });

  test(`${here}one article's two fitting figures: the matching bound joins, the other stays apart`, () => {
    // Article 1 leads with "as many as 6,000"; article 2 gives 10,000 in total, 5,000 of them
    // full-time, and "up to 6,000" redundancies. 5,000 fits under 6,000, but the bound is the match.
    const story = [
      rm({
        id: 71,
        key: 'p1#0',
        articleId: 1,
        company: 'Kestrel Post',
        count: count(null, 6000, 'as many as 6,000 posts'),
        date: date('2022-10-14', '2022-10-14', 'published'),
      }),
      rm({
        id: 72,
        key: 'p1#1',
        articleId: 1,
        company: 'Kestrel Post',
        primary: false,
        count: count(10000, 10000, '10,000 roles in all'),
      }),
      rm({
        id: 81,
        key: 'p2#0',
        articleId: 2,
        company: 'Kestrel Post',
        count: count(10000, 10000, 'some 10,000 roles', true),
      }),
      rm({
        id: 82,
        key: 'p2#1',
        articleId: 2,
        company: 'Kestrel Post',
        primary: false,
        count: count(5000, 5000, '5,000 full-time roles'),
      }),
      rm({
        id: 83,
        key: 'p2#2',
        articleId: 2,
        company: 'Kestrel Post',
        primary: false,
        count: count(null, 6000, 'up to 6,000 jobs'),
      }),
    ];
    const expected = [[71, 83], [72, 81], [82]];
    for (let seed = 0; seed <= 20; seed++) {
      const input = seed === 0 ? story : shuffled(story, seed);
      const got = resolveEvents(input).events.map((e) => [...e.mentionIds].sort((a, b) => a - b));
      got.sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
      assert.deepEqual(got, expected, `order from seed ${seed}`);
    }
  });

  test(`${here}percent-only reports: the same share joins across dated and undated articles`, () => {
    const { events } = resolveEvents([
      // Article 1 (undated) recalls two earlier cuts by their shares only.
      rm({ id: 91, key: 'q1#1', articleId: 1, company: 'Orlani', primary: false, percent: 2 }),
      rm({ id: 92, key: 'q1#2', articleId: 1, company: 'Orlani', primary: false, percent: 6 }),
      // Article 2 dates the 6% cut to January.
      rm({
        id: 93,
        key: 'q2#0',
        articleId: 2,
        company: 'Orlani',
        percent: 6,
        date: date('2023-01-01', '2023-01-31'),
      }),
    ]);
    assert.equal(events.length, 2);
    const winter = events.find((e) => e.mentionIds.includes(93));
    assert.deepEqual([...(winter?.mentionIds ?? [])].sort(), [92, 93]);
    assert.equal(winter?.percent, 6);
    assert.deepEqual(winter?.date, { start: '2023-01-01', end: '2023-01-31' });
  });

  test(`${here}an undated share that fits two dated rounds equally joins neither`, () => {
    const { events } = resolveEvents([
      rm({
        id: 95,
        key: 'r1#0',
        articleId: 1,
        company: 'Orlani',
        percent: 6,
        date: date('2023-01-01', '2023-01-31'),
      }),
      rm({
        id: 96,
        key: 'r2#0',
        articleId: 2,
        company: 'Orlani',
        percent: 6,
        date: date('2023-10-01', '2023-10-31'),
      }),
      rm({ id: 97, key: 'r3#1', articleId: 3, company: 'Orlani', primary: false, percent: 6 }),
    ]);
    assert.equal(events.length, 3);
  });

  test(`${here}any input order gives the same events`, () => {
    const base = [
      ...awsStory(),
      rm({
        id: 41,
        key: 'ddd#0',
        articleId: 4,
        company: 'Amazon',
        unit: 'Twitch',
        date: date('2024-01-10'),
        status: 'completed',
      }),
      rm({
        id: 51,
        key: 'eee#0',
        articleId: 5,
        company: 'Twitch',
        count: count(500, 500, '500 employees'),
        date: date('2024-01-10'),
      }),
      rm({
        id: 61,
        key: 'fff#0',
        articleId: 6,
        company: 'Amazon',
        count: count(2000, 9999, 'thousands of job cuts'),
        date: date('2023-01-01', '2023-12-31'),
      }),
    ];
    const expected = resolveEvents(base).events.map((e) => e.fingerprint);
    for (let seed = 1; seed <= 40; seed++) {
      const got = resolveEvents(shuffled(base, seed)).events.map((e) => e.fingerprint);
      assert.deepEqual(got, expected, `order from seed ${seed}`);
    }
  });
});

describe('corrections', () => {
  const story = () => [
    rm({
      id: 1,
      key: 'k#1',
      articleId: 1,
      company: 'Pinecrest',
      count: count(300, 300, '300 jobs'),
      date: date('2024-02-01'),
    }),
    rm({
      id: 2,
      key: 'k#2',
      articleId: 2,
      company: 'Pinecrest',
      count: count(900, 900, '900 jobs'),
      date: date('2024-02-02'),
    }),
  ];

  test(`${here}merge: two events a human knows are one`, () => {
    assert.equal(resolveEvents(story()).events.length, 2);
    const { events } = resolveEvents(story(), [
      { id: 1, kind: 'merge', mentionKeys: ['k#1', 'k#2'], reason: 'same plan, later revised' },
    ]);
    assert.equal(events.length, 1);
    assert.deepEqual(events[0]?.count, { min: 300, max: 900 });
  });

  test(`${here}split: a mention that is not this event`, () => {
    const merged = [
      rm({
        id: 1,
        key: 'k#1',
        articleId: 1,
        company: 'Pinecrest',
        count: count(300, 300, '300 jobs'),
        date: date('2024-02-01'),
      }),
      rm({
        id: 2,
        key: 'k#2',
        articleId: 2,
        company: 'Pinecrest',
        count: count(310, 310, '310 jobs'),
        date: date('2024-02-02'),
      }),
    ];
    assert.equal(resolveEvents(merged).events.length, 1);
    const { events } = resolveEvents(merged, [
      { id: 1, kind: 'split', mentionKeys: ['k#2'], reason: 'a different plant' },
    ]);
    assert.equal(events.length, 2);
  });

  test(`${here}override: a field set by hand, with the reason in its provenance`, () => {
    const { events } = resolveEvents(story(), [
      {
        id: 1,
        kind: 'override',
        mentionKeys: ['k#1'],
        field: 'count',
        value: { min: 320, max: 320 },
        reason: 'company filing says 320',
      },
    ]);
    const e = events.find((x) => x.mentionKeys.includes('k#1'));
    assert.deepEqual(e?.count, { min: 320, max: 320 });
    assert.match(e?.provenance.find((p) => p.field === 'count')?.how ?? '', /correction: company filing/);
  });
});
