import { describeEmployerCases, type EmployerCase } from '../helpers/employer-cases.ts';

/**
 * Who the employer is, part 12 (probe corpus 23): a headline in capitals, a trade word that may
 * open a name standing before one, a union named with its members' trade, and a valley's name.
 * Short articles in our own words with invented companies; cases marked "guard" keep a rule from
 * reaching too far, the others fail without their rule.
 */
const CASES: readonly EmployerCase[] = [
  // 1. In a headline all in capitals, a word the article writes in lower case is no name's.
  {
    rule: '"KESSELMARK PLANS TO CUT 8% OF STAFF": the company is Kesselmark, spelt as the body spells it',
    text: 'Tyne Trade Weekly\n\nKESSELMARK PLANS TO CUT 8% OF STAFF AS DEMAND FADES\n\nKesselmark, the Gateshead maker of boat engines, plans to cut 8% of its staff over two years, the company said on Monday.',
    events: ['Kesselmark'],
    never: ['KESSELMARK PLANS', 'KESSELMARK'],
  },
  {
    rule: '"ORVELLA SEEKS TO TRIM 6% OF WORKFORCE": the verb in capitals ends the name',
    text: 'Parcels | Logistics\n\nORVELLA SEEKS TO TRIM 6% OF WORKFORCE\n\nOrvella, the parcels firm, seeks to trim 6% of its workforce as volumes fall, it said on Monday.',
    events: ['Orvella'],
    never: ['ORVELLA SEEKS'],
  },
  {
    rule: 'guard: a headline in title case keeps its name ("Tarrow Bay Foods to cut 90 jobs")',
    text: 'Tarrow Bay Foods To Cut 90 Jobs\n\nTarrow Bay Foods will cut 90 jobs at its bakery, the company said.',
    events: ['Tarrow Bay Foods'],
  },
  // 2. A trade word that may open a real name describes the company named after it.
  {
    rule: '"Brewer Kessel Bros to cut 200 roles" with "the Dutch brewer Kessel Bros" in the body',
    text: 'Brewer Kessel Bros to cut 200 roles in Flanders\n\nThe Belgian brewer Kessel Bros will cut up to 200 roles after beer sales fell. Kessel Bros employs 1,900 people.',
    events: ['Kessel Bros'],
    never: ['Brewer Kessel Bros'],
  },
  {
    rule: '"Developer Ostara lays off 90 staff" with "the developer" in the body',
    text: 'Developer Ostara lays off 90 staff as sales stall\n\nOstara laid off 90 employees last week. The developer has paused two housing projects, Ostara said.',
    events: ['Ostara'],
    never: ['Developer Ostara'],
  },
  {
    rule: 'guard: "Carrier Dynamics" is a name when the article never says "carrier" in lower case',
    text: 'Carrier Dynamics to cut 120 jobs\n\nCarrier Dynamics will cut 120 jobs at its Ohio plant, Carrier Dynamics said.',
    events: ['Carrier Dynamics'],
  },
  // 3. A union named with its members' trade before "union" is a union.
  {
    rule: '"the ALBA-CSU metalworkers\' union said 400 jobs would go": the union is no employer',
    text: "Ferrovale will close its Terni plant, the company said. The ALBA-CSU metalworkers' union said 400 jobs would go at the plant.",
    events: ['Ferrovale'],
    never: ['ALBA-CSU'],
  },
  {
    rule: '"the KPTU dockworkers union" is a union',
    text: 'Harlin Ports will cut 300 jobs at its Busan terminal. The KPTU dockworkers union said the cut would cost 300 jobs.',
    events: ['Harlin Ports'],
    never: ['KPTU'],
  },
  // 4. A name before "valley" after "in the" is a place.
  {
    rule: '"jobs at suppliers in the Orla valley": Orla is a place',
    text: 'Castrano Steel will shut its Orla mill with the loss of 350 jobs. The closure would also cost jobs in the Orla valley, where 90 jobs will go at Pinnard, the union said.',
    events: ['Castrano Steel'],
    never: ['Orla'],
  },
];

describeEmployerCases(
  '[extract/company-probe-12] capitals, trade words, unions and valleys',
  CASES,
  '2025-06-02',
);
