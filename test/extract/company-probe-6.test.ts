import { describeEmployerCases, type EmployerCase } from '../helpers/employer-cases.ts';

/**
 * Who the employer is, part 6: a page's navigation line, a company named by the title of the
 * person who heads it, a product's team of the company in focus, and the date of a cut stated
 * as a share of a workforce, a trade word that opens a headline, a shortened weekday and a legal
 * form after a given name. Short articles in our own words with invented companies; cases
 * marked "guard" keep a rule from reaching too far, the others fail without their rule.
 */
const CASES: readonly EmployerCase[] = [
  // 1. A line of section labels is the page's navigation, never an employer.
  {
    rule: '"Home › Regions › Charities" breadcrumb: the labels are no employer',
    text: 'Home › Regions › Charities\n\nYouth charity cuts 25 staff\n\nSydney-based charity Pathwise Youth Trust has made 25 staff redundant after losing a state grant.',
    events: ['Pathwise Youth Trust'],
    never: ['Regions', 'Charities'],
  },
  {
    rule: '"SHOPS | LEISURE" header in capitals: the labels are no employer',
    text: 'SHOPS | LEISURE\n\nBoss to step down as company cuts 15% of staff\n\nHollin said Thursday that it will cut about 300 jobs, or 15% of its staff.',
    published: '2024-05-02',
    events: ['Hollin'],
    never: ['LEISURE', 'SHOPS'],
  },
  {
    rule: '"Published Thu, May 2 2024": a shortened weekday is no employer',
    text: 'Boss to step down as company cuts 15% of staff\n\nPublished Thu, May 2 2024\n\nHollin Markets said Thursday that it will cut about 300 jobs, or 15% of its staff.',
    published: '2024-05-02',
    never: ['Thu'],
  },
  {
    rule: 'guard: "Tech | Quorvel cuts 200 jobs" is a headline with a verb, so its company stays',
    text: 'Tech | Quorvel cuts 200 jobs in restructuring',
    events: ['Quorvel'],
  },
  // 2. "<Company> CEO <Name> told ...": the company the person heads is the one the sentence is about.
  {
    rule: '"Halvard CEO Mira Osk told managers ... letting go of 300 staff": Halvard',
    text: 'Halvard CEO Mira Osk told managers on Monday that she was letting go of 300 staff in the company’s retail arm.',
    events: ['Halvard'],
  },
  {
    rule: '"Quillon co-founder Ada Brenn said the startup would lay off 40 people": Quillon',
    text: 'Quillon co-founder Ada Brenn said the startup would lay off 40 people this week.',
    events: ['Quillon'],
  },
  // 3. A capitalised product word before "team"/"network" after the focus company's possessive.
  {
    rule: '"on the company’s Gridline team": Gridline is a part of the company in focus, no employer',
    text: 'Ostrava Motors reported weak sales. On Monday the carmaker said it would lay off 80 people on the company’s Gridline team.',
    never: ['Gridline'],
  },
  {
    rule: '"in its Pathfinder division": a product-named division, no employer',
    text: 'Kelstone Robotics reported weak sales. The company will lay off 70 employees in its Pathfinder division.',
    never: ['Pathfinder'],
  },
  // 4. A trade word that opens a headline or a sentence describes the company; it names none.
  {
    rule: '"Grocer cuts 15% of staff" headline: the trade word is no employer',
    text: 'Grocer cuts 15% of staff as boss steps down\n\nHollin Markets said on Thursday that it will cut about 300 jobs, or 15% of its staff.',
    never: ['Grocer'],
  },
  {
    rule: '"Toymaker Brindle Works dismisses 200": the company is the name after the trade word',
    text: 'Toymaker Brindle Works dismisses 200 workers at its Leeds plant\n\nThe company said on Monday that the plant would close.',
    events: ['Brindle Works'],
    never: ['Toymaker Brindle Works'],
  },
  // 5. A legal form makes a name a company's even when its first word is a given name.
  {
    rule: '"Helen Kessling Ltd announced it would cut 900 positions": a company, not a person',
    text: 'Helen Kessling Ltd announced on Friday that it would cut about 900 positions.',
    events: ['Helen Kessling'],
  },
  // 5b. A press release's title-case headline: its verb ends the company's name.
  {
    rule: '"Varrow Therapeutics Unveils Strategic Restructuring ..." headline: the verb ends the name',
    text: 'Varrow Therapeutics Unveils Strategic Restructuring to Focus on VX-310\n\nBOSTON, March 3, 2025 -- The company today announced it will reduce its workforce by approximately 35%.',
    events: ['Varrow Therapeutics'],
  },
  // 6. A date after a workforce inside a share of it dates the cut.
  {
    rule: '"let go of 30% of its 400 employees last week": the date is the cut’s',
    text: 'Brackwater Health let go of 30% of its 400 employees last week after losing a contract.',
    published: '2025-03-05',
    dates: { 'Brackwater Health': '2025-02-24' },
  },
  {
    rule: '"cut 6 per cent of its workforce of around 1,800 this week": the date is the cut’s',
    text: 'Parcel firm Tindale Express has cut 6 per cent of its workforce of around 1,800 this week, the company said.',
    published: '2025-03-05',
    dates: { 'Tindale Express': '2025-03-03' },
  },
  {
    rule: '"one in eight of its 2,400 staff redundant since January": the date is the cut’s',
    text: 'Mining group Corrow Ridge has made one in eight of its 2,400 staff redundant since January, blaming weaker prices.',
    published: '2025-03-05',
    dates: { 'Corrow Ridge': '2025-01-01' },
  },
  {
    rule: 'guard: "Vessel Labs, which had 900 employees in June, will cut 90": the June dates the headcount',
    text: 'Vessel Labs, which had 900 employees in June, will cut 90 jobs.',
    published: '2025-03-05',
    notDates: { 'Vessel Labs': '2024-06-01' },
  },
];

describeEmployerCases('[extract/company] probe rules for the employer, part 6', CASES, '2025-03-04');
