import { describeEmployerCases, type EmployerCase } from '../helpers/employer-cases.ts';

/**
 * Who the employer is, part 4: a public body that reports a described company's cut, a page's
 * section label, titles of office and headline verbs, a school district, a town inside a count,
 * and a company that reports its results. Short articles in our own words with invented
 * companies and towns; cases marked "guard" keep a rule from reaching too far, the others fail
 * without their rule.
 */
const CASES: readonly EmployerCase[] = [
  // 1. A public body that says so, of a subject the sentence only describes, is the source.
  {
    rule: '"A <Town>-based parts maker will retrench 120 ..., the Department of <Area> said": the body reports',
    text: 'Parts maker to retrench 120\n\nA Tarlac-based parts maker will retrench 120 of its workers after losing a contract, the Department of Labour and Employment said.\n\nNorvale Components filed the notice on Monday.',
    never: ['Department of Labour and Employment'],
  },
  {
    rule: '"The company will cut 60 jobs, the Trade Ministry said": the ministry reports the company\'s cut',
    text: 'Saltmere Glassworks is closing its kiln line. The company will cut 60 jobs, the Ministry of Trade (MoT) said on Friday.',
    events: ['Saltmere Glassworks'],
    never: ['Ministry of Trade'],
  },
  {
    rule: 'guard: "The agency will cut 300 jobs, the Office of <Area> said": a body\'s noun is the body\'s own cut',
    text: 'The agency will cut 300 jobs, the Office of Coastal Surveys said.',
    events: ['Office of Coastal Surveys'],
  },
  // 2. A school district employs; a title of office before a person, and the headline verb "OKs".
  {
    rule: '"The <Town> Unified School District board voted to eliminate": the district is the employer',
    text: 'The Brookfield Unified School District board voted Monday to adopt a budget that eliminates 40 positions.',
    events: ['Brookfield Unified School District'],
  },
  {
    rule: 'guard: "<Name> County" alone is still a place',
    text: 'Jobs will go in Harlan County, Dunmore Textiles said, as it cuts 40 positions.',
    events: ['Dunmore Textiles'],
    never: ['Harlan County'],
  },
  {
    rule: '"<Town> school board OKs budget that cuts 40 positions": "OKs" is a verb, no company',
    text: 'Brookfield school board OKs budget that cuts 40 positions\n\nThe vote came after a long meeting.',
    never: ['OKs', 'Brookfield school board OKs'],
  },
  {
    rule: '"..., Superintendent <Person> said": the title makes a person, no employer',
    text: 'Harwick School District will lay off 60 teachers in June, Superintendent Delia Marsh said.',
    events: ['Harwick School District'],
    never: ['Superintendent Delia Marsh', 'Delia Marsh'],
  },
  {
    rule: '"<Town> Commissioner <Person> said ... will cut": the title ends the town and opens a person',
    text: 'Orland County Commissioner Petra Vance said the county will cut 25 road crew jobs.',
    never: ['Commissioner Petra Vance', 'Petra Vance', 'Orland County Commissioner Petra Vance'],
  },
  {
    rule: '"..., Principal <Given> <Surname> said": a title that is also a name\'s word, before a person',
    text: 'Larkspur Academy is trimming staff. Thirty aides will lose their jobs in June, Principal Nora Quist said.',
    events: ['Larkspur Academy'],
    never: ['Principal Nora Quist', 'Nora Quist'],
  },
  {
    rule: 'guard: "Dean <Word> said it will cut": a one-word rest after "Dean" stays the company',
    text: 'Dean Creameries said it will cut 300 jobs at two plants.',
    events: ['Dean Creameries'],
  },
  {
    rule: 'guard: "Principal <Word> Group will cut": a company\'s last word after "Principal" keeps the name',
    text: 'Principal Harbor Group will cut 200 jobs, the insurer said.',
    events: ['Principal Harbor Group'],
  },
  // 3. A product code in a line that names the company in words.
  {
    rule: '"<Company> Announces Plan to Focus on KT-310": the drug\'s code is no employer',
    text: 'Kestane Therapeutics Announces Plan to Focus on KT-310 and Extend Runway\n\nBOSTON, March 3, 2025 (GLOBE NEWSWIRE) -- Kestane Therapeutics, Inc. (Nasdaq: KSTN), a biotech company, today announced that it will stop work on KT-100 and focus its resources on KT-310, its lead program.\n\nAs part of the plan, the company will reduce its workforce by approximately 30%.',
    never: ['KT-310'],
  },
  {
    rule: 'guard: a code-like name alone on its line stays a company',
    text: 'ZX-81 will cut 40 jobs at its plant, the toolmaker said.',
    events: ['ZX-81'],
  },
  // 4. A page's section label, and "State" inside a name.
  {
    rule: '"Farms & Weather" over the headline, "More in Farms & Weather" at the foot: a section, no employer',
    text: 'Farms & Weather\n\nHollin Freight workers win back pay\n\nAbout 90 workers lost their jobs when the hauler closed its depot in May.\n\nMore in Farms & Weather',
    never: ['Farms & Weather'],
  },
  {
    rule: '"<Word> State <Word>" is one name: "State" between two words of a name',
    text: 'Keystone State Bottling will lay off 75 workers at its plant.',
    events: ['Keystone State Bottling'],
  },
  {
    rule: 'guard: "State officials said <Company> will cut": "State" alone stays a word',
    text: 'State officials said Dunmore Textiles will cut 40 positions.',
    events: ['Dunmore Textiles'],
  },
];

describeEmployerCases('[extract/company] probe rules for the employer, part 4', CASES, '2025-03-04');
