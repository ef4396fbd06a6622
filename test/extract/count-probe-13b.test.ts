import { describe, test } from 'node:test';
import { type ArticleCase as Case, checkArticle as check } from '../helpers/article-cases.ts';

/**
 * Cuts, parts of cuts and false events found by probe corpus 21 (local and public-sector news):
 * each case is a short article in our own words (invented employers) and what the extractor must
 * make of it.
 */
const TRIGGERS: readonly Case[] = [
  {
    name: 'jobs that "could disappear at" an employer are a cut',
    text: 'Up to 80 warehouse jobs could disappear at Fenwick Provisions over the next year, the union said.',
    events: [{ company: 'Fenwick Provisions', min: null, max: 80 }],
    exact: true,
  },
  {
    name: 'posts that "vanished from" an employer are a cut',
    text: 'About 45 clerical posts vanished from Arnholt Borough Council last spring.',
    events: [{ company: 'Arnholt Borough Council', min: 45, max: 45 }],
    exact: true,
  },
  {
    name: 'roles "to disappear" in a forecast with no employer are no cut',
    text: 'The Marlow Institute expects 40 million roles to disappear by 2035 as offices automate.',
    exact: true,
  },
  {
    name: '"cut 40 of its 200 jobs" is a cut of 40 (200 is what it was cut from)',
    text: 'Brill Cabinets cut 40 of its 200 jobs on Monday.',
    published: '2025-03-05',
    events: [{ company: 'Brill Cabinets', min: 40, max: 40, start: '2025-03-03' }],
    exact: true,
  },
];

const PARTS: readonly Case[] = [
  {
    name: '"the cuts, which include 18 staff nurses" is a part of the cut, dated like it',
    text: [
      'Harlow Vale Hospital will lay off 64 employees, its board said on Tuesday.',
      'Harlow Vale Hospital said the cuts, which include 18 staff nurses, would save $3 million a year.',
    ].join(' '),
    published: '2025-04-10',
    events: [
      { company: 'Harlow Vale Hospital', min: 64, max: 64, start: '2025-04-08', primary: true },
      { company: 'Harlow Vale Hospital', min: 18, max: 18, start: '2025-04-08', primary: false },
    ],
    exact: true,
  },
  {
    name: '"about 60 of them" after "those affected" is a part of the cut',
    text: [
      'Brackwell Foods Sdn Bhd retrenched 150 workers at its Ipoh bakery on Friday.',
      'Brackwell Foods said most of those affected worked nights, and about 60 of them are contract staff.',
    ].join(' '),
    published: '2025-06-10',
    events: [
      { company: 'Brackwell Foods', min: 150, max: 150, primary: true },
      { company: 'Brackwell Foods', min: 60, max: 60, primary: false },
    ],
    exact: true,
  },
  {
    name: '"two of them said" with no people of the cut before is no part',
    text: [
      'Brackwell Foods Sdn Bhd retrenched 150 workers at its Ipoh bakery on Friday.',
      'Brackwell Foods drivers met reporters, and two of them said they had not been paid.',
    ].join(' '),
    published: '2025-06-10',
    events: [{ company: 'Brackwell Foods', min: 150, max: 150 }],
    exact: true,
  },
  {
    name: 'a desk that "lost five of its nine jobs" after "the cuts" is a part of the cut',
    text: [
      'Dunmore Radio eliminated 12 positions on Monday.',
      'Dunmore Radio said the cuts fell hardest on its sports desk, which lost five of its nine jobs.',
    ].join(' '),
    published: '2025-08-13',
    events: [
      { company: 'Dunmore Radio', min: 12, max: 12, start: '2025-08-11', primary: true },
      { company: 'Dunmore Radio', min: 5, max: 5, start: '2025-08-11', primary: false },
    ],
    exact: true,
  },
];

const NO_CUT: readonly Case[] = [
  {
    name: 'an employer that "rejected a newspaper report" of layoffs cuts nothing',
    text: 'Orlan Chemicals on Tuesday rejected a newspaper report that it would lay off 900 workers at its Tarrow plant.',
    published: '2025-05-08',
    exact: true,
  },
  {
    name: 'an employer that "would not need to retrench any" of its staff cuts nothing',
    text: 'Kestrel Air said the talks with its pilots and two other staff unions meant it would not need to retrench any of its 900 staff.',
    exact: true,
  },
  {
    name: 'a figure the employer "would not need to retrench" is no cut',
    text: 'Kestrel Air said the new routes meant it would not need to retrench 300 cabin crew after all.',
    exact: true,
  },
  {
    name: 'the words after a union\'s "Union of" finish the union\'s name, no employer',
    text: 'Kestrel Air has reached a deal with its crews. After talks with the National Union of Cabin Crew Selandia, the carrier will cut 40 jobs.',
    published: '2025-05-08',
    absent: ['Cabin Crew Selandia'],
  },
];

describe('[extract/count-probe-13b] jobs that disappear at an employer, and a cut of N of its M', () => {
  for (const c of TRIGGERS) test(c.name, () => check(c));
});
describe('[extract/count-probe-13b] parts of a cut told before', () => {
  for (const c of PARTS) test(c.name, () => check(c));
});
describe('[extract/count-probe-13b] a denied report, a cut not needed, a union name', () => {
  for (const c of NO_CUT) test(c.name, () => check(c));
});
