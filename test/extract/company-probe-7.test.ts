import { describe, test } from 'node:test';
import { type ArticleCase, checkArticle } from '../helpers/article-cases.ts';
import { describeEmployerCases, type EmployerCase } from '../helpers/employer-cases.ts';

/**
 * Who the employer is, part 7: a breadcrumb written in sentence case, the answer word of a
 * question-and-answer page, a joint news agency in a dateline, a surname that belongs to a
 * company's legal name, a trading estate where a factory stands, and a nation's adjective after a
 * company's possessive. Short articles in our own words with invented companies; cases marked
 * "guard" keep a rule from reaching too far, the others fail without their rule.
 */
const CASES: readonly EmployerCase[] = [
  // 1. A breadcrumb trail of three or more labels joined by "›" or "»" is navigation, whatever case
  //    its labels are written in.
  {
    rule: '"Home › Money › Personal savings › Mortgages": the labels are no employer',
    text: 'Home › Money › Personal savings › Mortgages\n\nLender to close 12 branches with up to 80 jobs at risk\n\nBrockfield Mutual has told staff that up to 80 roles are at risk of redundancy.',
    events: ['Brockfield Mutual'],
    never: ['Personal', 'Money', 'Home'],
  },
  {
    rule: '"Guides » Staff rights » Redundancy pay" over an article: no employer in the trail',
    text: 'Guides » Staff rights » Redundancy pay\n\nStore chain to cut 60 jobs\n\nTallis & Crane said on Monday that it would cut 60 jobs at its warehouse.',
    events: ['Tallis & Crane'],
    never: ['Redundancy', 'Staff', 'Guides'],
  },
  {
    rule: '"News > Local news > Dunford": a trail with ">" is navigation too',
    text: 'News > Local news > Dunford\n\nUp to 80 jobs at risk as 12 stores close\n\nThe retailer said on Monday that up to 80 roles were at risk.',
    never: ['Dunford', 'Local', 'News'],
  },
  {
    rule: '"Markets - Firms - Japan": one- or two-word sections joined by spaced dashes are navigation',
    text: 'Markets - Firms - Japan\n\nUp to 80 jobs at risk as 12 stores close\n\nThe retailer said on Monday that up to 80 roles were at risk.',
    never: ['Firms', 'Japan', 'Markets'],
  },
  {
    rule: '"Home / Money / Personal savings": a slash trail in sentence case is navigation',
    text: 'Home / Money / Personal savings\n\nUp to 80 jobs at risk as 12 branches close\n\nThe lender said on Monday that up to 80 roles were at risk.',
    never: ['Personal', 'Money'],
  },
  {
    rule: 'guard: "Orvane cuts jobs - Business - News": a headline with a verb keeps its company',
    text: 'Orvane cuts jobs - Business - News\n\nThe software maker said on Monday that it would cut 80 roles.',
    events: ['Orvane'],
  },
  {
    rule: 'guard: "Markets » Orvane Systems cuts 40 jobs" has one arrow and a verb: the company stays',
    text: 'Markets » Orvane Systems cuts 40 jobs in its sales team',
    events: ['Orvane Systems'],
  },
  // 2. "Yes." answering a question names no one.
  {
    rule: '"Does the employer have to notify anyone? / Yes. / About 40 staff ...": "Yes" is no employer',
    text: 'Staff handbook\n\nWhat happens to pay when job cuts are planned?\n\nDoes the employer have to notify anyone?\n\nYes.\n\nAbout 40 staff will lose their jobs at the depot.',
    never: ['Yes'],
  },
  // 3. A joint agency in a dateline's brackets is a source, even with a lower-case first part; and
  //    the page store's date stamp opens a line as a line start does ("Pump" of "Pump maker").
  {
    rule: '"HAMBURG (dpa-AFX) – Kessling Werke GmbH ... plans to cut up to 900 jobs": not the agency',
    text: 'date 2024-11-22 Pump maker to cut up to 900 jobs in valves business\n\nHAMBURG (dpa-AFX) – Kessling Werke GmbH, the largest pump maker in Europe, plans to cut up to 900 jobs in its Valves division as orders slow, the company said on Friday.',
    events: ['Kessling Werke'],
    never: ['AFX', 'Pump'],
  },
  {
    rule: '"date 2024-05-02 Valve maker to shut plant, cutting 120 jobs": a lone word after the stamp needs a subject cue',
    text: 'date 2024-05-02 Valve maker to shut plant, cutting 120 jobs\n\nHolt Valley Engineering said on Thursday that it would close its Dunford plant.',
    never: ['Valve'],
  },
  // 4. A given name and a surname followed by a legal form are a company's name; the surname alone
  //    later is that company.
  {
    rule: '"Peter Varga GmbH ... Earlier this year, Varga had cut 150 jobs": Varga is the company',
    text: 'Peter Varga GmbH makes valves in Graz. Kessling Werke said on Monday it would cut 300 jobs. Earlier this year, Varga had cut 150 jobs at its Graz plant.',
    events: ['Kessling Werke', 'Varga'],
  },
  {
    rule: 'guard: "chief executive Maria Holt said ... Holt will step down": a person stays a person',
    text: 'Corvane Labs will cut 90 jobs, chief executive Maria Holt said on Monday. Holt said the cuts would hit its sales team.',
    events: ['Corvane Labs'],
    never: ['Holt'],
  },
  // 5. A trading estate or a business park is where a factory stands, no employer.
  {
    rule: '"closing its bakery on the Moorside Industrial Estate, putting up to 140 jobs at risk"',
    text: 'Pellham Snacks has proposed closing its bakery on the Moorside Industrial Estate, putting up to 140 jobs at risk.',
    events: ['Pellham Snacks'],
    never: ['Moorside Industrial Estate'],
  },
  {
    rule: '"Tyre maker issues retrenchment notice at Kelso plant": the word before "plant" is the town',
    text: 'Tyre maker issues retrenchment notice at Kelso plant\n\nUp to 400 jobs are at risk at Vantor Rubber after the company issued a notice this week.',
    events: ['Vantor Rubber'],
    never: ['Kelso'],
  },
  {
    rule: 'guard: "300 jobs go at Kestrel’s Dunford plant": the possessive owns the plant',
    text: '300 jobs go at Kestrel’s Dunford plant as orders slump',
    events: ['Kestrel'],
  },
  {
    rule: '"the call centre at Dunmere Business Park will close with the loss of 75 jobs"',
    text: 'Vantor Insurance said its call centre at Dunmere Business Park will close with the loss of 75 jobs.',
    events: ['Vantor Insurance'],
    never: ['Dunmere Business Park'],
  },
  // 6. A kind of employer alone opening a headline ("Bank to cut ...") names no one.
  {
    rule: '"Bank to cut 80 jobs as profits slide": the headline leaves the bank unnamed',
    text: 'Bank to cut 80 jobs as profits slide\n\nHalloway Dunmore said on Monday that it would cut 80 roles.',
    events: ['Halloway Dunmore'],
    never: ['Bank'],
  },
  {
    rule: '"Charity axes 20 posts after grant ends": no employer called "Charity"',
    text: 'Charity axes 20 posts after grant ends\n\nBrightpath Youth Trust said the posts would go by June.',
    never: ['Charity'],
  },
  {
    rule: 'guard: "Bank of Corwen to cut 80 jobs": a name that opens with the kind stays whole',
    text: 'Bank of Corwen to cut 80 jobs',
    events: ['Bank of Corwen'],
  },
];

