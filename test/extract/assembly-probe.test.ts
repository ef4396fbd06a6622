import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractArticle } from '../../src/extract/extractor.ts';
import { type ArticleCase as Case, checkArticle as check } from '../helpers/article-cases.ts';

/**
 * Assembly, merging and date rules found by probe corpora 5 and 6: each case is a short article
 * in our own words (invented companies) and what the extractor must make of it.
 */
const LISTS: readonly Case[] = [
  {
    name: 'a list of three employers that "have also cut staff" gives no event to its last name',
    text: [
      'Quillfeather lays off 120 in design team',
      '',
      'Quillfeather laid off 120 employees on Monday, the company said.',
      '',
      'Brisklane, Talloway and Ombrix have also reduced headcount this month as software makers look for savings.',
    ].join('\n'),
    published: '2025-03-05',
    events: [{ company: 'Quillfeather', min: 120, primary: true }],
    exact: true,
  },
  {
    name: 'a list led by a trade noun ("peers A, B and C") with a lower-case brand is still a list',
    text: [
      'Lernhaus to cut 300 jobs',
      '',
      'Tutoring app Lernhaus will cut 300 jobs, it said on Tuesday. Tutoring peers Studiva, Mentorly and eduKite trimmed staff over the past year.',
    ].join('\n'),
    published: '2025-03-05',
    absent: ['eduKite', 'Mentorly', 'Studiva'],
  },
  {
    name: "a collective figure after a list is neither the last name's nor the focus company's",
    text: [
      'Vantorra promises no job cuts',
      '',
      'Vantorra, a payments firm, said on Monday it would not cut jobs this year. The promise comes after Glimmer, Orbex and Nuvola together shed tens of thousands of workers in recent months.',
    ].join('\n'),
    published: '2025-03-05',
    events: [],
    exact: true,
  },
  {
    name: 'names that each cut their own figure are each an event ("A cut 90, B 40")',
    text: 'Harlen Tools cut 90 jobs on Monday, Brisco laid off 40 workers and Mallow Foods shed 25 roles.',
    published: '2025-03-05',
    events: [
      { company: 'Harlen Tools', min: 90 },
      { company: 'Mallow Foods', min: 25 },
    ],
  },
];

describe('[extract] bare lists of employers', () => {
  for (const c of LISTS) test(c.name, () => check(c));
});

