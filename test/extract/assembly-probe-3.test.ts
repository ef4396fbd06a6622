import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Status } from '../../src/domain/mention.ts';
import { statusOf } from '../../src/extract/status.ts';
import { type ArticleCase as Case, checkArticle as check } from '../helpers/article-cases.ts';

/**
 * Assembly, focus, date and status rules found by probe corpora 5–11 (third round): each case is a short article in
 * our own words (invented companies) and what the extractor must make of it.
 */
const DATES: readonly Case[] = [
  {
    name: 'the year a studio was bought is its history, not the date of the closure',
    text: [
      'Harbourline Games closes Fenmoor Studio',
      '',
      'Harbourline Games is cutting all 60 jobs at Fenmoor, the Leeds studio it acquired in 2019, the company confirmed on Monday.',
      '',
      'The closure follows a round in which Harbourline laid off about 5% of its staff in January.',
    ].join('\n'),
    published: '2024-05-08',
    events: [
      { company: 'Harbourline Games', min: 60, start: '2024-05-06', end: '2024-05-06', primary: true },
    ],
  },
  {
    name: 'staff briefed "yesterday afternoon" in the next sentence date the lead',
    text: [
      'Dunvale Foods to shed 70 jobs',
      '',
      'Dunvale Foods has told workers that seventy of them will lose their jobs at its Carrow bakery.',
      '',
      'Staff were briefed at two meetings yesterday afternoon.',
    ].join('\n'),
    published: '2025-06-12',
    events: [{ company: 'Dunvale Foods', min: 70, start: '2025-06-11', end: '2025-06-11', primary: true }],
  },
  {
    name: '"in six months" right after the jobs is a length of time, not a day ahead',
    text: 'Corvel Air shed about 4,000 jobs in six months as bookings collapsed, the airline said.',
    published: '2024-04-03',
    events: [{ company: 'Corvel Air', min: 4000, start: '2024-04-03', end: '2024-04-03' }],
  },
  {
    name: '"in two years" after the roles of a planned cut is a horizon, not a day',
    text: 'Corvel Air will cut 600 roles in two years, the airline said.',
    published: '2024-04-03',
    events: [{ company: 'Corvel Air', min: 600, start: '2024-04-03', end: '2024-04-03' }],
  },
  {
    name: 'the announcement day a few sentences past a lead pushed down by bylines dates a cut still ahead',
    text: [
      'date 2025-03-12',
      '',
      'Home > News > Business',
      '',
      'Carrow mill to close with about 300 jobs at risk',
      '',
      'By Ines Palmer',
      '',
      'Business reporter',
      '',
      'Updated 12 March 2025, 3:10pm',
      '',
      'Share this article: Email | Print',
      '',
      "Tolland Paper's mill in Carrow is set to close next year, putting about 300 jobs at risk.",
      '',
      'Tolland Paper said on Monday it was proposing to move production to its plant in Wexford.',
    ].join('\n'),
    published: '2025-03-12',
    events: [{ company: 'Tolland Paper', min: 300, start: '2025-03-10', end: '2025-03-10', primary: true }],
  },
  {
    name: 'the vote that decided the cut dates notices that go out after publication',
    text: [
      'Harwick Foods to lay off 22 bakery staff',
      '',
      'Harwick Foods will send layoff notices to 22 bakery staff on Monday, the plant manager said.',
      '',
      'The Harwick Foods board voted 4-1 on Tuesday night to adopt a plan that eliminates their posts.',
    ].join('\n'),
    published: '2025-01-16',
    events: [{ company: 'Harwick Foods', min: 22, start: '2025-01-14', end: '2025-01-14', primary: true }],
  },
];

describe('[extract] dates of matched events (3)', () => {
  for (const c of DATES) test(c.name, () => check(c));
});

