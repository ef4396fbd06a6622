import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { isValidSpan } from '../../src/domain/span.ts';
import { extractArticle } from '../../src/extract/extractor.ts';
import { SHARED, skipWithoutShared } from '../helpers/shared.ts';

interface Gold {
  file: string;
  company: string;
  count_min: number | null;
  count_max: number | null;
  optional?: boolean;
  primary: boolean;
}

describe('[extract/seeds] golden', () => {
  test(
    'every required gold event of the seeds is found, both statistics too',
    {
      skip: skipWithoutShared,
    },
    () => {
      const dir = join(SHARED, 'seeds');
      const gold = readFileSync(join(dir, 'gold.jsonl'), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Gold);
      const aggs = readFileSync(join(dir, 'aggregates.jsonl'), 'utf8').split('\n').filter(Boolean);
      let aggregatesFound = 0;
      for (const file of readdirSync(join(dir, 'articles'))) {
        const text = readFileSync(join(dir, 'articles', file), 'utf8');
        const r = extractArticle({ text, file });
        for (const m of r.mentions) assert.ok(isValidSpan(text, m.evidence));
        assert.equal(r.mentions.filter((m) => m.primary).length, 1, `${file}: one primary`);
        aggregatesFound += r.aggregates.length;
        for (const g of gold.filter((x) => x.file === file && !x.optional)) {
          const hit = r.mentions.find((m) => {
            if (m.company.toLowerCase() !== g.company.toLowerCase()) return false;
            if (g.count_min === null && g.count_max === null) return true;
            const lo = m.count?.min ?? Number.NEGATIVE_INFINITY;
            const hi = m.count?.max ?? Number.POSITIVE_INFINITY;
            return (
              m.count !== null &&
              lo <= (g.count_max ?? Number.POSITIVE_INFINITY) &&
              (g.count_min ?? Number.NEGATIVE_INFINITY) <= hi
            );
          });
          assert.ok(hit, `${file}: ${g.company} ${g.count_min}..${g.count_max}`);
        }
      }
      assert.equal(aggregatesFound, aggs.length);
    },
  );
});