describeEmployerCases('[extract/company] probe rules for the employer, part 7', CASES, '2025-03-04');

/** Whole-article cases: units, figures that are no layoffs, explainers and research estimates. */
const ARTICLES: readonly ArticleCase[] = [
  // 6. "Korvath Steel's German arm": a nation's adjective names no unit.
  {
    name: '"Korvath Steel\'s German arm said it would cut about 600 jobs": unit null',
    text: 'Korvath Steel’s German arm said in May that it would cut about 600 jobs at its Essen works.',
    published: '2024-07-10',
    events: [{ company: 'Korvath Steel', unit: null, min: 600, max: 600 }],
  },
  {
    name: 'guard: "Halcyon Media\'s Brightwave studio let go of 150": the named unit stays',
    text: 'Halcyon Media’s Brightwave cut 150 jobs on Monday.',
    published: '2024-07-10',
    events: [{ company: 'Halcyon Media', unit: 'Brightwave', min: 150 }],
  },
  // 4b. The surname of a company's legal name, alone later, is that company (see part 4 above).
  {
    name: 'guard: "Anton Varga GmbH ... Varga had already cut 150 jobs": both cuts are the company’s',
    text: 'Anton Varga GmbH, the Austrian valve maker, will cut 400 jobs, the company said on Tuesday.\n\nEarlier this year, Varga had already announced plans to cut 150 jobs at its Graz plant.',
    published: '2024-07-10',
    events: [
      { company: 'Anton Varga', min: 400 },
      { company: 'Anton Varga', min: 150 },
    ],
  },
  // 7. People who took a voluntary buyout were not laid off.
  {
    name: '"120 workers accepted a voluntary buyout offer" beside a layoff: only the layoff',
    text: 'Dallow County Council will lay off 300 workers, it said on Monday. Along with the layoffs, 120 workers accepted a voluntary buyout offer in recent weeks, and the council dismissed 25 temporary staff last month.',
    published: '2024-07-10',
    events: [
      { company: 'Dallow County Council', min: 300 },
      { company: 'Dallow County Council', min: 25 },
    ],
    exact: true,
  },
  {
    name: '"about 90 employees have taken buyouts" beside a cut of 200: only the cut',
    text: 'Brennan Freight said on Tuesday it would cut 200 jobs; about 90 employees have taken buyouts since January.',
    published: '2024-07-10',
    events: [{ company: 'Brennan Freight', min: 200 }],
    exact: true,
  },
  // 8. A case the rules cover, told with an indefinite employer or as a question, is no cut.
  {
    name: '"If an employer proposes 20 to 99 redundancies ...": the law, not a cut of the company in focus',
    text: 'Brennock Foods cut 200 jobs at its Leeds bakery last year. If an employer proposes 20 to 99 redundancies at one site, consultation must start 30 days before the first dismissal. What if fewer than 20 people are affected?',
    published: '2024-07-10',
    events: [{ company: 'Brennock Foods', min: 200 }],
    exact: true,
  },
  // 9. A research body's estimate of jobs lost across a trade is a statistic, not its own cut.
  {
    name: '"The Institute for High Street Studies estimates that nearly 90,000 shop jobs were lost in 2023"',
    text: 'The Institute for High Street Studies estimates that nearly 90,000 shop jobs were lost in 2023, as chains such as Bellmore and Tilly Toys closed their doors.',
    published: '2024-01-10',
    absent: ['Institute for High Street Studies', 'Bellmore', 'Tilly Toys'],
    aggregates: 1,
    aggregateSources: ['Institute for High Street Studies'],
  },
  {
    name: '"The Retail Research Centre found that about 4,500 store jobs had been cut this year"',
    text: 'The Retail Research Centre found that about 4,500 store jobs had been cut this year across the region.',
    published: '2024-07-10',
    absent: ['Retail Research Centre'],
    aggregates: 1,
  },
  {
    name: '"Figures from the Innkeepers Association show 12,000 pub jobs were lost last year"',
    text: 'Figures from the Innkeepers Association show 12,000 pub jobs were lost last year as Corlett Inns and others shut sites.',
    published: '2024-07-10',
    absent: ['Innkeepers Association', 'Corlett Inns'],
    aggregates: 1,
    aggregateSources: ['Innkeepers Association'],
  },
  {
    name: 'guard: "The Kestrel Institute said 40 jobs were cut at its lab": the body’s own cut',
    text: 'The Kestrel Institute said 40 jobs were cut at its lab in Dunford.',
    published: '2024-07-10',
    events: [{ company: 'Kestrel Institute', min: 40 }],
    aggregates: 0,
  },
  {
    name: 'guard: "Dunford City Council said 300 jobs were cut last year": a council employs',
    text: 'Dunford City Council said 300 jobs were cut last year.',
    published: '2024-07-10',
    events: [{ company: 'Dunford City Council', min: 300 }],
    aggregates: 0,
  },
  {
    name: 'guard: "Ravenna Foods estimates that 300 jobs will be cut at its plant": the company’s own cut',
    text: 'Ravenna Foods estimates that 300 jobs will be cut at its Dunford plant when the line closes.',
    published: '2024-07-10',
    events: [{ company: 'Ravenna Foods', min: 300 }],
    aggregates: 0,
  },
];

describe('[extract/company] probe rules for the employer, part 7: whole articles', () => {
  for (const c of ARTICLES) test(c.name, () => checkArticle(c));
});