const RETELLINGS: readonly Case[] = [
  {
    name: "a headline share given as a fraction word and the body's hedged per cent are one event",
    text: [
      'Lumora to axe nearly a quarter of staff',
      '',
      'Lumora is to cut roughly 22 per cent of its workforce, about 180 roles, the company said on Tuesday.',
    ].join('\n'),
    published: '2025-03-05',
    events: [{ company: 'Lumora', min: 180, percent: 22, start: '2025-03-04', primary: true }],
    exact: true,
  },
  {
    name: 'two different exact shares of one company stay two rounds',
    text: [
      'Lumora cuts 12% of staff',
      '',
      'Lumora will cut 12% of its staff, the company said on Tuesday. It cut 10% of its staff in 2023.',
    ].join('\n'),
    published: '2025-03-05',
    events: [
      { company: 'Lumora', percent: 12, primary: true },
      { company: 'Lumora', percent: 10, primary: false },
    ],
    exact: true,
  },
  {
    name: "a rival's cut is never the focus company's, even when the rival's name is not recognised",
    text: [
      'Sparkmate lays off 90 people',
      '',
      'Sparkmate laid off 90 people on Monday, the dating app said. Rival Flirtly Group, the owner of two other apps, said last month it would reduce its workforce by 13 per cent.',
    ].join('\n'),
    published: '2025-03-05',
    events: [{ company: 'Sparkmate', min: 90, primary: true }],
    absent: [],
  },
  {
    name: 'a headline under the acronym and a body under the full name are one event; an earlier round stays its own',
    text: [
      'NW to lay off 6% of staff and close Leeds studio',
      '',
      'Northgate Works will cut about 420 jobs, roughly 6% of its 7,000 employees, chief executive Dana Orr told staff on Wednesday.',
      '',
      'About two dozen developers at the Leeds studio are among those losing their jobs, according to a report from a trade site.',
      '',
      'In March 2023, the developer said it would eliminate around 8% of its staff.',
    ].join('\n'),
    published: '2025-03-06',
    events: [
      { company: 'Northgate Works', min: 420, percent: 6, start: '2025-03-05', primary: true },
      { company: 'Northgate Works', percent: 8, start: '2023-03-01', primary: false },
    ],
    absent: ['NW'],
  },
  {
    name: 'a headline naming the distinctive word of the name is the same employer as the full name',
    text: [
      'Whitcombe axes over 1,000 jobs as grants dry up',
      '',
      'Alder Whitcombe Institute is laying off more than 1,000 people after losing federal grants, the school announced on Thursday.',
      '',
      'The cuts, which the institute put at about 1,150 positions, fall mostly on its overseas programmes.',
    ].join('\n'),
    published: '2025-03-14',
    events: [{ company: 'Alder Whitcombe Institute', min: 1150, start: '2025-03-13', primary: true }],
    exact: true,
  },
  {
    name: 'a headline naming the opening words of the name merges with the body; the background round takes the full name',
    text: [
      'Hollow Pine to close 40 stores, cutting 600-plus jobs',
      '',
      'Hollow Pine Grocers will close 40 of its stores by the end of March, the chain said on Nov. 4.',
      '',
      'The closures will eliminate 600-plus jobs, according to notices the company filed with labour departments.',
      '',
      'In the third quarter, the chain laid off about 90 corporate employees.',
    ].join('\n'),
    published: '2024-11-07',
    events: [
      { company: 'Hollow Pine Grocers', min: 601, start: '2024-11-04', primary: true },
      { company: 'Hollow Pine Grocers', min: 90, start: '2024-07-01', primary: false },
    ],
    exact: true,
  },
  {
    name: 'a count split by place ("including 140 in the United States") is a breakdown, not an event',
    text: 'Marrowfield University will lay off 1,310 workers, including 140 in the United States, after its grants were cancelled, the university said Thursday.',
    published: '2025-03-14',
    events: [{ company: 'Marrowfield University', min: 1310, start: '2025-03-13', primary: true }],
    exact: true,
  },
  {
    name: 'a roundup heading naming the short form without a figure is the counted event below it',
    text: [
      'Layoff roundup: a mill and a hospital cut jobs',
      '',
      'Brantley Mills to close Dalton plant',
      'Yarn maker Brantley Mills will shut its spinning plant in Dalton, Ga., by June, eliminating about 180 jobs, the company said Monday.',
      '',
      'Ashgrove Regional trims staff',
      'Ashgrove Regional Hospital in Ohio laid off 95 employees, or 3% of its workforce, on Wednesday.',
    ].join('\n'),
    published: '2025-04-04',
    events: [
      { company: 'Brantley Mills', min: 180, start: '2025-03-31' },
      { company: 'Ashgrove Regional Hospital', min: 95, start: '2025-04-02' },
    ],
    exact: true,
  },
  {
    name: 'units of one parent in one sentence are their own events; an earlier round absorbs no recent share',
    text: [
      'Streamly to cut about 300 jobs, a third of its staff',
      '',
      'Streamly, the video service owned by Amazon, is letting go of about 300 employees, or roughly 35% of its staff, its chief executive said in a blog post on Wednesday.',
      '',
      'The cuts follow a smaller round last March, when the company let go of more than 200 people.',
      '',
      'Elsewhere at Amazon, several hundred roles were eliminated this week at Prime Video and MGM Studios, while Audible told staff it would trim about 5% of its workforce.',
    ].join('\n'),
    published: '2024-01-11',
    events: [
      { company: 'Amazon', min: 300, percent: 35, start: '2024-01-10', primary: true },
      { company: 'Amazon', min: 201, start: '2023-03-01' },
      { company: 'Amazon', unit: 'Prime Video', min: 200, max: 999, start: '2024-01-08' },
      { company: 'Amazon', unit: 'Audible', percent: 5, start: null },
    ],
    exact: true,
  },
  {
    name: "a headline's shorter spelling of the body's name with the same figure is one event, under the fuller name",
    text: [
      'Harbourline TV lets go 52 staff as ad revenue falls',
      '',
      'Accra-based broadcaster Harbourline Television has laid off 52 members of staff, including presenters and editors, the station said on Friday.',
    ].join('\n'),
    published: '2024-03-11',
    events: [{ company: 'Harbourline Television', min: 52, primary: true }],
    exact: true,
  },
  {
    name: 'a bank named shorter in the headline and fuller in the lead is one event',
    text: [
      'Osei Bank to lay off up to 250 staff',
      '',
      'Osei Savings Bank will close 18 branches and lay off up to 250 employees by June, the lender said on Tuesday.',
    ].join('\n'),
    published: '2024-03-13',
    events: [{ company: 'Osei Savings Bank', max: 250, primary: true }],
    exact: true,
  },
  {
    name: 'two employers sharing a common first word and a figure stay two events',
    text: [
      'General Tooling and General Plastics each cut jobs',
      '',
      'General Tooling laid off 40 workers at its Dayton plant on Monday.',
      '',
      'General Plastics laid off 40 workers in Toledo last month.',
    ].join('\n'),
    published: '2024-03-13',
    events: [
      { company: 'General Tooling', min: 40 },
      { company: 'General Plastics', min: 40 },
    ],
  },
];