const SHARES: readonly Case[] = [
  {
    name: 'an earlier round told as a share takes a workforce stated in the present when the main event is a head count',
    text: [
      'Tarnwell Media shuts its podcast arm',
      '',
      'Tarnwell Media is closing its podcast arm and laying off all 45 people there, the company said on Tuesday.',
      '',
      'The closure comes three months after Tarnwell cut about 10% of its staff in February. The group has about 3,000 employees.',
    ].join('\n'),
    published: '2024-05-15',
    events: [
      { company: 'Tarnwell Media', min: 45, primary: true },
      { company: 'Tarnwell', min: 300, max: 300, primary: false },
    ],
  },
  {
    name: 'a workforce told in the past is not the base of an earlier round',
    text: [
      'Tarnwell Media shuts its podcast arm',
      '',
      'Tarnwell Media is closing its podcast arm and laying off all 45 people there, the company said on Tuesday.',
      '',
      'The group had about 3,000 employees at the end of 2022. Tarnwell cut about 10% of its staff last February.',
    ].join('\n'),
    published: '2024-05-15',
    events: [
      { company: 'Tarnwell Media', min: 45, primary: true },
      { company: 'Tarnwell', min: null, max: null, primary: false },
    ],
  },
  {
    name: 'a workforce stated under the short form of the name is the base of the share',
    text: [
      'Brenlow Textiles to cut 5% of staff',
      '',
      'Brenlow Textiles said on Monday it would cut 5% of its workforce as orders slump.',
      '',
      'The job cuts come as Brenlow, which employs about 2,400 people at four mills, faces weaker demand.',
    ].join('\n'),
    published: '2024-10-16',
    events: [{ company: 'Brenlow Textiles', min: 120, max: 120, primary: true }],
  },
  {
    name: 'a name far after a workforce does not own it',
    text: [
      'Ostrava Systems to cut 8% of workforce',
      '',
      'Ostrava Systems said on Wednesday it would cut 8% of its global workforce.',
      '',
      'Ostrava employed about 12,000 people as of March, according to its latest annual report, a figure that leaves out staff who joined with its purchase of the analytics firm Kettlewell.',
    ].join('\n'),
    published: '2024-08-15',
    events: [{ company: 'Ostrava Systems', min: 960, max: 960, primary: true }],
  },
];

describe('[extract] shares of a stated workforce (3)', () => {
  for (const c of SHARES) test(c.name, () => check(c));
});

const MERGES: readonly Case[] = [
  {
    name: 'a share told alone in the headline is the same cut as that share told with its count',
    text: [
      'Quillon trims 6% of staff',
      '',
      'Regional haulier Quillon Freight has cut 6 per cent of its workforce of about 3,500 this week, the company confirmed.',
    ].join('\n'),
    published: '2024-09-12',
    exact: true,
    events: [{ company: 'Quillon Freight', min: 210, max: 210, primary: true }],
  },
  {
    name: 'an unquantified cut months earlier stays beside the quantified one',
    text: [
      'Marrowfield sheds 12% of staff',
      '',
      'Software maker Marrowfield is laying off 12% of its roughly 2,000 employees, the company said on Thursday.',
      '',
      'The company also cut staff in May, when it closed its training arm.',
    ].join('\n'),
    published: '2025-01-17',
    exact: true,
    events: [
      { company: 'Marrowfield', min: 240, primary: true },
      { company: 'Marrowfield', min: null, start: '2024-05-01', primary: false },
    ],
  },
  {
    name: "a hedge only the headline makes gives way to the body's exact figure",
    text: [
      'Up to 240 jobs to go at Kelburn Dairies',
      '',
      'Two hundred and forty jobs will go at Kelburn Dairies in Ennis, the company told staff on Monday.',
    ].join('\n'),
    published: '2025-02-12',
    exact: true,
    events: [{ company: 'Kelburn Dairies', min: 240, max: 240, primary: true }],
  },
  {
    name: 'a hedge the body adds to the headline figure stays',
    text: [
      'Kelburn Dairies to cut 240 jobs',
      '',
      'Kelburn Dairies will cut up to 240 jobs in Ennis, the company told staff on Monday.',
    ].join('\n'),
    published: '2025-02-12',
    exact: true,
    events: [{ company: 'Kelburn Dairies', min: null, max: 240, primary: true }],
  },
  {
    name: 'the distinctive last word of a name is that employer in the headline',
    text: [
      'Vantor to cut up to 900 jobs worldwide',
      '',
      'Royal Meridian Vantor will cut between 700 and 900 jobs as part of a cost review, the company said on Wednesday.',
    ].join('\n'),
    published: '2024-06-13',
    exact: true,
    events: [{ company: 'Royal Meridian Vantor', min: 700, max: 900, primary: true }],
  },
];

