import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArticleInput } from '../../src/domain/article.ts';
import type { AggregateClaim, ExtractionResult, Mention, Status } from '../../src/domain/mention.ts';
import type { Span } from '../../src/domain/span.ts';
import { ingestArticles } from '../../src/pipeline/run.ts';
import { openStore, type Store } from '../../src/store/connect.ts';

/*
 * Articles written for these tests (fictional companies, our own words), each with the mentions a
 * correct extractor finds in it. The API tests ingest them through the real pipeline and store
 * with this hand-labelled extraction in place of the rule extractor, so they test the API and
 * not the extractor's current recall; test/web/ runs the real extractor on the seeds and samples.
 */

interface FixtureMention {
  readonly company: string;
  readonly unit?: string;
  /** The sentence that states it; must occur in the article text. */
  readonly sentence: string;
  readonly companyText: string;
  readonly countText?: string;
  readonly count?: { readonly min: number | null; readonly max: number | null; readonly approx?: boolean };
  readonly percent?: number;
  readonly dateText?: string;
  readonly date: { readonly start: string; readonly end: string };
  readonly status: Status;
  readonly reason?: string;
}

interface FixtureAggregate {
  readonly sentence: string;
  readonly source: string | null;
  readonly companies: number | null;
  readonly employees: { readonly min: number | null; readonly max: number | null };
  readonly period: { readonly start: string; readonly end: string; readonly text: string };
}

interface FixtureArticle {
  readonly input: ArticleInput;
  readonly mentions: readonly FixtureMention[];
  readonly aggregates?: readonly FixtureAggregate[];
}

const VELTRIX_A = `Veltrix Robotics to shed 400 jobs

Veltrix Robotics said on Tuesday it will eliminate 400 jobs across its warehouse automation division. The company told staff the reductions are part of a plan to focus on its surgical robots. Veltrix employs about 6,000 people worldwide, and the cuts fall mostly on its Ohio plants.`;

const VELTRIX_B = `Robot maker Veltrix trims workforce

In a memo to employees seen by our reporters, Veltrix Robotics confirmed that 400 positions will be cut in its automation business on March 12, 2024. Executives called the move painful but necessary. Severance details were not disclosed.`;

/** A syndicated copy of VELTRIX_A with a different headline: counts as a copy, not a new source. */
const VELTRIX_COPY = VELTRIX_A.replace(
  'Veltrix Robotics to shed 400 jobs',
  'Veltrix Robotics to shed 400 jobs (wire copy)',
);

const QUARRY = `Quarry Bank announces restructuring

Quarry Bank, which employs 85,000 people, is cutting 5% of staff over the coming year, the lender said on February 20, 2024. The cuts will mostly hit branch operations. The bank expects to save $300 million a year.`;

const NORVEL = `Norvel Foods plans layoffs at snack plants

Norvel Foods plans to lay off several hundred workers at its snack plants in April 2024, according to a notice filed with state officials. The company said demand for its crackers had fallen sharply.`;

const TRACKER = `Tech layoffs continue into spring

According to Layoffs.fyi, 70 tech firms have let go of almost 32,000 people so far in 2024. Analysts expect the pace to slow in the summer. Meanwhile Veltrix Robotics, which announced cuts last month, said its hiring freeze remains in place.`;

/**
 * A hostile article: markup and script in the title, the outlet, the body and the URL. Every one
 * of them must come out as inert text on every page, in the feed and in the exports.
 */
export const XSS_MARKER = 'onerror=alert(1)';
const XSS = `<script>alert("title")</script> Zyx Widgets news

Zyx Widgets <img src=x onerror=alert(1)> will cut 120 jobs <script>alert("body")</script> at its Leeds plant in March 2024. Read more at <a href="javascript:alert(2)">this link</a>.`;

/** A company name that a spreadsheet would run as a formula: the CSV export must neutralise it. */
export const FORMULA_COMPANY = '=HYPERLINK("http://example.invalid","x") Labs';
const FORMULA = `Odd name, real cuts

${FORMULA_COMPANY} will cut 75 jobs in January 2024, the startup said.`;