describe('[extract] one event told twice', () => {
  for (const c of RETELLINGS) test(c.name, () => check(c));
  test("the rival's share does not become a second event of the focus company", () => {
    const r = extractArticle({ text: RETELLINGS[2]?.text ?? '', published: '2025-03-05' });
    assert.ok(!r.mentions.some((m) => m.company === 'Sparkmate' && m.percent === 13));
  });
});

const DATES: readonly Case[] = [
  {
    name: 'the day of a regulatory filing dates the cut, although a side clause follows the planned cut',
    text: 'Lumora is to cut about 180 roles as the app struggles to keep paying users, according to a regulatory filing on Wednesday.',
    published: '2025-03-06',
    events: [{ company: 'Lumora', min: 180, start: '2025-03-05', end: '2025-03-05' }],
  },
  {
    name: 'the day a notice was filed with the state beats the horizon "early next year"',
    text: 'Gantry Motors plans to lay off as many as 900 hourly employees at its Dayton plant early next year, according to a notice the company filed with the state on Tuesday.',
    published: '2025-10-09',
    events: [{ company: 'Gantry Motors', max: 900, start: '2025-10-07', end: '2025-10-07' }],
  },
  {
    name: 'the year of a saving is not the date of the cut; the standfirst and the lead are one event',
    text: [
      'Corvane to cut about 2,000 jobs',
      '',
      'The chipmaker will reduce headcount by more than 10% as it tries to save $2 billion next year',
      '',
      'Corvane will cut roughly 2,000 jobs, more than 10% of its workforce, its chief executive told employees on Thursday.',
    ].join('\n'),
    published: '2025-08-02',
    events: [{ company: 'Corvane', min: 2000, start: '2025-07-31', primary: true }],
    exact: true,
  },
  {
    name: '"second round of layoffs in five months" is a span just past, not a day five months ahead',
    text: [
      'Voltura to trim over 800 jobs in second round of layoffs in five months: report',
      '',
      'Voltura Motors is planning to lay off more than 800 employees, according to a news agency report on Monday that cited people familiar with the matter.',
    ].join('\n'),
    published: '2025-03-05',
    events: [{ company: 'Voltura', min: 801, start: '2025-03-03', primary: true }],
    exact: true,
  },
  {
    name: 'with no announcement day, the day the next sentence gives for the layoffs to take effect dates them',
    text: [
      'Orchard Devices to lay off more than 400 workers in Oregon',
      '',
      'Orchard Devices will lay off 436 workers in Oregon, according to filings the company made with the state labour department.',
      '',
      'The layoffs affect three offices in Portland and take effect on June 2, the filings show.',
    ].join('\n'),
    published: '2025-04-04',
    events: [{ company: 'Orchard Devices', min: 436, start: '2025-06-02', end: '2025-06-02', primary: true }],
    exact: true,
  },
  {
    name: '"over the next year and a half" is a horizon; the month it was said in dates the cut',
    text: 'In Poland, Kestrel Interactive said in July that it would reduce its staff by about 9% over the next year and a half.',
    published: '2023-12-15',
    events: [{ company: 'Kestrel Interactive', percent: 9, start: '2023-07-01', end: '2023-07-31' }],
  },
  {
    name: 'the day sources told the paper is not the event day; the day letters were handed out is',
    text: [
      'Kalari Telecom sacks hundreds of workers in restructuring',
      '',
      'Kalari Telecom has let go of hundreds of workers across its offices, sources within the company told our correspondent on Sunday.',
      '',
      'Affected employees were handed letters on Friday informing them that their appointments had been terminated, the sources said.',
    ].join('\n'),
    published: '2024-06-10',
    events: [{ company: 'Kalari Telecom', min: 200, start: '2024-06-07', end: '2024-06-07', primary: true }],
  },
];

