import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractArticle } from '../../src/extract/extractor.ts';

/**
 * Language rules for who the employer is, each with examples in our own words (invented
 * companies and towns): a rule must hold for text the extractor has never seen, not only for the
 * probe corpora that showed it was missing.
 */
interface Case {
  readonly rule: string;
  readonly text: string;
  /** The company of the article's first event. */
  readonly company: string;
  /** Names no event may carry as its company (places, agencies, products). */
  readonly never?: readonly string[];
}

const CASES: readonly Case[] = [
  // A. A company's title, "of", then the name: the name is the company, not a person.
  {
    rule: 'A: "founder and CEO of X" names the company X',
    text: 'A note from our founder\n\nBy Marta Kovac, co-founder and CEO of Quillhaven\n\nToday we are cutting 30 roles. Quillhaven will keep both of its offices.',
    company: 'Quillhaven',
  },
  {
    rule: 'A: "chief executive of X" inside the event sentence',
    text: 'Ilse Brandt, chief executive of Harrowgate Labs, said the company will lay off 45 employees.',
    company: 'Harrowgate Labs',
  },
  {
    rule: 'A: a minister "of" a portfolio still heads no company',
    text: 'Minister of Finance Ravi Sen said Dovercraft would cut 200 jobs.',
    company: 'Dovercraft',
  },
  // B and H. A name of two or more words may end in a section-like word.
  {
    rule: 'B: a name ending in "Health"',
    text: 'Lindqvist Health laid off 55 employees on Tuesday.',
    company: 'Lindqvist Health',
  },
  {
    rule: 'B: a name ending in "Money"',
    text: 'Tamsin Money will cut 80 jobs in its lending team.',
    company: 'Tamsin Money',
  },
  {
    rule: 'B: a section word inside a longer name',
    text: 'Corvane Business Solutions is laying off 65 workers.',
    company: 'Corvane Business Solutions',
  },
  {
    rule: 'B: a name ending in "International"',
    text: 'Pelham International will eliminate 140 positions.',
    company: 'Pelham International',
  },
  {
    rule: 'H: a two-word name ending in "Home"',
    text: 'Ferro Home will lay off 300 workers.',
    company: 'Ferro Home',
  },
  // C. "St." with a name after it belongs to the name.
  {
    rule: 'C: "St." opens a name',
    text: 'St. Aldric Regional Hospital will cut 90 jobs, the hospital said.',
    company: 'St. Aldric Regional Hospital',
  },
  // D. The agency that receives a notice or filing is a source.
  {
    rule: 'D: "filed a notice with the state Department of ..."',
    text: 'Brackwell Tools filed a notice with the state Department of Labor saying it will eliminate 75 positions.',
    company: 'Brackwell Tools',
    never: ['Department of Labor'],
  },
  {
    rule: 'D: "a filing with <State>\'s ... Department"',
    text: "A filing with Oregon's Employment Department shows 220 workers at Dunmore Logistics will lose their jobs.",
    company: 'Dunmore Logistics',
    never: ['Employment Department'],
  },
  {
    rule: 'D: "a notice sent to the <State> Office of ..."',
    text: 'Lowther Canning will lay off 48 workers, according to a notice sent to the Idaho Office of Workforce Development.',
    company: 'Lowther Canning',
    never: ['Office of Workforce Development'],
  },
  // E. Places: a town before a workplace, a name after "in", a street.
  {
    rule: 'E: "its <Town> plant" is a place',
    text: 'Ostrava Paints to cut jobs\n\nIt will close its Hamilton plant next year, cutting 140 jobs.',
    company: 'Ostrava Paints',
    never: ['Hamilton'],
  },
  {
    rule: 'E: "<Owner>\' <Town> plant" keeps only the owner',
    text: "Kelbrook Mills' Fresno plant will shed 60 jobs next month.",
    company: 'Kelbrook Mills',
  },
  {
    rule: 'E: "<Owner>\'s <Town> office" keeps only the owner',
    text: "Staff at Varga Systems's Leipzig office were told 35 jobs will go.",
    company: 'Varga Systems',
  },
  {
    rule: 'E: a name after "in" is a place',
    text: 'Selwyn Aero to shed jobs\n\nThe firm closed its base in Gosport, cutting 200 jobs.',
    company: 'Selwyn Aero',
    never: ['Gosport'],
  },
  {
    rule: 'E: places joined by "and" after "in"',
    text: 'Harlow Dairies plans job cuts\n\nThe company will cut 120 jobs in Manitoba and Alberta.',
    company: 'Harlow Dairies',
    never: ['Manitoba', 'Alberta'],
  },
  {
    rule: 'E: a name joined by "and" to a known place',
    text: 'Quarry Point Software trims staff\n\nIt said 85 workers in Seattle and Kirkland will lose their jobs.',
    company: 'Quarry Point Software',
    never: ['Kirkland'],
  },
  {
    rule: 'E: "X Road" is a street',
    text: 'Pardew Freight to close depot, cutting jobs\n\nIt will lay off 70 workers at the depot on the Linton Road trading estate.',
    company: 'Pardew Freight',
    never: ['Linton Road', 'Linton'],
  },
  {
    rule: 'E: "X Street" is a street too',
    text: 'Pardew Freight to close depot, cutting jobs\n\nIt will lay off 70 workers at the depot on Linton Street.',
    company: 'Pardew Freight',
    never: ['Linton'],
  },
  // F. A name used as a modifier inside a description of the company.
  {
    rule: 'F: "the <place>-based maker of billing and CRM software"',
    text: 'Ormsby, the Denver-based maker of billing and CRM software, will lay off 150 employees.',
    company: 'Ormsby',
    never: ['CRM'],
  },
  // I. Words news uses for the employer.
  {
    rule: 'I: "the brewer"',
    text: 'Tessaly Brewing to cut jobs\n\nThe brewer will cut 45 jobs once Ardent Partners takes over its pubs.',
    company: 'Tessaly Brewing',
    never: ['Ardent Partners'],
  },
  {
    rule: 'I: "the chain"',
    text: 'Brambleton Grocers announces layoffs\n\nThe chain is laying off 210 store workers as Ardent Partners takes control.',
    company: 'Brambleton Grocers',
    never: ['Ardent Partners'],
  },
  {
    rule: 'I: "the utility"',
    text: 'Northvale Power to cut jobs\n\nThe utility will eliminate 95 positions under a plan drawn up by Ardent Partners.',
    company: 'Northvale Power',
    never: ['Ardent Partners'],
  },
  {
    rule: 'I: "the hospital system"',
    text: 'Cedar Ridge Medical lays off staff\n\nThe hospital system laid off 130 administrative staff as Ardent Partners took over its billing.',
    company: 'Cedar Ridge Medical',
    never: ['Ardent Partners'],
  },
  // J. The subject is the focus reference; a name in a phrase after it is not the employer.
  {
    rule: 'J: "The <Town> studio behind the <Product> games"',
    text: 'Vireo Interactive makes layoffs\n\nThe Oslo studio behind the Nightjar games laid off about 60 developers.',
    company: 'Vireo Interactive',
    never: ['Oslo', 'Nightjar'],
  },
  {
    rule: 'J: "the developer behind the hit game <Product>"',
    text: 'Larkspur Games cuts jobs\n\nThe developer behind the hit game Emberfall cut 40 jobs on Monday.',
    company: 'Larkspur Games',
    never: ['Emberfall'],
  },
  // K. A place's possessive before a name: the name is the company, the place only where it is.
  {
    rule: 'K: "<Country>\'s <Name>" keeps the name',
    text: "Norway's Fjellvik Energy will cut 400 jobs at its offshore unit.",
    company: 'Fjellvik Energy',
    never: ['Norway'],
  },
  {
    rule: 'K: a less common country before a bank',
    text: "Greece's Thalassa Bank is laying off 250 staff.",
    company: 'Thalassa Bank',
  },
  // L. An outlet that is the subject of a layoff is the employer; one that reports stays a source.
  {
    rule: 'L: an outlet whose name holds a stopword cuts its own staff',
    text: 'The Wall Street Journal will lay off 30 reporters in its Washington bureau.',
    company: 'Wall Street Journal',
  },
  {
    rule: 'L: "<Outlet> said on <day> it would cut"',
    text: 'Forbes said on Monday it would cut about 90 jobs.',
    company: 'Forbes',
  },
  {
    rule: 'L: "<Outlet> is cutting"',
    text: 'Axios is cutting 50 jobs, or about 10% of its staff.',
    company: 'Axios',
  },
  {
    rule: 'L: "..., <Outlet> reported" is a source',
    text: 'Ridgeline Foods will cut 120 jobs, Reuters reported.',
    company: 'Ridgeline Foods',
    never: ['Reuters'],
  },
  {
    rule: 'L: "according to <Outlet>" is a source',
    text: 'According to Bloomberg, Marlow Freight is laying off 75 drivers.',
    company: 'Marlow Freight',
    never: ['Bloomberg'],
  },
  {
    rule: 'L: "<Outlet> said <Company> would cut" is a source',
    text: 'Bloomberg said Marlow Freight would cut 75 jobs.',
    company: 'Marlow Freight',
    never: ['Bloomberg'],
  },
  // M. Public bodies: names with of/for/and that end in a head word keep all their words.
  {
    rule: 'M: "Federal ... Administration" keeps its first word',
    text: 'The Federal Transit Administration will cut 150 jobs.',
    company: 'Federal Transit Administration',
  },
  {
    rule: 'M: "<Area> Department" after a stopword-like area',
    text: 'The State Department will lay off 1,350 employees.',
    company: 'State Department',
  },
  {
    rule: 'M: "Agency for <Area> and <Area>" is one name',
    text: 'The Agency for Rivers and Harbours said it would cut 120 jobs.',
    company: 'Agency for Rivers and Harbours',
  },
  {
    rule: 'M: "<Word> and <Word> Administration" is one name',
    text: 'The Soil and Water Administration will eliminate 90 positions.',
    company: 'Soil and Water Administration',
  },
  {
    rule: 'M: "Centers for <Area> and <Word>" is one name',
    text: 'The Centers for Coastal Research and Restoration will cut 70 jobs.',
    company: 'Centers for Coastal Research and Restoration',
  },
  {
    rule: 'M: "National Institutes of <Area>" keeps "National"',
    text: 'The National Institutes of Oceanography laid off 60 researchers.',
    company: 'National Institutes of Oceanography',
  },
  // N. "the <description> owner <Name>": the owner is a company when its name ends as one does.
  {
    rule: 'N: "the <lowercase description> owner <Name> Group" names the company',
    text: 'The price comparison website owner Halloway Group said on Monday it would cut about 80 jobs.',
    company: 'Halloway Group',
  },
  {
    rule: 'N: "the restaurant owner <Person>" is still a person',
    text: 'The restaurant owner Maria Ortiz said Tidewell Foods would lay off 40 workers.',
    company: 'Tidewell Foods',
    never: ['Maria Ortiz'],
  },
  // O. Unions speak for workers; they are never the employer.
  {
    rule: 'O: "<Company> and the <Name> union agreed to cut"',
    text: 'Kessling Motors and the Metalworkers Alliance union agreed to cut 2,000 jobs.',
    company: 'Kessling Motors',
    never: ['Metalworkers Alliance'],
  },
  {
    rule: 'O: a known union by its name alone',
    text: 'Unifor said Pellworth Steel would lay off 300 workers.',
    company: 'Pellworth Steel',
    never: ['Unifor'],
  },
  {
    rule: 'O: "<Company> agreed with the <Union> to cut"',
    text: 'Harrow Rail agreed with the RMT to cut 500 jobs.',
    company: 'Harrow Rail',
    never: ['RMT'],
  },
  // P. People quoted by name are never employers.
  {
    rule: 'P: "said <Name>, an analyst at <Firm>"',
    text: 'Orvale Systems cut 60 jobs last week, said Zofia Krawczyk, an analyst at Brightline Research.',
    company: 'Orvale Systems',
    never: ['Zofia Krawczyk', 'Brightline Research'],
  },
];

