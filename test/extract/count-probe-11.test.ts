import { describe, test } from 'node:test';
import { type ArticleCase as Case, checkArticle as check } from '../helpers/article-cases.ts';

/**
 * Counts and breakdowns found by probe corpus 22 (eleventh round): each case is a short article in
 * our own words (invented employers) and what the extractor must make of it.
 */
const BREAKDOWNS: readonly Case[] = [
  {
    name: 'a part of the cuts "at the company\'s <City> headquarters" is a split by place',
    text: [
      'Brindle, the recipe app, is cutting about 260 jobs, the company said on Monday.',
      '',
      "A state filing shows that 95 of the cuts are at the company's Denver headquarters, effective May 2.",
    ].join('\n'),
    published: '2025-03-12',
    events: [{ company: 'Brindle', min: 260, max: 260 }],
    exact: true,
  },
  {
    name: 'a part of the cuts that "will fall at its <kind> plant in <Town>" is a split by place',
    text: [
      'Harlow Axles plans to eliminate 2,100 jobs by 2027, the company said on Wednesday.',
      '',
      'About 900 of the cuts will fall at its gearbox plant in Tarrow, which will drop its night shift.',
    ].join('\n'),
    published: '2025-03-12',
    events: [{ company: 'Harlow Axles', min: 2100, max: 2100 }],
    exact: true,
  },
  {
    name: '"with 40 of the roles in Wales", no verb, is a split by place',
    text: [
      'Quillon Press plans to cut 130 newsroom roles, staff were told on Tuesday, with 40 of the roles in Wales.',
    ].join('\n'),
    published: '2025-03-12',
    events: [{ company: 'Quillon Press', min: 130, max: 130 }],
    exact: true,
  },
  {
    name: '"The cuts include 60 roles in Malaysia, 30 in Thailand" splits the cut by country',
    text: [
      'Kestra Mobility will cut about 180 jobs, the company said on Monday.',
      '',
      'The cuts include 60 roles in Malaysia, 30 in Thailand and 25 in Vietnam.',
    ].join('\n'),
    published: '2025-03-12',
    events: [{ company: 'Kestra Mobility', min: 180, max: 180 }],
    exact: true,
  },
  {
    name: 'guard: "will cut 300 of the jobs in Ohio" after the verb is the cut itself',
    text: 'Dunmore Paper will cut 300 of the jobs in Ohio when it shuts the mill, the company said.',
    events: [{ company: 'Dunmore Paper', min: 300, max: 300 }],
    exact: true,
  },
  {
    name: 'guard: a part of the cuts by team ("are in its sales teams") stays a count',
    text: [
      'Brindle is cutting about 260 jobs, the company said on Monday.',
      '',
      'About 120 of the cuts are in its sales teams.',
    ].join('\n'),
    published: '2025-03-12',
    events: [
      { company: 'Brindle', min: 260, max: 260 },
      { company: 'Brindle', min: 120, max: 120 },
    ],
  },
];

describe('count probe 11: breakdowns by place', () => {
  for (const c of BREAKDOWNS) test(c.name, () => check(c));
});

const PARTS: readonly Case[] = [
  {
    name: '"About 300 of those leaving are from its audit practice" is a part of the cut, its own row',
    text: [
      'Harwick Advisory has confirmed it is laying off 1,100 people in the United States, the firm said on Monday.',
      '',
      'About 300 of those leaving are from its audit practice, according to a person briefed on the numbers.',
    ].join('\n'),
    published: '2025-03-12',
    events: [
      { company: 'Harwick Advisory', min: 1100, max: 1100 },
      { company: 'Harwick Advisory', min: 300, max: 300, percent: null },
    ],
    exact: true,
  },
  {
    name: '"about 400 of the jobs are cabin crew" is a part of the cut told by its work',
    text: [
      'Skyhollow Air is to cut 700 jobs and close its Leeds base this winter, the airline said.',
      '',
      'The carrier says about 400 of the jobs are cabin crew and pilots, with the rest in engineering.',
    ].join('\n'),
    published: '2025-03-12',
    events: [
      { company: 'Skyhollow Air', min: 700, max: 700 },
      { company: 'Skyhollow Air', min: 400, max: 400 },
    ],
    exact: true,
  },
  {
    name: 'guard: "300 of the jobs are in Leeds" is a split by place, no row of its own',
    text: [
      'Skyhollow Air is to cut 700 jobs, the airline said on Monday.',
      '',
      'The carrier says 300 of the jobs are in Leeds.',
    ].join('\n'),
    published: '2025-03-12',
    events: [{ company: 'Skyhollow Air', min: 700, max: 700 }],
    exact: true,
  },
  {
    name: '"showed the door to 900 consultants" is a cut',
    text: 'Rival Brackenfield Partners showed the door to 900 consultants in January.',
    published: '2025-03-12',
    events: [{ company: 'Brackenfield Partners', min: 900, max: 900, start: '2025-01-01' }],
    exact: true,
  },
];

describe('count probe 11: parts of the cut and idioms', () => {
  for (const c of PARTS) test(c.name, () => check(c));
});