describe('[extract] dates of the event', () => {
  for (const c of DATES) test(c.name, () => check(c));
});

const WORKFORCES: readonly Case[] = [
  {
    name: "a workforce in another company's clause is not the base of this company's share",
    text: 'Last week Pennfold let go of 14 percent of its workforce, and Corbin Social dismissed roughly half of its 6,000 employees.',
    published: '2022-11-09',
    events: [
      { company: 'Pennfold', percent: 14, min: null, max: null },
      { company: 'Corbin Social', min: 3000, max: 3000 },
    ],
    exact: true,
  },
  {
    name: "a workforce stated of the second name in a sentence is that name's, not the first's",
    text: [
      'Quell Pay to cut 12% of staff',
      '',
      'Quell Pay will cut 12% of its staff, the company said on Monday.',
      '',
      'Quell Pay is backed by Ardent Bank, which has about 9,000 employees.',
    ].join('\n'),
    published: '2025-03-05',
    events: [{ company: 'Quell Pay', percent: 12, min: null, max: null, primary: true }],
    exact: true,
  },
];

describe('[extract] whose workforce a share is taken of', () => {
  for (const c of WORKFORCES) test(c.name, () => check(c));
});

const TALLIES: readonly Case[] = [
  {
    name: 'employers the workers serve ("calls for cable and utility companies") make no statistic of one site\'s cut',
    text: 'About 240 people who take support calls for phone and energy companies will lose their jobs when the call centre on the edge of town closes in October.',
    published: '2024-07-25',
    aggregates: 0,
  },
  {
    name: 'guard: employers as the subject ("Tech companies have cut") still make a statistic',
    text: 'Tech companies have cut more than 20,000 jobs so far this year.',
    published: '2024-07-25',
    aggregates: 1,
  },
  {
    name: 'a comparison figure in a monthly report is its own statistic ("up 210% from 14,300 a year earlier")',
    text: 'Employers in the country announced 44,390 job cuts in May, up 210% from 14,300 in the same month a year earlier, outplacement firm Challenger, Gray & Christmas said on Thursday.',
    published: '2025-06-06',
    events: [],
    exact: true,
    aggregateMins: [44390, 14300],
  },
  {
    name: '"up from N the year before" and a period\'s part ("with March alone accounting for more than 9,000") are statistics',
    text: [
      'Newsrooms keep shrinking',
      '',
      'According to Challenger, Gray & Christmas, news organisations announced 1,950 job cuts in 2024, up from 1,210 the year before.',
      '',
      'Last year the tracker counted about 61,000 tech layoffs, with March alone accounting for more than 9,000.',
    ].join('\n'),
    published: '2025-01-20',
    events: [],
    exact: true,
    aggregateMins: [1950, 1210, 61000, 9001],
  },
  {
    name: 'a tracker named "X tracker" is a statistic\'s source, never an employer',
    text: [
      'Studios cut deeper',
      '',
      'The Indie Studio Layoffs tracker estimates that roughly 4,000 games jobs were lost this year, the most since the site began counting.',
    ].join('\n'),
    published: '2023-12-15',
    events: [],
    exact: true,
    aggregateSources: ['Indie Studio Layoffs'],
  },
  {
    name: '"By our count" and "Together, ... amount to" are the article\'s own tally',
    text: [
      'Regional tech cuts mount',
      '',
      'Kessa cut 900 jobs in March and another 300 in May, the company said on Monday. Together, the two rounds amount to more than 1,200 jobs.',
      '',
      "By our count, the region's tech firms have cut more than 8,000 jobs since the start of 2024.",
    ].join('\n'),
    published: '2024-06-14',
    aggregateSources: ['article (own tally)', 'article (own tally)'],
  },
  {
    name: 'a workforce promised no layoffs is no statistic',
    text: [
      'Founder pledges no layoffs',
      '',
      'While much of the tech industry has been cutting jobs, Fenwick Data chief executive Lena Horvath has made a different promise to her 450 employees: nobody will be laid off this year.',
    ].join('\n'),
    published: '2023-03-14',
    events: [],
    exact: true,
    aggregates: 0,
  },
];

