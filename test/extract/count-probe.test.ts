import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type CountCase, checkCount, mentionsOf } from '../helpers/counts.ts';

/**
 * Triggers, counts and non-layoff language found by probe corpora 5 and 6, each rule with
 * sentences in our own words (invented companies): regional cut verbs ("retrench", "disengage"),
 * contracts not renewed, posts abolished, British number words, fractions of a stated number of
 * posts, "scores of", splits by place, and sentences that name no cut at all (reassignment,
 * reinstatement, sports squads, sector forecasts, vacant posts, fiction).
 */

function checkNothing(text: string): void {
  const ms = mentionsOf(text);
  assert.deepEqual(
    ms.map((m) => [m.company, m.count?.text ?? null]),
    [],
  );
}

describe('[extract/count-probe] "retrench" is a cut verb in Asian and African English', () => {
  const CASES: readonly CountCase[] = [
    {
      text: 'Budget carrier Tarsier Air will retrench nearly 300 ground personnel, the company said.',
      company: 'Tarsier Air',
      span: 'nearly 300 ground personnel',
      min: null,
      max: 299,
    },
    {
      text: 'Contract manufacturer Bukit Circuits will retrench about 240 employees at its Jurong plant.',
      company: 'Bukit Circuits',
      span: 'about 240 employees',
      min: 240,
      max: 240,
    },
    {
      text: 'Highveld Foundry retrenched 120 workers at its smelter last month.',
      company: 'Highveld Foundry',
      span: '120 workers',
      min: 120,
      max: 120,
    },
  ];
  for (const c of CASES) test(c.text, () => checkCount(c));

  test('a figure of retrenchments set by the law is a threshold, not a cut', () => {
    checkNothing(
      'Orchid Semicon notified the ministry, as required for retrenchments affecting five or more employees.',
    );
    checkNothing(
      'Orchid Semicon notified the ministry, as required for redundancies affecting 20 or more employees.',
    );
  });
});

describe('[extract/count-probe] "disengage" staff is a cut verb in Nigerian English', () => {
  const CASES: readonly CountCase[] = [
    {
      text: 'Telecoms operator Kano Wireless has disengaged between 350 and 400 workers across its offices.',
      company: 'Kano Wireless',
      span: 'between 350 and 400 workers',
      min: 350,
      max: 400,
    },
    {
      text: 'Savanna Bank disengaged about 90 staff from its retail arm on Friday.',
      company: 'Savanna Bank',
      span: 'about 90 staff',
      min: 90,
      max: 90,
    },
  ];
  for (const c of CASES) test(c.text, () => checkCount(c));

  test('"disengaged employees" of an engagement survey are no cut', () => {
    checkNothing('Disengaged employees cost Ferrow Logistics about 300 working days a year, a survey found.');
  });
});

describe('[extract/count-probe] contracts that will not be renewed are a job cut', () => {
  const CASES: readonly CountCase[] = [
    {
      text: 'At Brenmoor Hospital Trust, the fixed-term contracts of 45 staff on its records project will not be renewed.',
      company: 'Brenmoor Hospital Trust',
      span: '45 staff',
      min: 45,
      max: 45,
    },
    {
      text: 'Calloway College said it would not renew the contracts of 60 part-time lecturers next term.',
      company: 'Calloway College',
      span: '60 part-time lecturers',
      min: 60,
      max: 60,
    },
  ];
  for (const c of CASES) test(c.text, () => checkCount(c));
});

describe('[extract/count-probe] posts "abolished" and jobs "at risk" after a closure', () => {
  const CASES: readonly CountCase[] = [
    {
      text: 'At the Marlow Institute, 310 administrative staff were told their positions had been abolished.',
      company: 'Marlow Institute',
      span: '310 administrative staff',
      min: 310,
      max: 310,
    },
    {
      text: 'Tressel Water will abolish 85 posts in its billing office.',
      company: 'Tressel Water',
      span: '85 posts',
      min: 85,
      max: 85,
    },
    {
      text: 'Hadley Motors plant to close with about 1,100 jobs at risk',
      company: 'Hadley Motors',
      span: 'about 1,100 jobs',
      min: 1100,
      max: 1100,
    },
  ];
  for (const c of CASES) test(c.text, () => checkCount(c));
});

