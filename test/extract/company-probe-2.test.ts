import { describeEmployerCases, type EmployerCase } from '../helpers/employer-cases.ts';

/**
 * More of who the employer is, as news writes it: a dateline's town, a name that ends in a number,
 * a road, the products of "the maker of", a town after a workplace. Short articles in our own words
 * with invented companies and towns; cases marked "guard" keep a rule from reaching too far, the
 * others fail without their rule.
 */
const CASES: readonly EmployerCase[] = [
  // 1. A dateline's town, in capitals, says where the story was filed.
  {
    rule: '"LIMA (Agency) – <carrier> will lay off": the town of a dateline is no employer',
    text: 'Peruvian airline to cut 250 ground staff\nTravel | May 2, 2024\n\nLIMA (Pacific Wire) – Peruvian carrier Tern Air will lay off 250 ground workers, the airline said Wednesday.',
    events: ['Tern Air'],
    never: ['LIMA', 'Pacific Wire'],
  },
  {
    rule: '"PORT ELLIS, Ont. (Agency) --": a two-word town, its province and the agency are no employer',
    text: 'Paper mill to shed 90 jobs\n\nPORT ELLIS, Ont. (Northern Ledger) -- Birchmont Paper will cut 90 jobs at its mill.',
    events: ['Birchmont Paper'],
    never: ['PORT ELLIS', 'Northern Ledger'],
  },
  {
    rule: 'guard: a company in capitals that opens a line without a dash stays the employer',
    text: 'VELTRANO will lay off 140 workers at its Dunmore plant, the company said.',
    events: ['VELTRANO'],
  },
  {
    rule: 'guard: "VANTEC (NASDAQ: VNTC) –": a ticker in the brackets makes the capitals a company',
    text: 'VANTEC (NASDAQ: VNTC) – The chipmaker will cut 90 jobs, it said on Monday.',
    events: ['VANTEC'],
  },
  // 2. What "the maker of" makes is a product, not the employer nor its parent.
  {
    rule: '"where the maker of <A> and <B> is ...": the products are no employer',
    text: 'Orvane will cut 300 jobs. About 200 of the positions will go in Spain, where the maker of Lumix and Brightol is the biggest employer.',
    events: ['Orvane'],
    never: ['Lumix and Brightol', 'Lumix', 'Brightol'],
  },
  {
    rule: '"<X>, the maker of <Y>, will cut": X cuts, it is no unit of its product',
    text: 'Orvane, the maker of Lumix, will cut 300 jobs.',
    events: ['Orvane'],
    never: ['Lumix'],
  },
  {
    rule: 'guard: "<X>, the developer owned by <Y>": X is still a unit of Y',
    text: 'Tallis Studio, the Montreal developer owned by Vantor Games, cut 80 jobs on Monday.',
    events: ['Vantor Games'],
  },
  // 3. A short number ends a name before its verb; a road's number makes an address.
  {
    rule: '"rival channel Vista 12 laid off about 40": the number is part of the name',
    text: 'Rival channel Vista 12 laid off about 40 newsroom staff in May.',
    events: ['Vista 12'],
    never: ['Vista'],
  },
  {
    rule: '"Rival Oakley 9 said it would cut": a number before "said" ends the name',
    text: 'Kestrel Foods cut 300 jobs. Rival Oakley 9 said it would cut 50 jobs.',
    events: ['Kestrel Foods', 'Oakley 9'],
    never: ['Oakley'],
  },
  {
    rule: 'guard: "<Name> 120 jobs to go": a number before a count noun stays the count',
    text: 'Dunmore Steel 120 jobs to go at Leeds plant',
    events: ['Dunmore Steel'],
    never: ['Dunmore Steel 120'],
  },
  {
    rule: '"close its laboratory on Route 7": a road is no employer',
    text: 'Alder Vale Health cut 40 jobs last week.\n\nThe hospital group also plans to close its laboratory on Route 7 by June, eliminating 12 more positions.',
    events: ['Alder Vale Health'],
    never: ['Route', 'Route 7'],
  },
  {
    rule: '"a depot off Interstate 80": a road with its number is no employer',
    text: 'Cobalt Freight will close a depot off Interstate 80, eliminating 60 jobs.',
    events: ['Cobalt Freight'],
    never: ['Interstate', 'Interstate 80'],
  },
  // 4. What the subject runs or operates is not the employer.
  {
    rule: '"the system, which runs <Hospital> and ...": the hospital it runs is no employer',
    text: 'Alder Vale Health cut 40 jobs last week.\n\nThe nonprofit system, which runs Alder Vale Hospital and two clinics, also plans to close its laboratory by June, eliminating 12 more positions.',
    events: ['Alder Vale Health'],
    never: ['Alder Vale Hospital'],
  },
  // 5. A town after a plant, a site or its machinery.
  {
    rule: '"shut both paper machines at <Town>": the town is no employer',
    text: 'Quarry Foods will shut both paper machines at Holmbury, cutting 200 jobs.',
    events: ['Quarry Foods'],
    never: ['Holmbury'],
  },
  {
    rule: '"close the smelter near <Town>": the town is no employer',
    text: 'Tarn Metals will close the smelter near Karsvik, eliminating 310 jobs.',
    events: ['Tarn Metals'],
    never: ['Karsvik'],
  },
  {
    rule: 'guard: "the plant at <Company>\'s <Town> site": the possessive still owns the site',
    text: "Workers at the plant at Kestrel's Leeds site were told 90 jobs would go.",
    events: ['Kestrel'],
  },
  // 6. Bay Area towns are places.
  {
    rule: '"worked at a Sunnyvale lab": a Bay Area town before a workplace is no employer',
    text: 'Velmont Devices told regulators that 400 jobs would go.\n\nDozens of the affected employees worked at a Sunnyvale lab that was building new chips, according to the notices.',
    events: ['Velmont Devices'],
    never: ['Sunnyvale'],
  },
  {
    rule: '"at a San Jose facility": a two-word Bay Area town is no employer',
    text: 'Velmont Devices told regulators that 400 jobs would go.\n\nDozens of the affected employees worked at a San Jose facility, according to the notices.',
    events: ['Velmont Devices'],
    never: ['San Jose', 'Jose'],
  },
];

describeEmployerCases('[extract/company] probe rules for the employer, part 2', CASES, '2024-06-10');
