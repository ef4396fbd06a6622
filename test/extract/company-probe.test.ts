import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractArticle } from '../../src/extract/extractor.ts';

/**
 * Who the employer is, as English news writes it: how long a name is (a place or a country inside
 * it, an accented letter, "and" inside it), and which names around it are no employer (a town, a
 * state, a holiday, a union, a person, an owned brand). Each rule has short articles in our own
 * words with invented companies and towns, so that it holds for text never seen before. Cases
 * marked "guard" keep a new rule from reaching too far; the others fail without their rule.
 */
interface Expected {
  readonly company: string;
  readonly unit?: string | null;
}

interface Case {
  readonly rule: string;
  readonly text: string;
  readonly published?: string;
  /** Events that must be there, by company (and unit when given). */
  readonly events?: readonly Expected[];
  /** Names no event may carry as its company. */
  readonly never?: readonly string[];
}

const CASES: readonly Case[] = [
  // 1. Letters of any script belong to the name.
  {
    rule: 'an accented letter does not cut a name ("Maison Lumière")',
    text: 'Maison Lumière said on Tuesday it would cut 120 jobs at its Lyon workshops.',
    events: [{ company: 'Maison Lumière' }],
    never: ['Lumi', 'Maison Lumi'],
  },
  {
    rule: 'a name with "ø" and "ü" stays whole',
    text: 'Brødsted Grünwald will lay off about 300 employees.',
    events: [{ company: 'Brødsted Grünwald' }],
  },
  // 2. "X and Y" as one subject.
  {
    rule: '"Spark and Sprout, which runs ..., said it would cut": two words joined by "and" are one name',
    text: 'Spark and Sprout, which runs the Pebblo tutoring app, said it would cut 300 jobs.',
    events: [{ company: 'Spark and Sprout' }],
    never: ['Sprout'],
  },
  // 3. An affiliation before a name describes it.
  {
    rule: '"The <Two-word town>-based company" is the company in focus, not "Port"',
    text: 'Harlow Robotics will cut 80 jobs, the firm said on Monday.\n\nThe Port Merrow-based company had already laid off 40 staff in March.',
    published: '2024-06-10',
    events: [{ company: 'Harlow Robotics' }],
    never: ['Port', 'Port Merrow'],
  },
  {
    rule: '"<Person>-led X": the person is not part of the name',
    text: 'Ilse Brandt-led Harrowgate Mobility plans to lay off 150 employees.',
    events: [{ company: 'Harrowgate Mobility' }],
    never: ['Ilse Brandt-led Harrowgate Mobility'],
  },
  // 4. A place that opens an institution's name, a country that ends a company's name.
  {
    rule: 'a town that opens an institution\'s name is part of it ("Cardiff University")',
    text: 'Swansea University plans to cut 250 jobs to close a funding gap.',
    events: [{ company: 'Swansea University' }],
    never: ['University'],
  },
  {
    rule: '"The <Town> Post" is a newspaper\'s whole name',
    text: 'The Chicago Post said it would cut about 4% of its workforce.',
    events: [{ company: 'Chicago Post' }],
    never: ['Post'],
  },
  {
    rule: 'a town, "City" and "Council" make one employer',
    text: 'Glasgow City Council will cut 300 jobs next year.',
    events: [{ company: 'Glasgow City Council' }],
    never: ['Council'],
  },
  {
    rule: 'a country after a name names the national arm ("Velmora Steel South Africa")',
    text: 'Velmora Steel South Africa (VSSA) will close its rod mill, putting about 900 jobs at risk.',
    events: [{ company: 'Velmora Steel South Africa' }],
    never: ['Velmora Steel South'],
  },
  {
    rule: 'a country after "of" ends the name ("Trust Bank of America")',
    text: 'Cobalt Bank of Canada will cut 600 jobs.',
    events: [{ company: 'Cobalt Bank of Canada' }],
  },
  {
    rule: 'a place after "of" ends the name ("University of Michigan")',
    text: 'Calloway Bank of Oregon will cut 300 jobs.',
    events: [{ company: 'Calloway Bank of Oregon' }],
    never: ['Calloway Bank'],
  },
  {
    rule: 'a demonym before a capitalised word opens the name ("American Airlines")',
    text: 'Swedish Ferries will cut 200 jobs this winter.',
    events: [{ company: 'Swedish Ferries' }],
    never: ['Ferries'],
  },
  // 5. Places and times that are no employer.
  {
    rule: 'a demonym alone is no company ("the Indonesian e-commerce unit")',
    text: 'Quibbly is preparing to cut about 450 jobs at the Malaysian e-commerce unit this week.',
    published: '2024-06-14',
    events: [{ company: 'Quibbly' }],
    never: ['Malaysian'],
  },
  {
    rule: 'a US state abbreviation after a town is a place ("Gastonia, N.C.")',
    text: 'Yarn maker Osterly Mills will shut its plant in Belmontville, N.C., by June, eliminating about 250 jobs.',
    events: [{ company: 'Osterly Mills' }],
    never: ['N.C', 'N.C.'],
  },
  {
    rule: 'a Canadian province abbreviation is a place',
    text: 'Corvane Plastics will close its plant in Kestwick, Ont., eliminating 120 jobs.',
    events: [{ company: 'Corvane Plastics' }],
    never: ['Ont', 'Ont.'],
  },
  {
    rule: 'an Irish county ("Co Cork") is a place',
    text: "One hundred jobs are set to be lost at Veltamar Biologics' plant in Carrigtown, Co Kerry, after a review.",
    events: [{ company: 'Veltamar Biologics' }],
    never: ['Co Kerry', 'Kerry'],
  },
  {
    rule: 'a holiday is a time, not a company',
    text: 'Nimbrook Software said half of its staff will be let go by Christmas.',
    events: [{ company: 'Nimbrook Software' }],
    never: ['Christmas'],
  },
  {
    rule: '"Up to N jobs" at a sentence start names no company "Up"',
    text: 'Up to 180 jobs will be cut at the plant, the company said.',
    never: ['Up'],
  },
  // 6. Owners, possessives and appositions.
  {
    rule: '"X Group, the owner of A and B, said it would" names X Group, not a person nor B',
    text: 'Rival Larchmont Group, the owner of Quibble and Sprocket, said last month that it would reduce its workforce by 12 per cent.',
    published: '2024-06-10',
    events: [{ company: 'Larchmont Group' }],
    never: ['Quibble', 'Sprocket'],
  },
  {
    rule: 'a surname after a byline line is still the person ("By A B\\n\\nJack C")',
    text: 'By Nora Quist\n\nJack Pellow has a new message for Fernwick staff: the company is too big. The owner of Zappo and Brisk Pay is laying off 90 people this week, about 8% of its workforce, in what Pellow described in an email as a reset.',
    published: '2024-06-10',
    never: ['Pellow'],
  },
  {
    rule: '"X, Y\'s former owner, ... it laid off": the possessive in the apposition is not the employer',
    text: "Harrowby, Lintel's former owner, went through two rounds itself: it laid off 1,300 people in November 2022.",
    events: [{ company: 'Harrowby' }],
    never: ['Lintel'],
  },
  {
    rule: '"X\'s N cuts" at a sentence start: the possessive is the company',
    text: "Dromly's 1,000 cuts last June were the delivery firm's largest since 2020.",
    published: '2024-06-14',
    events: [{ company: 'Dromly' }],
  },
  {
    rule: '"Parent\'s Unit laid off": the possessive is the company, the name after it the unit',
    text: "Orvane Games let go of 300 people in May, Kestler's Brightfall laid off about 8% of its roughly 1,200 staff in October.",
    published: '2024-12-01',
    events: [{ company: 'Kestler', unit: 'Brightfall' }],
    never: ["Kestler's Brightfall"],
  },
  {
    rule: 'guard: a possessive before a company word stays one name ("Pennick\'s Group")',
    text: "Pennick's Group will cut 90 jobs.",
    events: [{ company: "Pennick's Group", unit: null }],
  },
  // 7. A town before a trade noun describes the company named after it.
  {
    rule: '"<Town> parts maker X": the town is no employer, X is',
    text: 'Tariffs force temporary layoffs of 400 workers at Brantwick parts maker Lakeview Stamping',
    events: [{ company: 'Lakeview Stamping' }],
    never: ['Brantwick'],
  },
  // 8. Unions speak for workers.
  {
    rule: '"X, the metalworkers\' union, warned": a name in apposition with a union is a union',
    text: "Harrowgate Steel will close its rod mill, cutting 900 jobs. Kovu, the metalworkers' union, warned that the closure could put 5,000 jobs at risk.",
    events: [{ company: 'Harrowgate Steel' }],
    never: ['Kovu'],
  },
  {
    rule: '"X Local 123" is a union\'s branch',
    text: 'In a statement, Dorval Local 1123 said 60 of its members would be laid off.',
    never: ['Dorval', 'Dorval Local'],
  },
  // 9. A city and its council are one employer.
  {
    rule: '"X City Council" is X when the article speaks of "the City of X"',
    text: 'The Elm Harbor City Council voted on Tuesday to eliminate 40 positions. Layoff notices will go to 22 employees on Monday.\n\nThe City of Elm Harbor employs about 300 people.',
    published: '2024-12-04',
    events: [{ company: 'Elm Harbor' }],
    never: ['Elm Harbor City Council'],
  },
  // 10. Lists and names that employ no one.
  {
    rule: 'a headline list "A, B and ..." keeps its first name, so "the owner of ..." is A',
    text: 'Payments slimming season: Quorra, Stripelane and the cost of staying private\n\nJack Pellow has a new message for staff at one of them. The owner of Zappo and Brisk Pay is laying off 93 people this week, about 8% of its workforce.',
    published: '2024-06-10',
    events: [{ company: 'Quorra' }],
    never: ['Stripelane'],
  },
  {
    rule: 'three names or more in a bare list are no events ("A, B and C have also cut staff")',
    text: 'Harlow Media said it would cut 40 jobs on Monday. Pitchvale, Northern Geographic and Vexor Media have also trimmed newsroom staff over the past year.',
    published: '2024-06-10',
    events: [{ company: 'Harlow Media' }],
    never: ['Vexor Media', 'Pitchvale', 'Northern Geographic'],
  },
  {
    rule: 'a bare list whose lexicon name is cut short still is a list ("Amazon Games and X")',
    text: 'Quillbright, Amazon Games and Nyantor have cut jobs too.',
    never: ['Nyantor', 'Quillbright', 'Amazon'],
  },
  {
    rule: 'guard: an adverb before a list of names opens no name ("Fortunately, A and B")',
    text: 'Fortunately, Kestrel and Dunlin kept their staff. Orvia cut 20 jobs.',
    events: [{ company: 'Orvia' }],
    never: ['Fortunately'],
  },
  {
    rule: 'two names that "have also" cut, with no quantity, are a bare list too',
    text: 'Corran Tools will cut 300 jobs this year. Whitmore and Fenwick Black & Decker have also trimmed staff as demand cooled.',
    published: '2024-06-10',
    events: [{ company: 'Corran Tools' }],
    never: ['Fenwick Black & Decker', 'Whitmore'],
  },
  {
    rule: '"Members of X Local 12" at a sentence start: "Members" is no name part',
    text: 'Members of Dorval Local 1123 said 60 workers would be laid off.',
    never: ['Members of Dorval', 'Dorval'],
  },
  {
    rule: 'a company "of fiction" employs no one',
    text: 'This comedy is set inside Cumulo, a fictional London software firm whose new boss announces that half of the staff will be let go.',
    never: ['Cumulo'],
  },
  {
    rule: 'a tracker\'s name ("The X Layoffs tracker estimates") is a source',
    text: 'The Pixel Trade Layoffs tracker estimates that roughly 10,000 games jobs were lost this year.',
    published: '2024-06-10',
    never: ['Pixel Trade'],
  },
  {
    rule: 'guard: in a title-case headline a country after a word is a place ("Layoffs Hit India")',
    text: 'Tech Layoffs Hit India As Funding Dries Up',
    never: ['Hit India'],
  },
  // 12. Amounts, channels and a subject's own units are no employers.
  {
    rule: 'a currency mark glued to a figure ("Dh3.2 billion") is an amount',
    text: 'The Qasr Holding Group posted a loss of Dh3.2 billion and said it had cut about 4,000 jobs.',
    published: '2024-06-10',
    events: [{ company: 'Qasr Holding Group' }],
    never: ['Dh3.2'],
  },
  {
    rule: 'a currency code before a spaced figure or "$" ("Rs 400 crore", "HK$2 billion") is an amount',
    text: 'After a loss of Rs 400 crore, the startup will lay off 600 workers. After a loss of HK$2 billion, the carrier will lay off 300 pilots.',
    published: '2024-06-10',
    never: ['Rs', 'HK'],
  },
  {
    rule: 'guard: a letter and a digit inside a name ("K2 Partners") stay a name',
    text: 'K2 Partners will cut 45 jobs at its Denver office.',
    published: '2024-06-10',
    events: [{ company: 'K2 Partners' }],
  },
  {
    rule: '"on a <Tool> call": the tool is the channel, the CEO cuts for the company in focus',
    text: 'Brightloan has cut 500 more jobs. In May, chief executive Oren Vale fired 300 people on a Quickmeet video call, a move that drew criticism.',
    published: '2024-06-10',
    events: [{ company: 'Brightloan' }],
    never: ['Quickmeet'],
  },
  {
    rule: '"told staff via <Tool>" and "announced the cuts over <Tool>": the channel of the news',
    text: 'Harlen Labs told 120 employees via Chatterly that they would be laid off. Dovecote Media announced the cuts over Pingwave, eliminating 80 jobs.',
    published: '2024-06-10',
    events: [{ company: 'Harlen Labs' }, { company: 'Dovecote Media' }],
    never: ['Chatterly', 'Pingwave'],
  },
  {
    rule: '"its <noun> business, X,": X is a part of the subject, not a second employer',
    text: 'Marlow Homes Group is closing its home-flipping business, Marlow Direct, and cutting about 900 jobs, the company said Tuesday.',
    published: '2024-06-10',
    events: [{ company: 'Marlow Homes Group' }],
    never: ['Marlow Direct'],
  },
  {
    rule: 'guard: "its payments unit, X said": a verb of saying makes X the speaker',
    text: 'It will sell its payments unit, Tessaly Bank said on Monday, and cut 250 jobs.',
    published: '2024-06-10',
    events: [{ company: 'Tessaly Bank' }],
  },
];

describe('[extract/company] probe rules for the employer', () => {
  for (const c of CASES) {
    test(c.rule, () => {
      const mentions = extractArticle({ text: c.text, published: c.published ?? null }).mentions;
      for (const e of c.events ?? []) {
        const hit = mentions.find((m) => m.company === e.company);
        assert.ok(hit, `an event for ${e.company}; got ${mentions.map((m) => m.company).join(', ')}`);
        if (e.unit !== undefined) assert.equal(hit.unit, e.unit);
      }
      for (const name of c.never ?? [])
        assert.ok(!mentions.some((m) => m.company === name), `${name} is no employer`);
    });
  }
});
