import { describe, test } from 'node:test';
import { type ArticleCase as Case, checkArticle as check } from '../helpers/article-cases.ts';

/**
 * Counts told in explainers and in words, found by probe corpus 24: each case is a short article in
 * our own words (invented companies) and what the extractor must make of it.
 */
const ANSWERS: readonly Case[] = [
  {
    name: 'an explainer answer that opens with the figure its question asked for is the cut',
    text: [
      'Tarnwell Foods job cuts explained',
      '',
      'Tarnwell Foods told workers on Tuesday that it is cutting jobs at its snack plants.',
      '',
      'How many jobs are going?',
      'Roughly 420, according to a letter sent to staff.',
      '',
      'When?',
      'By the end of the summer.',
    ].join('\n'),
    published: '2025-05-08',
    events: [{ company: 'Tarnwell Foods', min: 420, max: 420, start: '2025-05-06' }],
    exact: true,
  },
  {
    name: 'a bare figure answering "how many people will be affected?" is the cut too',
    text: [
      'Questions and answers: the Oxley Trust restructuring',
      '',
      'How many people will be affected?',
      '85. The Oxley Trust says most of them work in fundraising.',
    ].join('\n'),
    published: '2025-05-08',
    events: [{ company: 'Oxley Trust', min: 85, max: 85 }],
  },
  {
    name: 'guard: a figure answering a question about something else is no cut',
    text: [
      'Tarnwell Foods opens a new plant',
      '',
      'How many jobs will the new plant create?',
      'About 300, the company says.',
    ].join('\n'),
    published: '2025-05-08',
    events: [],
    exact: true,
  },
];

describe('count probe 13: answers to "how many"', () => {
  for (const c of ANSWERS) test(c.name, () => check(c));
});

const GROUPS_WITHIN: readonly Case[] = [
  {
    name: '"Among them are a dozen designers" after a cut is a group within it, dated like it',
    text: 'Halloway Ceramics will cut 180 jobs, the company told staff on Tuesday. Among them are a dozen designers in its glaze studio.',
    published: '2025-03-06',
    events: [
      { company: 'Halloway Ceramics', min: 180, max: 180, start: '2025-03-04' },
      { company: 'Halloway Ceramics', min: 12, max: 12, start: '2025-03-04' },
    ],
    exact: true,
  },
  {
    name: '"Among those affected were 40 drivers" is a group within the cut too',
    text: 'Brisco Haulage laid off 150 workers on Friday. Among those affected were 40 drivers at its Leith depot.',
    published: '2025-03-10',
    events: [
      { company: 'Brisco Haulage', min: 150, max: 150 },
      { company: 'Brisco Haulage', min: 40, max: 40 },
    ],
    exact: true,
  },
];

describe('count probe 13: groups within a cut', () => {
  for (const c of GROUPS_WITHIN) test(c.name, () => check(c));
});