describe('[extract] tellings of one cut merged (3)', () => {
  for (const c of MERGES) test(c.name, () => check(c));
});

const FOCUS: readonly Case[] = [
  {
    name: 'a plural of employers as the subject is not the company in focus',
    text: [
      'Tannery lays off 300',
      '',
      'Ostler Leather, a tannery in Kanpur, has laid off 300 workers, its owner said on Monday.',
      '',
      'Leather factories have shed thousands of workers since January, according to a traders group.',
    ].join('\n'),
    published: '2024-05-08',
    exact: true,
    events: [{ company: 'Ostler Leather', min: 300, primary: true }],
  },
  {
    name: "a cut at the company's own factories stays the company's",
    text: [
      'Ostler Leather cuts 300 jobs',
      '',
      'Ostler Leather said on Monday it will cut 300 jobs.',
      '',
      'Its two factories have already let go of 120 workers this year.',
    ].join('\n'),
    published: '2024-05-08',
    events: [
      { company: 'Ostler Leather', min: 300, primary: true },
      { company: 'Ostler Leather', min: 120 },
    ],
  },
  {
    name: 'a tally "at these chains" is not the last-named chain\'s cut',
    text: [
      'Cafe chains shed staff',
      '',
      'Pelton Pizza said on Monday it would close 40 cafes, cutting 600 jobs.',
      '',
      'More than 3,000 people have lost their jobs at these chains since the start of May.',
    ].join('\n'),
    published: '2024-09-11',
    exact: true,
    events: [{ company: 'Pelton Pizza', min: 600, primary: true }],
  },
];

describe('[extract] focus and generic subjects (3)', () => {
  for (const c of FOCUS) test(c.name, () => check(c));
});

/** How a clause frames a cut (corpus status conventions). */
const STATUSES: readonly (readonly [string, Status])[] = [
  ['Halder Aero will cut 2,000 jobs in France, spread over several years.', 'planned'],
  ['Halder Aero will cut 800 jobs in Lyon, the company said on Monday.', 'announced'],
  [
    'Halder Aero said on Friday it plans to reduce its workforce by about 8% in the coming months.',
    'planned',
  ],
  ['The board voted to send preliminary layoff notices to 64 teachers.', 'planned'],
  ['Up to 300 jobs to go at Orlen Freight', 'planned'],
  ['About 150 jobs are at risk at the Orlen Freight depot.', 'planned'],
  ['Ferrow Mills will cut 120 jobs, the GMB union said.', 'rumored'],
  ['Ferrow Mills will cut 120 jobs, according to the Unite union.', 'rumored'],
  ['Ferrow Mills confirmed it will cut 120 jobs, the GMB union said.', 'announced'],
  ['Orlen Freight let go of 40 engineers this week, former employees said.', 'rumored'],
  ['Quick-delivery app Brisko laid off 70 riders, three people aware of the matter said.', 'rumored'],
  ['Orlen Freight let go of about 90 drivers in March.', 'completed'],
  ['Orlen Freight trimmed 5% of its staff on Monday.', 'completed'],
  ['Orlen Freight to cut 300 jobs in Poland', 'announced'],
  ['Orlen Freight will cut 300 jobs in March.', 'announced'],
];

describe('[extract] status of a clause (3)', () => {
  for (const [clause, status] of STATUSES) test(clause, () => assert.equal(statusOf(clause), status));
});

const MERGED_STATUS: readonly Case[] = [
  {
    name: 'a headline\'s plain "to cut" takes the frame the lead gives the same cut',
    text: [
      'Halder Aero to cut about 900 jobs',
      '',
      'Halder Aero said on Friday it plans to reduce its workforce by about 900 jobs in the coming months.',
    ].join('\n'),
    published: '2024-10-12',
    exact: true,
    events: [{ company: 'Halder Aero', min: 900, status: 'planned', primary: true }],
  },
];

describe('[extract] status of a cut told twice (3)', () => {
  for (const c of MERGED_STATUS) test(c.name, () => check(c));
});