export const FIXTURE_ARTICLES: readonly FixtureArticle[] = [
  {
    input: {
      text: VELTRIX_A,
      file: 'veltrix-a.txt',
      url: 'https://news.example.com/veltrix',
      outlet: 'news.example.com',
      title: 'Veltrix Robotics to shed 400 jobs',
      published: '2024-03-13',
    },
    mentions: [
      {
        company: 'Veltrix Robotics',
        sentence:
          'Veltrix Robotics said on Tuesday it will eliminate 400 jobs across its warehouse automation division.',
        companyText: 'Veltrix Robotics',
        countText: '400 jobs',
        count: { min: 400, max: 400 },
        dateText: 'on Tuesday',
        date: { start: '2024-03-12', end: '2024-03-12' },
        status: 'announced',
        reason: 'focus on its surgical robots',
      },
    ],
  },
  {
    input: {
      text: VELTRIX_B,
      file: 'veltrix-b.txt',
      url: 'https://other.example.org/robots',
      outlet: 'other.example.org',
      title: 'Robot maker Veltrix trims workforce',
      published: '2024-03-14',
    },
    mentions: [
      {
        company: 'Veltrix Robotics',
        sentence:
          'In a memo to employees seen by our reporters, Veltrix Robotics confirmed that 400 positions will be cut in its automation business on March 12, 2024.',
        companyText: 'Veltrix Robotics',
        countText: '400 positions',
        count: { min: 400, max: 400 },
        dateText: 'on March 12, 2024',
        date: { start: '2024-03-12', end: '2024-03-12' },
        status: 'announced',
      },
    ],
  },
  {
    input: {
      text: VELTRIX_COPY,
      file: 'veltrix-copy.txt',
      url: 'https://wire.example.net/veltrix',
      outlet: 'wire.example.net',
      title: 'Veltrix Robotics to shed 400 jobs (wire copy)',
      published: '2024-03-13',
    },
    mentions: [
      {
        company: 'Veltrix Robotics',
        sentence:
          'Veltrix Robotics said on Tuesday it will eliminate 400 jobs across its warehouse automation division.',
        companyText: 'Veltrix Robotics',
        countText: '400 jobs',
        count: { min: 400, max: 400 },
        dateText: 'on Tuesday',
        date: { start: '2024-03-12', end: '2024-03-12' },
        status: 'announced',
      },
    ],
  },
  {
    input: {
      text: QUARRY,
      file: 'quarry.txt',
      url: 'https://finance.example.com/quarry',
      outlet: 'finance.example.com',
      title: 'Quarry Bank announces restructuring',
      published: '2024-02-20',
    },
    mentions: [
      {
        company: 'Quarry Bank',
        sentence:
          'Quarry Bank, which employs 85,000 people, is cutting 5% of staff over the coming year, the lender said on February 20, 2024.',
        companyText: 'Quarry Bank',
        countText: '5% of staff',
        count: { min: 4250, max: 4250 },
        percent: 5,
        dateText: 'on February 20, 2024',
        date: { start: '2024-02-20', end: '2024-02-20' },
        status: 'announced',
      },
    ],
  },
  {
    input: {
      text: NORVEL,
      file: 'norvel.txt',
      url: 'https://food.example.com/norvel',
      outlet: 'food.example.com',
      title: 'Norvel Foods plans layoffs at snack plants',
      published: '2024-04-01',
    },
    mentions: [
      {
        company: 'Norvel Foods',
        sentence:
          'Norvel Foods plans to lay off several hundred workers at its snack plants in April 2024, according to a notice filed with state officials.',
        companyText: 'Norvel Foods',
        countText: 'several hundred workers',
        count: { min: 200, max: 999, approx: true },
        dateText: 'in April 2024',
        date: { start: '2024-04-01', end: '2024-04-30' },
        status: 'planned',
      },
    ],
  },
  {
    input: {
      text: TRACKER,
      file: 'tracker.txt',
      url: 'https://tech.example.com/spring',
      outlet: 'tech.example.com',
      title: 'Tech layoffs continue into spring',
      published: '2024-04-05',
    },
    mentions: [],
    aggregates: [
      {
        sentence:
          'According to Layoffs.fyi, 70 tech firms have let go of almost 32,000 people so far in 2024.',
        source: 'Layoffs.fyi',
        companies: 70,
        employees: { min: null, max: 31999 },
        period: { start: '2024-01-01', end: '2024-04-05', text: 'so far in 2024' },
      },
    ],
  },
  {
    input: {
      text: XSS,
      file: 'xss.txt',
      url: 'javascript:alert(3)',
      outlet: '<b onmouseover=alert(4)>outlet</b>',
      title: '<script>alert("title")</script> Zyx Widgets news',
      published: '2024-03-02',
    },
    mentions: [
      {
        company: 'Zyx Widgets',
        sentence:
          'Zyx Widgets <img src=x onerror=alert(1)> will cut 120 jobs <script>alert("body")</script> at its Leeds plant in March 2024.',
        companyText: 'Zyx Widgets',
        countText: '120 jobs',
        count: { min: 120, max: 120 },
        dateText: 'in March 2024',
        date: { start: '2024-03-01', end: '2024-03-31' },
        status: 'announced',
      },
    ],
  },
  {
    input: {
      text: FORMULA,
      file: 'formula.txt',
      url: 'https://startups.example.com/odd',
      outlet: 'startups.example.com',
      title: 'Odd name, real cuts',
      published: '2024-01-15',
    },
    mentions: [
      {
        company: FORMULA_COMPANY,
        sentence: `${FORMULA_COMPANY} will cut 75 jobs in January 2024, the startup said.`,
        companyText: FORMULA_COMPANY,
        countText: '75 jobs',
        count: { min: 75, max: 75 },
        dateText: 'in January 2024',
        date: { start: '2024-01-01', end: '2024-01-31' },
        status: 'announced',
      },
    ],
  },
];