/** Text where no event may name the given company (a person quoted, a byline). */
const NO_EMPLOYER: readonly { rule: string; text: string; never: string }[] = [
  {
    rule: 'P: a person described as "a recruiter in <Town>"',
    text: '"Teams now want one person to cover two jobs," said Zofia Krawczyk, a recruiter in Denver who works with laid-off engineers.',
    never: 'Zofia Krawczyk',
  },
  {
    rule: 'P: a quoted worker with a common given name',
    text: '"I did the work of three jobs," said Megan Halvorsen, a coach who was laid off in March.',
    never: 'Megan Halvorsen',
  },
];

describe('[extract/company] general rules for the employer', () => {
  for (const c of NO_EMPLOYER) {
    test(c.rule, () => {
      const mentions = extractArticle({ text: c.text }).mentions;
      assert.ok(!mentions.some((m) => m.company === c.never), `${c.never} is no employer`);
    });
  }

  for (const c of CASES) {
    test(c.rule, () => {
      const mentions = extractArticle({ text: c.text }).mentions;
      assert.ok(mentions.length > 0, 'an event');
      assert.equal(mentions[0]?.company, c.company);
      for (const name of c.never ?? [])
        assert.ok(!mentions.some((m) => m.company === name), `${name} is no employer`);
    });
  }

  test('G: a tracker whose name holds a comma is one source, not a company', () => {
    const text =
      'Employers announced 52,300 job cuts in June, according to a tally by Challenger, Gray & Christmas.';
    const mentions = extractArticle({ text }).mentions;
    assert.ok(!mentions.some((m) => m.company === 'Gray & Christmas' || m.company === 'Gray'));
  });
});