describe('[extract] tracker and tally statistics', () => {
  for (const c of TALLIES) test(c.name, () => check(c));
});

const WHO_CUTS: readonly Case[] = [
  {
    name: 'a place before a trade noun ("Hamilton parts maker Oakridge Pressings") describes the employer after it',
    text: [
      'Tariffs force temporary layoffs at Hamilton parts maker Oakridge Pressings',
      '',
      "Nearly 300 workers at Oakridge Pressings' two Hamilton plants will be temporarily laid off starting Monday, the parts maker said.",
    ].join('\n'),
    published: '2025-04-03',
    events: [{ company: 'Oakridge Pressings', max: 299, primary: true }],
    exact: true,
    absent: ['Hamilton'],
  },
  {
    name: 'a vague figure spread "across the health service" is no one employer\'s event',
    text: [
      'Hospital trust to cut 120 back-office posts',
      '',
      'Dunmere Hospitals Trust will cut 120 administrative posts, bosses confirmed on Tuesday.',
      '',
      'The government announced in March that NHS England would be abolished, moves that are expected to lead to thousands of job losses across the health service.',
    ].join('\n'),
    published: '2025-04-24',
    events: [{ company: 'Dunmere Hospitals Trust', min: 120, primary: true }],
    exact: true,
  },
  {
    name: 'an acronym after a roundup heading with the full name is that body',
    text: [
      'Which agencies are cutting staff',
      '',
      'Thousands of probationary federal workers have been fired since last week. Here is what we know so far:',
      '',
      'Bureau of Coastal Management',
      'The BCM said on Thursday it had dismissed more than 400 probationary employees.',
    ].join('\n'),
    published: '2025-02-18',
    events: [{ company: 'Bureau of Coastal Management', min: 401 }],
    absent: ['BCM'],
  },
  {
    name: 'a union named in apposition warns; it does not cut, and a figure "across the value chain" is no one\'s',
    text: [
      'Hartveld Steel to wind down its Pretoria mill',
      '',
      'Hartveld Steel will start winding down its Pretoria mill, putting about 1,200 jobs at risk, the steelmaker said on Tuesday.',
      '',
      "Metwu, the metalworkers' union, warned that the closure could put tens of thousands of jobs at risk across the steel value chain.",
    ].join('\n'),
    published: '2024-11-20',
    events: [{ company: 'Hartveld Steel', min: 1200, primary: true }],
    exact: true,
  },
  {
    name: 'after a verb with its own subject, "at the X unit" says where the subject cuts, not who',
    text: 'The latest is Kaltara. Velocast is preparing to cut about 320 jobs at the Kaltara marketplace unit this week, according to people familiar with the matter.',
    published: '2024-06-14',
    events: [{ company: 'Velocast', min: 320 }],
    absent: ['Kaltara'],
  },
  {
    name: 'the first word of a known place ("The San Francisco-based company") is no employer',
    text: [
      'Cloudmint to cut 10% of staff',
      '',
      'Cloudmint will cut about 10 per cent of its roughly 4,000 employees, the company said on Wednesday.',
      '',
      'The San Francisco-based company had already let go of hundreds of sales staff in November.',
    ].join('\n'),
    published: '2023-01-05',
    events: [
      { company: 'Cloudmint', min: 400, primary: true },
      { company: 'Cloudmint', min: 200, max: 999 },
    ],
    exact: true,
  },
  {
    name: 'a known town before "University" is the first word of the employer\'s name',
    text: 'Cardiff University plans to cut 300 jobs and close its music school, it said on Tuesday.',
    published: '2025-01-29',
    events: [{ company: 'Cardiff University', min: 300 }],
    absent: ['University'],
  },
  {
    name: 'a known town before a masthead word is the newspaper\'s name ("The Boston Post")',
    text: 'Other outlets have also been reducing staff. The Boston Post said earlier this month that it would cut about 5% of its workforce.',
    published: '2025-01-23',
    events: [{ company: 'Boston Post', percent: 5 }],
    absent: ['Post'],
  },
  {
    name: 'a parent\'s possessive before a unit ("Orvia\'s Kestrel") gives the parent with its unit',
    text: "Halvard Games let go of 300 people in September, and Orvia's Kestrel laid off 90 staff in October.",
    published: '2023-12-15',
    events: [{ company: 'Orvia', unit: 'Kestrel', min: 90 }],
  },
  {
    name: 'a leader glued to the name ("Kiran Rao-led Lumen Arcade") is not part of it',
    text: 'Elsewhere, Kiran Rao-led Lumen Arcade laid off about 40 staff in November, the company said.',
    published: '2023-12-15',
    events: [{ company: 'Lumen Arcade', min: 40 }],
  },
  {
    name: 'the possessive owner of a plant is the employer, not a place',
    text: "About 140 jobs are set to be lost at Marrowby Foods' processing plant in Ringmore, Co Kerry, after the loss of a key contract.",
    published: '2025-05-20',
    events: [{ company: 'Marrowby Foods', min: 140 }],
  },
  {
    name: 'what the subject plans to close is its unit; the subject cuts the jobs',
    text: [
      'Nightdesk to close with loss of about 150 jobs',
      '',
      'Harbour Media Group plans to close Nightdesk, the news operation behind its evening bulletin, with the loss of about 150 jobs.',
    ].join('\n'),
    published: '2024-02-28',
    events: [{ company: 'Harbour Media Group', unit: 'Nightdesk', min: 150, primary: true }],
    exact: true,
  },
];

