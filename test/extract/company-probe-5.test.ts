import { describeEmployerCases, type EmployerCase } from '../helpers/employer-cases.ts';

/**
 * Who the employer is, part 5: where a document was seen, a company's own results, the platform
 * a post went up on, a station's call sign in the page header, an area, a street, a town written
 * with its state or filed from in the dateline, and a town inside a count. Short articles in our
 * own words with invented companies and towns; cases marked "guard" keep a rule from reaching too
 * far, the others fail without their rule.
 */
const CASES: readonly EmployerCase[] = [
  // 1. Sources: what a document was shown to; a company that reports its own results is none.
  {
    rule: '"According to a memo seen by <Outlet>, 300 staff ...": the outlet is a source',
    text: 'According to a memo seen by Harbour Ledger Daily, 300 staff at the agency were told their posts would go.',
    never: ['Harbour Ledger Daily'],
  },
  {
    rule: '"emails obtained by <Outlet> show 120 jobs will be cut": the outlet is a source',
    text: 'Internal emails obtained by Carrow Daily Monitor show 120 jobs will be cut.',
    never: ['Carrow Daily Monitor'],
  },
  {
    rule: '"<Company> reported a quarterly loss ... and cut 15% of staff": the company reports its own figures',
    text: 'Dunmore Shipping reported a third-quarter loss of $40 million on Friday and said it had cut 15% of its staff.',
    events: ['Dunmore Shipping'],
  },
  {
    rule: 'guard: "<Outlet> reported that <Company> will cut": still a source',
    text: 'Harbour Ledger reported that Quillon Freight will cut 200 jobs.',
    events: ['Quillon Freight'],
    never: ['Harbour Ledger'],
  },
  // 2. The platform a post went up on is where the news was told.
  {
    rule: '"<Person> wrote in a LinkedIn post": LinkedIn (a known unit) is no employer',
    text: 'The Denver payroll startup cut 40% of its staff, co-founder Rhea Vance wrote in a LinkedIn post on Monday.',
    never: ['Microsoft'],
  },
  {
    rule: '"the founder posted on Bluesky that 30 people were laid off": a platform after "posted ... on"',
    text: "The studio's founder posted on Bluesky that 30 people had been laid off.",
    never: ['Bluesky'],
  },
  // 3. A broadcaster's call sign in a page header or byline is an outlet.
  {
    rule: '"KVRN 4 | News" header, "by KVRN 4 News Staff", "KVRN-TV": the call sign is no employer',
    text: 'KVRN 4 | News | Local\n\nNotice lists 210 jobs cut at quarry\n\nby KVRN 4 News Staff\n\nThe quarry operator will lay off 210 workers, according to a notice filed with the state.\n\nCopyright 2025 KVRN-TV. All rights reserved.',
    never: ['KVRN'],
  },
  {
    rule: 'guard: four capitals without a channel ("KPLX") stay a company',
    text: 'KPLX will cut 90 jobs at its audit practice, the firm said.',
    events: ['KPLX'],
  },
  // 4. Places: an area, a street, a town with its state, a dateline's town.
  {
    rule: '"400 jobs were cut in the <Name> Valley area": the area is a place',
    text: 'In March, 400 jobs were cut in the Tamsin Valley area, the company said.',
    never: ['Tamsin Valley'],
  },
  {
    rule: '"the plant on Virginia Avenue": the street word alone is no name',
    text: 'Brockwell Mills will close the plant on Virginia Avenue and lay off 95 workers.',
    events: ['Brockwell Mills'],
    never: ['Avenue'],
  },
  {
    rule: '"moving its Dunford, Ohio, and Calloway, Texas, assembly lines": a town with its state',
    text: 'Ostrava Pumps said it would move its Dunford, Ohio, and Calloway, Texas, assembly lines and eliminate up to 300 positions.',
    events: ['Ostrava Pumps'],
    never: ['Calloway', 'Dunford'],
  },
  {
    rule: '"as <Town> box plant closes" in an article filed from <TOWN>: the town is a place',
    text: 'Marlow box plant to close, 140 workers to lose jobs\n\nMARLOW, Ind. (WMRL) — A Marlow packaging plant will shut down in May, and 140 workers will lose their jobs.\n\nCorrin Carton Co. filed the notice on Monday.',
    never: ['Marlow'],
  },
  {
    rule: '"<Town> notice: 210 <Town> jobs cut" in an article filed from <TOWN>: the town is a place',
    text: 'Fenwick notice: 210 Fenwick jobs cut in latest layoffs\n\nFENWICK, Ore. — The quarry operator will lay off 210 workers, a notice shows.',
    never: ['Fenwick'],
  },
  {
    rule: 'guard: a dateline town that is also the company keeps its own cuts',
    text: 'HOLLIS, Pa. — Hollis Brands will cut 70 jobs at its snack plant, the company said.',
    events: ['Hollis Brands'],
  },
  // 5. A town between a count and its job noun, when the sentence names the employer.
  {
    rule: '"<Company> puts up to 450 <Town> jobs at risk": the town is a place',
    text: 'Pellworth Pharma puts up to 450 Stockbridge jobs at risk in a factory shake-up.',
    events: ['Pellworth Pharma'],
    never: ['Stockbridge'],
  },
  {
    rule: 'guard: "thousands of civil service jobs": a lower-case body inside the count stays',
    text: 'The chancellor said thousands of civil service jobs would be axed.',
    events: ['civil service'],
  },
];

describeEmployerCases('[extract/company] probe rules for the employer, part 5', CASES, '2025-03-04');
