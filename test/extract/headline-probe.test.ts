import { describeEmployerCases, type EmployerCase } from '../helpers/employer-cases.ts';

/**
 * Title-case headlines (found by probe corpus 21): every word of such a headline is capitalised,
 * so its verbs, its places and its descriptions look like names. A run of capitalised words there
 * names an employer only when the body writes it again. Short articles in our own words with
 * invented employers; cases marked "guard" keep the rule from reaching too far, the others fail
 * without it.
 */
const CASES: readonly EmployerCase[] = [
  {
    rule: '"Ferry Operator Proposes Scrapping 60 Deckhand Jobs": the headline\'s verbs are no employer',
    text: [
      'Harbour Times',
      '',
      'Ferry Operator Proposes Scrapping 60 Deckhand Jobs',
      '',
      'By Ann Keel',
      '',
      "Tamsin Bay Ferries' board heard on Monday that the operator could cut as many as 60 deckhand jobs if two crossings are dropped next year, a spokesman said.",
      '',
      'The plan is meant to close a gap left by lower fares and the end of a council subsidy, the board was told.',
    ].join('\n'),
    events: ['Tamsin Bay Ferries'],
    never: ['Ferry Operator Proposes Scrapping', 'Operator Proposes Scrapping'],
  },
  {
    rule: '"Care Home Group To Shut Three Dunmere Homes, 90 Jobs To Go": a place and a common noun are no employer',
    text: [
      'Dunmere Echo',
      '',
      'Care Home Group To Shut Three Dunmere Homes, 90 Jobs To Go',
      '',
      'Residents of three care homes in Dunmere Vale have been told to find new places by the spring.',
      '',
      'Ashgrove Living, the not-for-profit group that runs them, said on Tuesday it would close the homes and lay off 90 staff because it could not afford to rebuild them.',
    ].join('\n'),
    events: ['Ashgrove Living'],
    never: ['Dunmere Homes', 'Three Dunmere Homes'],
  },
  {
    rule: '"Quarry Firm To Axe 45 Roles To Cover £2m Loss": a description and a verb after "To" are no employer',
    text: [
      'Fellside Post',
      '',
      'Quarry Firm To Axe 45 Roles To Cover £2m Loss',
      '',
      'By Tom Hale',
      '',
      'Brackenrigg Stone told staff on Thursday that up to 45 roles will go at its two pits, as it tries to cover a £2 million loss from a wet year in which it could not work for weeks.',
      '',
      'A consultation with the workers begins next month, the firm said.',
    ].join('\n'),
    events: ['Brackenrigg Stone'],
    never: ['Quarry Firm', 'Cover', 'Loss'],
  },
  {
    rule: '"Job Cuts Around The Dales In May: A Mill And Four Nurses": the region is no employer',
    text: [
      'Job Cuts Around The Dales In May: A Mill And Four Nurses',
      '',
      'Here is our monthly list of the job cuts announced by employers in our region.',
      '',
      'Harrowgate Mills said on May 12 it would lay off 120 workers when it shuts its spinning shed. Dales Family Health let go of four nurses last week.',
    ].join('\n'),
    events: ['Harrowgate Mills'],
    never: ['Dales'],
  },
  {
    rule: "guard: a title-case headline's name that the body writes again stays the employer",
    text: [
      'Orvane Labs Cuts 120 Jobs As Orders Slow',
      '',
      'Orvane Labs said on Tuesday it would lay off 120 employees, about a tenth of its staff, after two large customers put orders on hold, in a move the company called painful but necessary.',
    ].join('\n'),
    events: ['Orvane Labs'],
  },
  {
    rule: 'guard: a shorter form of the headline\'s name in the body keeps it ("Orvane" for "Orvane Labs")',
    text: [
      'Orvane Labs To Cut 120 Jobs',
      '',
      'Orvane said on Tuesday it would lay off 120 employees, about a tenth of its staff, after two large customers put orders on hold, in a move its chief executive called painful but necessary for the firm.',
    ].join('\n'),
    events: ['Orvane Labs'],
  },
  {
    rule: 'guard: a headline alone (no body) is not judged',
    text: 'Orvane Labs Cuts 120 Jobs As Orders Slow',
    events: ['Orvane Labs'],
  },
  {
    rule: "guard: a list's headings name the employers of their paragraphs",
    text: [
      'Layoffs this week: Quellmoor Health, Tarnby Robotics and more',
      '',
      'Quellmoor Health',
      'The clinic chain laid off 40 people on Monday, its founder said in a post.',
      '',
      'Tarnby Robotics',
      'The warehouse robot maker cut 30 jobs on Tuesday, according to a memo.',
    ].join('\n'),
    events: ['Quellmoor Health', 'Tarnby Robotics'],
  },
];

describeEmployerCases('[extract/headline] title-case headlines, probe 21', CASES, '2025-03-05');