describe('[extract] who cuts', () => {
  for (const c of WHO_CUTS) test(c.name, () => check(c));
});

const NOT_NEWS: readonly Case[] = [
  {
    name: 'a TV plot set in a fictional firm is no event, and a holiday is no employer',
    text: [
      'What to watch this week',
      '',
      'THE CUTS',
      'This comedy is set inside Brackwell, a fictional Leeds design agency whose new boss announces that half of the staff will be let go by Christmas.',
    ].join('\n'),
    published: '2024-10-07',
    events: [],
    exact: true,
  },
  {
    name: 'a holiday after "by" is a date, not the employer of a real cut',
    text: 'Marlowe Freight said on Monday that 120 warehouse staff will be let go by Christmas.',
    published: '2024-10-07',
    events: [{ company: 'Marlowe Freight', min: 120 }],
    absent: ['Christmas'],
  },
  {
    name: 'a court order to reinstate dismissed workers is no event',
    text: [
      'Court orders tea grower to reinstate 38 workers sacked over strike',
      '',
      'The labour court in Kericho has ordered Highmist Tea Estates to reinstate 38 workers it dismissed last year after a strike over pay.',
    ].join('\n'),
    published: '2024-07-19',
    events: [],
    exact: true,
  },
  {
    name: "a warning about a whole trade's jobs is not the cut of the company named after it",
    text: [
      'Union warns tariffs could put tens of thousands of auto jobs at risk',
      '',
      'Parts maker Dunford Components says it has no plans for layoffs at this time',
      '',
      'Dunford Components, which employs 2,300 people, said it would keep its lines running.',
    ].join('\n'),
    published: '2025-03-05',
    events: [],
    exact: true,
  },
];

describe('[extract] not news of a real cut', () => {
  for (const c of NOT_NEWS) test(c.name, () => check(c));
});
