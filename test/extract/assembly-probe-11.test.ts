import { describe, test } from 'node:test';
import { type ArticleCase as Case, checkArticle as check } from '../helpers/article-cases.ts';

/**
 * Employers described first and named later, found by probe corpus 21 (eleventh round): local
 * news opens on "A furniture exporter ..." or "A charity that runs schools ..." and names the
 * employer in the next paragraph, as the one who told the workers or confirmed the separations.
 * Each case is a short article in our own words (invented employers) and what the extractor must
 * make of it.
 */
const NAMED_LATER: readonly Case[] = [
  {
    name: 'the employer named as the one who told the workers of the cut\'s own noun ("told the teachers")',
    text: [
      'A Tarnpur-based charity that runs night schools in hill villages across Kelmshire has terminated the contracts of about 700 teachers after its foreign grants were stopped.',
      '',
      'Sunder Vidya Trust told the teachers in a text message on Thursday that it could no longer pay their salaries.',
    ].join('\n'),
    published: '2024-03-08',
    events: [{ company: 'Sunder Vidya Trust', min: 700, max: 700 }],
    absent: ['Kelmshire', 'Tarnpur'],
  },
  {
    name: 'the employer named as the one who confirmed the separations',
    text: [
      'A call centre operator in Lanao IT Park let go of about 400 agents last week after a client moved its support work abroad.',
      '',
      'Bluewave Contact Services confirmed the separations in a statement on Thursday, saying the agents had worked on a single account.',
    ].join('\n'),
    published: '2023-08-04',
    events: [{ company: 'Bluewave Contact Services', min: 400, max: 400 }],
    absent: ['Park', 'Lanao IT Park'],
  },
  {
    name: 'guard: a sentence that tells other people something names no employer for the cut',
    text: [
      'A call centre operator in Lanao IT Park let go of about 400 agents last week after a client moved its support work abroad.',
      '',
      'Mayor Ana Ruiz told the council on Thursday that the city would help the agents find new work.',
    ].join('\n'),
    published: '2023-08-04',
    absent: ['Ana Ruiz', 'Lanao IT Park'],
  },
  {
    name: "the paper's masthead on the first line is an outlet, not the employer of a described cut",
    text: [
      'Kelang Times',
      'Home › Nation',
      '',
      'Furniture Exporter Retrenches 150 As Orders Dry Up',
      '',
      'KELANG: A furniture exporter in the Sungai Rapat industrial area has retrenched 150 workers after buyers abroad put their orders on hold.',
      '',
      'Jati Indah Furniture Sdn Bhd informed the workers last Friday and has notified the Labour Department, its director said.',
      '',
      'Follow Kelang Times on Telegram for the latest updates',
    ].join('\n'),
    published: '2025-06-10',
    events: [{ company: 'Jati Indah Furniture', min: 150, max: 150 }],
    absent: ['Kelang Times', 'Sungai Rapat', 'Jati Indah Furniture Sdn Bhd'],
  },
  {
    name: 'a trust is called "the trust" when it cuts again',
    text: [
      'Sunder Vidya Trust said on Thursday it would close its village schools and let go of about 700 teachers.',
      '',
      'The trust had already let go of 90 field coordinators in December, when its bank froze its account.',
    ].join('\n'),
    published: '2024-03-08',
    events: [
      { company: 'Sunder Vidya Trust', min: 700, max: 700 },
      { company: 'Sunder Vidya Trust', min: null, start: '2023-12-01' },
    ],
  },
];

describe('assembly probe 11: employers described first and named later', () => {
  for (const c of NAMED_LATER) test(c.name, () => check(c));
});