function spanOf(text: string, needle: string, from = 0): Span {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture text does not contain ${JSON.stringify(needle)}`);
  return { start, end: start + needle.length, text: needle };
}

function toMention(text: string, f: FixtureMention): Mention {
  const evidence = spanOf(text, f.sentence);
  const inSentence = (needle: string) => spanOf(text, needle, evidence.start);
  return {
    company: f.company,
    unit: f.unit ?? null,
    companySpan: inSentence(f.companyText),
    count:
      f.count && f.countText
        ? {
            min: f.count.min,
            max: f.count.max,
            approx: f.count.approx ?? false,
            derived: f.percent !== undefined,
            text: f.countText,
            span: inSentence(f.countText),
            workforce: null,
          }
        : null,
    percent: f.percent ?? null,
    date: {
      start: f.date.start,
      end: f.date.end,
      text: f.dateText ?? '',
      span: f.dateText ? inSentence(f.dateText) : null,
      basis: 'explicit',
    },
    status: f.status,
    departments: [],
    locations: [],
    reason: f.reason ?? null,
    severance: null,
    primary: true,
    evidence,
    rule: 'fixture',
  };
}

/** The hand-labelled extraction for a fixture article (by its text). */
export function fixtureExtract(input: ArticleInput): ExtractionResult {
  const fixture = FIXTURE_ARTICLES.find((a) => a.input.text === input.text);
  if (!fixture) throw new Error(`not a fixture article: ${input.file ?? input.text.slice(0, 40)}`);
  const aggregates: AggregateClaim[] = (fixture.aggregates ?? []).map((a) => ({
    source: a.source,
    companies: a.companies,
    employees: a.employees,
    period: a.period,
    evidence: spanOf(input.text, a.sentence),
  }));
  return {
    published: { date: input.published ?? null, basis: input.published ? 'metadata' : null, span: null },
    mentions: fixture.mentions.map((m) => toMention(input.text, m)),
    aggregates,
  };
}

export interface TempStore {
  readonly store: Store;
  cleanup(): Promise<void>;
}

/** A fresh SQLite file in a temp dir, filled with the fixture articles through the pipeline. */
export async function fixtureStore(): Promise<TempStore> {
  const dir = mkdtempSync(join(tmpdir(), 'layoffs-api-'));
  const store = await openStore({ kind: 'sqlite', path: join(dir, 'test.db') });
  const report = await ingestArticles(
    store,
    FIXTURE_ARTICLES.map((a) => a.input),
    { extract: fixtureExtract },
  );
  if (report.articles.failed > 0)
    throw new Error(`fixture ingest failed: ${JSON.stringify(report.failures)}`);
  return {
    store,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