describe('[extract/count-probe] numbers in words with British "and" and several scales', () => {
  const CASES: readonly CountCase[] = [
    {
      text: 'One hundred and eighty jobs are set to be lost at Quillon Biologics.',
      company: 'Quillon Biologics',
      span: 'One hundred and eighty jobs',
      min: 180,
      max: 180,
    },
    {
      text: 'Strand Telecom will cut two thousand five hundred jobs over two years.',
      company: 'Strand Telecom',
      span: 'two thousand five hundred jobs',
      min: 2500,
      max: 2500,
    },
    {
      text: 'Ashgrove Mills laid off three hundred and sixty-two workers.',
      company: 'Ashgrove Mills',
      span: 'three hundred and sixty-two workers',
      min: 362,
      max: 362,
    },
  ];
  for (const c of CASES) test(c.text, () => checkCount(c));
});

describe('[extract/count-probe] a fraction of a stated number of posts derives a count', () => {
  const CASES: readonly CountCase[] = [
    {
      text: 'Wexmoor Council will cut a quarter of its 1,160 corporate and administrative posts.',
      company: 'Wexmoor Council',
      span: 'a quarter of its 1,160 corporate and administrative posts',
      min: 290,
      max: 290,
      percent: 25,
    },
    {
      text: 'Drayton Press will axe a fifth of its 400 newsroom posts.',
      company: 'Drayton Press',
      span: 'a fifth of its 400 newsroom posts',
      min: 80,
      max: 80,
      percent: 20,
    },
  ];
  for (const c of CASES) test(c.text, () => checkCount(c));
});

describe('[extract/count-probe] "scores of" the affected staff is 40..99', () => {
  test('a part of a cut told by "scores of the affected employees"', () => {
    const ms = mentionsOf(
      'Corvane will lay off 614 workers in Texas. Scores of the affected employees worked at its Austin lab, Corvane said.',
    );
    const part = ms.find((m) => m.count?.text === 'Scores of the affected employees');
    assert.ok(part, JSON.stringify(ms.map((m) => [m.company, m.count?.text])));
    assert.equal(part.count?.min, 40);
    assert.equal(part.count?.max, 99);
  });

  test('"scores" of a test or a match is no count', () => {
    checkNothing('Pellow Academy said test scores of its pupils rose this year.');
  });
});

describe('[extract/count-probe] "including N in <place>" is a breakdown, "including N <kind>" a part', () => {
  const SPLITS: readonly CountCase[] = [
    {
      text: 'Harwick University will lay off 2,222 workers, including 247 in the United States.',
      company: 'Harwick University',
      span: '2,222 workers',
      min: 2222,
      max: 2222,
    },
    {
      text: 'The closures at Brightway Pharmacy will eliminate 1,100-plus jobs, including 120 in Ohio.',
      company: 'Brightway Pharmacy',
      span: '1,100-plus jobs',
      min: 1101,
      max: null,
    },
  ];
  for (const c of SPLITS) test(c.text, () => checkCount(c));

  test('a part told by the kind of worker stays its own event', () => {
    const ms = mentionsOf(
      'Corlett Works will make 196 staff redundant, including 160 workers with disabilities.',
    );
    assert.deepEqual(ms.map((m) => m.count?.text).sort(), ['160 workers', '196 staff'].sort());
  });
});

describe('[extract/count-probe] "cut 10,000 and ..." keeps the bare figure', () => {
  test('a figure with no noun before "and" and the next company', () => {
    const ms = mentionsOf(
      'In January, Kestrel Systems said it would cut 10,000 and Orvia Retail confirmed it was laying off more than 8,000 workers.',
    );
    const kestrel = ms.find((m) => m.company === 'Kestrel Systems');
    assert.ok(kestrel, JSON.stringify(ms.map((m) => [m.company, m.count?.text])));
    assert.equal(kestrel.count?.min, 10000);
  });

  test('"cut 30 and 45 weekly flights" joins two figures of something else', () => {
    const ms = mentionsOf(
      'Halvard Air said it would cut 30 and 45 weekly flights from its Leeds base and lay off pilots.',
    );
    assert.ok(
      ms.every((m) => m.count?.text !== '30'),
      JSON.stringify(ms.map((m) => [m.company, m.count?.text])),
    );
  });
});

