import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractArticle } from '../../src/extract/extractor.ts';

const PUBLISHED = '2024-04-03';
const companies = (text: string) =>
  extractArticle({ text, published: PUBLISHED }).mentions.map((m) => m.company);

/** Texts with no layoff event by a named employer: junk names and passing mentions give nothing. */
const NO_EVENT: readonly { why: string; text: string }[] = [
  {
    why: 'a trend sentence names companies only in passing',
    text: 'Shares of Harbor Labs slipped amid a wave of layoffs across the chip sector.',
  },
  {
    why: 'a capitalised verb after a colon or semicolon is not a company',
    text: 'Covered actions: Close a depot with 40 staff; Shut a line of 30 staff; Lay off 60 staff at one site.',
  },
  {
    why: 'a heading and a statute line are not the employer in focus',
    text: 'Guidance Bulletins\n\nPublic Statute 12-34\n\nWhen the employer decides to lay off 50 or more workers, this guidance and the bulletins apply.',
  },
  {
    why: 'a title-case heading word the article also writes in lower case',
    text: 'Handling Redundancy Letters\n\nA redundancy letter should be short. Letters go to the affected people.',
  },
  {
    why: 'a company that is the object of a noun, not the subject of a cut',
    text: 'Investors weighed job cuts when Quillon Partners raised its forecast for the year.',
  },
];

/** Unquantified mentions kept because the company is the subject of a layoff verb. */
const UNQUANTIFIED: readonly { text: string; company: string }[] = [
  { text: 'Orrin Bank has also reduced its workforce, a newspaper reported.', company: 'Orrin Bank' },
  { text: 'Talvera Foods quietly cut jobs at its bakery unit in March.', company: 'Talvera Foods' },
  { text: 'Mosswood Games said on Monday it would lay off staff in its studio.', company: 'Mosswood Games' },
];

describe('[extract/precision] junk names and passing mentions', () => {
  for (const { why, text } of NO_EVENT) {
    test(why, () => {
      assert.deepEqual(companies(text), []);
    });
  }
  for (const { text, company } of UNQUANTIFIED) {
    test(`kept: ${company}`, () => {
      assert.deepEqual(companies(text), [company]);
    });
  }
});

describe('[extract/precision] headlines', () => {
  test('a photo credit line names a person, not the employer', () => {
    const text =
      'Quorvex cutting 900 jobs in global shake-up\n\nPhoto: Lena Marsh/Picture Desk via Stock Images\n\n' +
      'Quorvex said it will cut 900 jobs, about 4% of its workforce.';
    const r = extractArticle({ text, published: PUBLISHED });
    assert.deepEqual(
      r.mentions.map((m) => [m.company, m.count?.min]),
      [['Quorvex', 900]],
    );
  });

  test('a unit and its parent with the very same count are one event', () => {
    const text =
      'Brindle cuts 2,400 jobs\n\nBrindle parent Halvard Holdings said on Tuesday it will cut about 2,400 jobs worldwide.';
    const r = extractArticle({ text, published: PUBLISHED });
    assert.equal(r.mentions.length, 1);
    assert.equal(r.mentions[0]?.count?.min, 2400);
  });

  test('well-known aliases of one employer merge', () => {
    const text =
      'Google to cut 300 jobs in its ads team.\n\nAlphabet confirmed on Monday that 300 jobs will go in advertising sales.';
    assert.equal(extractArticle({ text, published: PUBLISHED }).mentions.length, 1);
  });
});

describe('[extract/precision] dates inside long sentences', () => {
  const DATED: readonly { text: string; start: string; end: string }[] = [
    {
      text: 'In a memo to staff that also discussed new products, office moves and a revised bonus scheme for the coming year, Veltrix said on Tuesday it would lay off 90 workers.',
      start: '2024-04-02',
      end: '2024-04-02',
    },
    {
      text: 'Marlow Games, which makes puzzle titles for phones and consoles in three studios, cut 1,900 roles in January this year.',
      start: '2024-01-01',
      end: '2024-01-31',
    },
  ];
  for (const { text, start, end } of DATED) {
    test(text.slice(0, 40), () => {
      const m = extractArticle({ text, published: PUBLISHED }).mentions[0];
      assert.equal(m?.date?.start, start);
      assert.equal(m?.date?.end, end);
    });
  }
});
