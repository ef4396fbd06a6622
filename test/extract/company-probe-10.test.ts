import { describeEmployerCases, type EmployerCase } from '../helpers/employer-cases.ts';

/**
 * Who the employer is, part 10 (found by probe corpus 21): the places local news puts around an
 * employer (an industrial area, an export zone, a region after "in the", the villages "across" a
 * state) and the town in a byline are no employer. Short articles in our own words with invented
 * employers and places; cases marked "guard" keep a rule from reaching too far, the others fail
 * without their rule.
 */
const CASES: readonly EmployerCase[] = [
  // 1. An industrial area, an export zone, an IT park: where firms have their sites.
  {
    rule: '"in the Tarn Valley industrial area": the area is no employer',
    text: 'A cabinet maker in the Tarn Valley industrial area has laid off 120 workers after its biggest buyer cancelled its orders.',
    never: ['Tarn Valley'],
  },
  {
    rule: '"workers at a garment factory in the Kirrin Export Processing Zone": the zone is no employer',
    text: 'More than 900 workers at a garment factory in the Kirrin Export Processing Zone will lose their jobs at the end of the month, the labour office said.',
    never: ['Kirrin Export Processing Zone'],
  },
  {
    rule: '"a call centre operator in Davao IT Park": the park is no employer',
    text: 'A call centre operator in Davao IT Park let go of about 300 agents last week after a client moved its work abroad.',
    never: ['Park', 'IT Park'],
  },
  // 2. One word after "in the" that ends its phrase is a region.
  {
    rule: '"close 12 branches in the Marianas and let go of about 80 pharmacists": the region is no employer',
    text: 'Pharmacy chain Medra Plus said on Monday it would close 12 branches in the Marianas and let go of about 80 pharmacists.',
    events: ['Medra Plus'],
    never: ['Marianas'],
  },
  {
    rule: 'guard: "jobs in the Orvane unit": a name before a noun after "in the" is not judged a region',
    text: 'Kestrel Foods will cut 60 jobs in the Orvane unit it bought last year, the company said on Monday.',
    events: ['Kestrel Foods'],
  },
  // 3. "across" a state, as "in" one.
  {
    rule: '"a charity that runs schools in villages across Tarnshire has laid off 300 teachers": the state is no employer',
    text: 'A charity that runs schools in villages across Tarnshire has laid off 300 teachers after losing its grants.',
    never: ['Tarnshire'],
  },
  // 4. A byline's town.
  {
    rule: '"Written by Mira Sen | Tarnpur |": the byline\'s town is no employer',
    text: [
      'Charity Lets Go Of 300 Teachers',
      '',
      'Written by Mira Sen | Tarnpur |',
      '',
      'A charity that runs night schools has let go of 300 teachers after its grants were stopped, and about 40 office staff in Tarnpur will be kept on while it appeals the decision.',
    ].join('\n'),
    never: ['Tarnpur'],
  },
  {
    rule: 'guard: "By Mira Sen, co-founder and CEO of Orvane": the writer\'s own company is named',
    text: [
      'An update on our team',
      '',
      'By Mira Sen, co-founder and CEO of Orvane',
      '',
      'Today we made the hard decision to lay off 40 people, about a tenth of our staff. Everyone affected has already heard from me. Over five years Orvane grew from a team of six to 400 people.',
    ].join('\n'),
    events: ['Orvane'],
  },
  // 5. A school district's name may hold "Local".
  {
    rule: '"The Brill Local School District board voted to eliminate 24 positions": the district is the employer',
    text: 'The Brill Local School District board voted on Thursday to eliminate 24 positions for next school year after a levy failed.',
    events: ['Brill Local School District'],
    never: ['Brill'],
  },
  {
    rule: 'guard: "Local officials said Orvane Steel would cut 80 jobs": "Local" alone opens no name',
    text: 'Local officials said on Monday that Orvane Steel would cut 80 jobs at its rolling mill.',
    events: ['Orvane Steel'],
    never: ['Local'],
  },
];

describeEmployerCases('[extract/company] probe 10: places around the employer, bylines', CASES, '2025-03-05');