describe('[extract/count-probe] posts eliminated that include stated vacancies are no people count', () => {
  test('the people laid off are the count when the other posts are vacant', () => {
    const ms = mentionsOf(
      'Greyford budget eliminates 64 positions; 38 city workers to get layoff notices.\n\n' +
        'Layoff notices will go to 38 employees on Monday, the Greyford city manager said; the other 26 positions are vacant.',
    );
    assert.ok(ms.length > 0);
    assert.ok(
      ms.every((m) => m.count?.min !== 64),
      JSON.stringify(ms.map((m) => [m.company, m.count?.text])),
    );
    assert.ok(ms.some((m) => m.count?.min === 38));
  });
});

describe('[extract/count-probe] sentences that name no layoff', () => {
  const NOTHING: readonly string[] = [
    // reassignment instead of a cut
    'Many of the roughly 2,000 people who worked on the drone project were moved to Pellan’s robotics division rather than being let go.',
    'Most of the 400 engineers at Quorra Labs were reassigned instead of being laid off.',
    // a court orders dismissed workers back; dismissal for a strike or misconduct
    'The labour court ordered Mwangi Tea Estates to reinstate 46 workers it dismissed last year for taking part in a go-slow.',
    'Court orders Ridgeway Mills to reinstate 80 workers sacked over strike',
    // sports
    'Prop Aidan Colfer is back in the squad after a three-month layoff with a calf injury, while two uncapped backs have been cut from the wider training group.',
    'Harlow Rovers let go two players from the squad after a six-week layoff.',
    // a forecast for a whole sector, in an article whose employer has no cut
    'Harrow Union warns tariffs could put tens of thousands of auto jobs at risk\n\nBrantford Parts, which employs 2,300 people, said it had no plans to lay off workers at this time.',
    // one figure for several employers
    'The pledge comes after Meta, Amazon and Google together shed tens of thousands of workers over the past few months.',
    'Ardent Bank, Colvin Trust and Parry & Lowe have collectively cut 9,000 jobs since March.',
    // fiction
    'This six-part comedy is set inside Nimbus, a fictional software firm whose new boss announces that half of the staff will be let go.',
  ];
  for (const text of NOTHING) test(text, () => checkNothing(text));

  const FORECAST_AFTER_CUT: readonly (readonly [string, string])[] = [
    [
      'Corbel Steel will cut 3,500 jobs at its Newcastle works.\n\nThe metalworkers union warned that the closure could put tens of thousands of jobs at risk across the steel value chain.',
      '3,500 jobs',
    ],
    [
      'Wexford Health Trust will cut 200 posts.\n\nThe reforms are expected to lead to thousands of job losses across the health service.',
      '200 posts',
    ],
  ];
  for (const [text, count] of FORECAST_AFTER_CUT)
    test(text, () => {
      assert.deepEqual(
        mentionsOf(text).map((m) => m.count?.text),
        [count],
      );
    });

  const EMPLOYER_CUTS: readonly (readonly [string, string])[] = [
    ['Dunmore Stores said it would cut 800 jobs across the country.', '800 jobs'],
    [
      'Quarry Systems could eliminate tens of thousands of jobs, people familiar with the plan said.',
      'tens of thousands of jobs',
    ],
  ];
  for (const [text, count] of EMPLOYER_CUTS)
    test(`an employer's own cut stays: ${text}`, () => {
      assert.deepEqual(
        mentionsOf(text).map((m) => m.count?.text),
        [count],
      );
    });

  test('a contract with a supplier or for a service is no job', () => {
    checkNothing('Corbel Council said it would not renew its contract with Halvard Waste when it expires.');
    checkNothing('The contract for the bin service will not be renewed, Corbel Council said.');
  });

  test('an employer’s own cut "across the company" is still an event', () => {
    const ms = mentionsOf('Dunmore Foods said it would cut 300 jobs across the company.');
    assert.equal(ms.length, 1);
    assert.equal(ms[0]?.count?.min, 300);
  });
});

