import { describeEmployerCases, type EmployerCase } from '../helpers/employer-cases.ts';

/**
 * Who the employer is, part 3: the full press-release dateline, a town named before its jobs,
 * its workplace or a part of town, a street after "on", a civic title before a person, and a
 * company's owner. Short articles in our own words with invented companies and towns; cases
 * marked "guard" keep a rule from reaching too far, the others fail without their rule.
 */
const CASES: readonly EmployerCase[] = [
  // 1. A press-release dateline: town, region, full date and the wire, then the dash.
  {
    rule: '"DURHAM, N.C., March 4, 2025 (GLOBE NEWSWIRE) --": the town of a dateline is no employer',
    text: 'Biotech narrows its pipeline\n\nDURHAM, N.C., March 4, 2025 (GLOBE NEWSWIRE) -- Velmora Therapeutics, Inc. (Nasdaq: VLMR), a biotech company, today announced a new focus.\n\nAs part of the plan, the company will reduce its workforce by approximately 30%.\n\nAbout Velmora Therapeutics\nVelmora Therapeutics develops kidney drugs.',
    events: ['Velmora Therapeutics'],
    never: ['DURHAM'],
  },
  {
    rule: '"BOISE, Idaho, Jan. 8, 2025 /PRNewswire/ --": a wire between slashes ends a dateline too',
    text: 'Billing software maker restructures\n\nBOISE, Idaho, Jan. 8, 2025 /PRNewswire/ -- Quillon Software, a maker of billing tools, today announced a restructuring.\n\nThe company will cut about 15% of its workforce.\n\nAbout Quillon Software\nQuillon Software makes billing tools.',
    events: ['Quillon Software'],
    never: ['BOISE'],
  },
  // 2. A town before a part of town, or after "the outskirts of".
  {
    rule: '"a plant on <Town>\'s south side will shut down": the town is no employer',
    text: "A bottling plant on Eastvale's south side will shut down, putting 120 people out of work. Corvell Beverages notified the state in a notice filed Monday.",
    never: ['Eastvale'],
  },
  {
    rule: '"a depot in <Town>\'s downtown": a possessive before "downtown" is the town\'s',
    text: "The parcel depot in Brinmore's downtown will close in August, and 85 jobs will go.",
    never: ['Brinmore'],
  },
  {
    rule: '"a plant on the outskirts of <Town>": the town is no employer',
    text: 'A bottling plant on the outskirts of Eastvale will shut down, putting 120 people out of work. Corvell Beverages notified the state in a notice filed Monday.',
    never: ['Eastvale'],
  },
  {
    rule: 'guard: "<Company>\'s east coast stores": a possessive before a region stays the company',
    text: "Marwick's east coast stores will lose 60 jobs, Marwick said.",
    events: ['Marwick'],
  },
  // 3. A street after "on", "off" or "along".
  {
    rule: '"close the center on <Name> Way and lay off": the street is no employer',
    text: 'Summit Voice Services told the state on Wednesday that it will close the center on Commerce Way and lay off 212 employees.',
    events: ['Summit Voice Services'],
    never: ['Commerce Way'],
  },
  {
    rule: '"the warehouse off <Name> Drive": the street is no employer',
    text: 'Orrell Logistics said the warehouse off Tanner Mill Drive will close, cutting 75 jobs.',
    events: ['Orrell Logistics'],
    never: ['Tanner Mill Drive'],
  },
  {
    rule: 'guard: "<Name> Way" as the subject stays an employer',
    text: 'Harbor United Way will lay off 14 employees, the charity said.',
    events: ['Harbor United Way'],
  },
  // 4. A civic title inside a run ends the town's name and opens a person.
  {
    rule: '"<Town> Mayor <Person> proposed a budget that would eliminate": the person is no employer',
    text: "Dunmore Mayor Alice Brandt on Monday proposed a budget that would eliminate 40 positions across the City of Dunmore's departments.",
    events: ['Dunmore'],
    never: ['Dunmore Mayor Alice Brandt', 'Alice Brandt'],
  },
  {
    rule: 'guard: "<State> Governor <Person> said <Company> will cut": the company after the person still cuts',
    text: 'Vermont Governor Lucy Ashdown said Tolland Mills will cut 90 jobs.',
    events: ['Tolland Mills'],
    never: ['Vermont Governor Lucy Ashdown', 'Lucy Ashdown'],
  },
  // 5. "owner" after a possessive describes the company that follows.
  {
    rule: '"Channel 12\'s owner <Company> said it will cut": the owner cuts, not the channel',
    text: "Channel 12's owner Vistacast said it will cut 30 newsroom jobs.",
    events: ['Vistacast'],
    never: ['Channel 12'],
  },
  {
    rule: 'guard: "the station\'s owner <Person>" stays a person',
    text: "The station's owner Dana Whitfield said Kestrel Radio will cut 30 jobs.",
    events: ['Kestrel Radio'],
    never: ['Dana Whitfield'],
  },
];

describeEmployerCases('[extract/company] probe rules for the employer, part 3', CASES, '2025-03-04');
