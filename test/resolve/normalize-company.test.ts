import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { companyMetadata, normalizeCompany } from '../../src/resolve/normalize-company.ts';

const here = '[resolve/normalize-company] ';

describe('legal and filing names (WARN employers)', () => {
  // [as written, family, unit]: the family is the same one the short name gets.
  const cases: [string, string, string | null][] = [
    ['Amazon.com Services LLC', 'Amazon', null],
    ['Amazon.com, Inc.', 'Amazon', null],
    ['Amazon', 'Amazon', null],
    ['Meta Platforms, Inc.', 'Meta', null],
    ['Meta', 'Meta', null],
    ['Alphabet Inc.', 'Alphabet', null],
    ['Alphabet', 'Alphabet', null],
    ['Google LLC', 'Alphabet', null],
    // A listed unit alias matches as a whole before any word is dropped.
    ['Amazon Web Services', 'Amazon', 'AWS'],
  ];
  for (const [written, family, unit] of cases) {
    test(`${here}"${written}" → ${family}${unit ? ` / ${unit}` : ''}`, () => {
      const n = normalizeCompany(written, null);
      assert.equal(n.company, family);
      assert.equal(n.key, normalizeCompany(family, null).key);
      assert.equal(n.unit, unit);
    });
  }

  test(`${here}generic words stay when the rest is not a company we know`, () => {
    assert.equal(normalizeCompany('Acme Services LLC', null).company, 'Acme Services');
    assert.equal(normalizeCompany('Veltrix Holdings', null).company, 'Veltrix Holdings');
    assert.equal(normalizeCompany('Services', null).company, 'Services');
  });

  test(`${here}metadata follows the legal name`, () => {
    assert.equal(companyMetadata('Amazon.com Services LLC')?.name, 'Amazon');
    assert.equal(companyMetadata('Acme Services'), null);
  });
});

describe('possessive endings', () => {
  test(`${here}a listed name found with or without its possessive`, () => {
    assert.equal(normalizeCompany('Byju', null).company, "Byju's", 'the extractor dropped the apostrophe-s');
    assert.equal(normalizeCompany('Byjus', null).key, normalizeCompany('Byju', null).key);
    assert.equal(normalizeCompany('Spotify’s', null).company, 'Spotify');
  });
  test(`${here}an unknown name keys the same with or without it, and keeps what was written`, () => {
    const owned = normalizeCompany("Veltrix's", null);
    assert.equal(owned.key, normalizeCompany('Veltrix', null).key);
    assert.equal(owned.company, "Veltrix's");
    assert.notEqual(normalizeCompany('Veltrixs', null).key, owned.key, 'only an apostrophe-s counts');
  });
});