describe('[extract/count-probe] more cut verbs: dismiss, terminate people, face the axe, pink slips, reduction in force', () => {
  const CASES: readonly CountCase[] = [
    {
      text: 'Garrow Bank will dismiss 150 staff at its call centre.',
      company: 'Garrow Bank',
      span: '150 staff',
      min: 150,
      max: 150,
    },
    {
      text: 'Quill Airways will terminate 300 cabin crew in June.',
      company: 'Quill Airways',
      span: '300 cabin crew',
      min: 300,
      max: 300,
    },
    {
      text: 'About 200 workers at Lanark Textiles face the axe.',
      company: 'Lanark Textiles',
      span: 'About 200 workers',
      min: 200,
      max: 200,
    },
    {
      text: 'Lowry Foods handed pink slips to 200 workers on Friday.',
      company: 'Lowry Foods',
      span: '200 workers',
      min: 200,
      max: 200,
    },
    {
      text: 'Delmont Housing Authority began sending reduction-in-force notices to 400 employees.',
      company: 'Delmont Housing Authority',
      span: '400 employees',
      min: 400,
      max: 400,
    },
  ];
  for (const c of CASES) test(c.text, () => checkCount(c));

  test('"there will not be a reduction in force" is a pledge, not a cut', () => {
    checkNothing('Harlan Partners told staff there will not be a reduction in force at the firm in 2025.');
  });
});

describe('[extract/count-probe] "a thousand", "hundreds of thousands", "a few dozen", "two-fifths"', () => {
  const CASES: readonly CountCase[] = [
    {
      text: 'Marrow Foods will lay off more than a thousand workers at its Leeds plant.',
      company: 'Marrow Foods',
      span: 'more than a thousand workers',
      min: 1001,
      max: null,
    },
    {
      text: 'Tolland Media cut about a hundred jobs last week.',
      company: 'Tolland Media',
      span: 'about a hundred jobs',
      min: 100,
      max: 100,
    },
    {
      text: 'Velmont Postal Service will eliminate hundreds of thousands of jobs over a decade.',
      company: 'Velmont Postal Service',
      span: 'hundreds of thousands of jobs',
      min: 200_000,
      max: 999_999,
    },
    {
      text: 'Brisk Retail will lay off a few dozen staff at its head office.',
      company: 'Brisk Retail',
      span: 'a few dozen staff',
      min: 24,
      max: 99,
    },
    {
      text: 'Orrin Games will cut two-fifths of its 500 employees.',
      company: 'Orrin Games',
      span: 'two-fifths of its 500 employees',
      min: 200,
      max: 200,
      percent: 40,
    },
    // "hundreds of thousands of hours": a vague figure of something else is no count
    {
      text: 'Halvard Logistics will cut hundreds of thousands of hours of overtime and lay off 300 drivers.',
      company: 'Halvard Logistics',
      span: '300 drivers',
      min: 300,
      max: 300,
    },
  ];
  for (const c of CASES) test(c.text, () => checkCount(c));
});

describe('[extract/count-probe] a furlough beside a layoff in one sentence drops only the furlough', () => {
  const CASES: readonly CountCase[] = [
    {
      text: 'In June, Harbin Leisure laid off about 120 staff and furloughed roughly as many.',
      company: 'Harbin Leisure',
      span: 'about 120 staff',
      min: 120,
      max: 120,
    },
    {
      text: 'Velmora Casinos told about 9,000 of its furloughed U.S. employees on Tuesday that they will be laid off.',
      company: 'Velmora Casinos',
      span: 'about 9,000 of its furloughed U.S. employees',
      min: 9000,
      max: 9000,
    },
    {
      text: 'Brenwick Hotels said up to 2,000 jobs could go once the furlough scheme ends in October.',
      company: 'Brenwick Hotels',
      span: 'up to 2,000 jobs',
      min: null,
      max: 2000,
    },
    {
      text: 'Corran Air will cut 3,000 jobs and keep about 9,000 more employees stood down until next year.',
      company: 'Corran Air',
      span: '3,000 jobs',
      min: 3000,
      max: 3000,
    },
    {
      text: 'Last spring Skyreach temporarily laid off about 2,300 flight attendants.',
      company: 'Skyreach',
      span: 'about 2,300 flight attendants',
      min: 2300,
      max: 2300,
    },
  ];
  for (const c of CASES) test(c.text, () => checkCount(c));

  const NOTHING = [
    'A furlough is a temporary layoff, not a permanent one, and workers keep their benefits.',
    'Tasman Air stood down 8,000 workers, a temporary layoff while the borders stay closed.',
    'Many employers chose furloughs over layoffs, hoping to bring staff back within months.',
    // a cut of pay, not of people
    'Orlen Airways cut the basic salaries of most employees by 20 to 40 per cent for three months.',
    'Quillon Foods reduced working hours for 600 workers at its bakery.',
  ];
  for (const t of NOTHING) test(`nothing: ${t}`, () => checkNothing(t));
});
