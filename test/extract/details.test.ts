import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Mention } from '../../src/domain/mention.ts';
import type { Span } from '../../src/domain/span.ts';
import { extractArticle } from '../../src/extract/extractor.ts';

const here = '[extract/details] ';
const PUBLISHED = '2024-04-03';

function mentionsOf(text: string): readonly Mention[] {
  const r = extractArticle({ text, published: PUBLISHED });
  assert.equal(r.error, undefined);
  return r.mentions;
}

function mainOf(text: string): Mention {
  const main = mentionsOf(text).find((m) => m.primary);
  assert.ok(main, `${here}no main event in: ${text}`);
  return main;
}

/** Every detail span is a verbatim piece of the text, one per name. */
function assertSpans(text: string, m: Mention): void {
  const spans: (Span | null | undefined)[] = [
    ...(m.departmentSpans ?? []),
    ...(m.locationSpans ?? []),
    m.reasonSpan,
    m.severanceSpan,
  ];
  for (const s of spans) if (s) assert.equal(text.slice(s.start, s.end), s.text);
  assert.equal(m.departmentSpans?.length ?? 0, m.departments.length);
  assert.equal(m.locationSpans?.length ?? 0, m.locations.length);
  if (m.reason !== null) assert.equal(m.reasonSpan?.text, m.reason);
  if (m.severance !== null) assert.equal(m.severanceSpan?.text, m.severance);
  assert.equal(text.slice(m.evidence.start, m.evidence.end), m.evidence.text);
}

describe(`${here}teams named in the mention's own sentence`, () => {
  const table: [string, string[]][] = [
    [
      'Norvel laid off 300 workers from its payments engineering and sales and marketing departments.',
      ['payments engineering', 'sales and marketing'],
    ],
    ['Tandem Bio cut 40 jobs in its recruiting and sales teams.', ['recruiting', 'sales']],
    [
      'Quillon will lay off 120 people in teams including design, support, finance and legal teams.',
      ['design', 'support', 'finance', 'legal'],
    ],
    ['Harrowgate is cutting 75 roles in its research and development group.', ['research and development']],
  ];
  for (const [text, teams] of table) {
    test(text, () => {
      const m = mainOf(text);
      assert.deepEqual(m.departments, teams);
      assertSpans(text, m);
    });
  }
});

describe(`${here}teams told in follow-up sentences about the main event`, () => {
  test('a follow-up with no count names the teams; "the team working on X for Y" is a team', () => {
    const text =
      'Orvia is cutting several hundred jobs at its Brightline unit. The reductions will hit both sales ' +
      'and marketing teams, as well as the team working on software for Orvia’s retail outlets.';
    const m = mainOf(text);
    assert.deepEqual(m.departments, ['sales and marketing', 'retail outlets software']);
    assertSpans(text, m);
  });

  test('a title-cased organization stays one name', () => {
    const text =
      'Pellam will lay off about 400 employees. The layoffs hit its Customer Success, Support, and ' +
      'Field Operations organization.';
    const m = mainOf(text);
    assert.deepEqual(m.departments, ['Customer Success, Support, and Field Operations']);
    assertSpans(text, m);
  });

  test('a retelling of the same team adds nothing new', () => {
    const text =
      'Corbel said it will cut 250 jobs in its consumer devices team. The cuts to Corbel’s devices team ' +
      'come the same week as a new product launch.';
    assert.deepEqual(mainOf(text).departments, ['consumer devices']);
  });

  test('a sentence about another employer or an earlier round never feeds the main event', () => {
    const text =
      'Orvia will cut 200 jobs this month. Meanwhile Kestrel’s cuts fell on its design team. ' +
      'Orvia cut 1,000 jobs in 2022. The earlier cuts hit the warehouse team.';
    const ms = mentionsOf(text);
    const main = ms.find((m) => m.primary);
    assert.equal(main?.company, 'Orvia');
    assert.deepEqual(main?.departments, []);
    for (const m of ms.filter((x) => !x.primary)) assert.deepEqual(m.departments, []);
  });
});

describe(`${here}places of the cuts`, () => {
  const table: [string, string[]][] = [
    ['Kessler AG will cut 500 jobs in Germany and Poland.', ['Germany', 'Poland']],
    ['Brindle Foods is letting go of 90 U.S. staff.', ['US']],
    ['Norvel will cut 200 jobs at its Leeds plant.', ['Leeds']],
    ['Orwell Logistics, headquartered in Berlin, will cut 300 jobs in France.', ['France']],
    ['Tessaly, the Stockholm-based music app, is laying off 150 people in the UK.', ['UK']],
  ];
  for (const [text, places] of table) {
    test(text, () => {
      const m = mainOf(text);
      assert.deepEqual(m.locations, places);
      assertSpans(text, m);
    });
  }

  test('the place named in the severance terms of the main event', () => {
    const text =
      'Marlow Games is laying off 130 employees. Marlow said that those in the U.S. will get 12 weeks ' +
      'of pay, along with health cover until June.';
    const m = mainOf(text);
    assert.deepEqual(m.locations, ['US']);
    assert.equal(m.severance, 'will get 12 weeks of pay, along with health cover until June');
    assertSpans(text, m);
  });
});

describe(`${here}reasons`, () => {
  const table: [string, string][] = [
    [
      'Halcyon Bank will cut 900 jobs as part of a plan to save $1.5 billion by 2026.',
      'as part of a plan to save $1.5 billion by 2026',
    ],
    ['Sorrel Homes laid off 60 workers, citing higher interest rates.', 'citing higher interest rates'],
    [
      'Ashby Print will cut 45 jobs as demand for its office printers fell.',
      'as demand for its office printers fell',
    ],
    [
      'Tesseract is laying off 80 employees to streamline its product lines.',
      'to streamline its product lines',
    ],
  ];
  for (const [text, reason] of table) {
    test(text, () => {
      const m = mainOf(text);
      assert.equal(m.reason, reason);
      assertSpans(text, m);
    });
  }

  test("a spokesperson's statement right after the event gives the reason", () => {
    const text =
      'Veltrix is laying off about 250 workers. "We need to simplify how we work so that we can focus on ' +
      'our core products," a Veltrix spokesperson said.';
    const m = mainOf(text);
    assert.match(m.reason ?? '', /^to simplify how we work/);
    assertSpans(text, m);
  });

  test('a stated reason of a background round stays with it', () => {
    const text =
      'Quarry Labs will cut 120 jobs. In 2022 Quarry Labs cut 400 jobs as demand for its sensors fell.';
    const main = mainOf(text);
    assert.equal(main.reason, null);
  });
});

describe(`${here}severance`, () => {
  test('the severance terms, as a short phrase, for the main event only', () => {
    const text =
      'Dunmore Mills will lay off 320 staff. Affected employees will receive pay and benefits for at least ' +
      '60 days, in addition to eligibility for a severance package, the company said.';
    const m = mainOf(text);
    assert.equal(
      m.severance,
      'will receive pay and benefits for at least 60 days, in addition to eligibility for a severance package',
    );
    assertSpans(text, m);
  });

  test('severance offered by another employer is not the main event’s', () => {
    const text =
      'Dunmore Mills will lay off 320 staff. Kestrel Paper offered its laid-off workers 16 weeks of severance pay.';
    assert.equal(mainOf(text).severance, null);
  });
});
