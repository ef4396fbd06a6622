import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  contentHash,
  decodeSignature,
  encodeSignature,
  estimateSimilarity,
  MINHASH_PERMUTATIONS,
  minhashSignature,
  NEAR_DUPLICATE_THRESHOLD,
} from '../../src/resolve/minhash.ts';

const here = '[resolve/minhash] ';

// Our own wire-style story, about a made-up company.
const WIRE =
  'Halden Robotics said on Tuesday it would cut about 600 jobs, roughly 8% of its workforce, as the ' +
  'warehouse automation maker struggles with weaker orders from retailers. The company, based in ' +
  'Gothenburg, said most of the reductions would fall on its hardware assembly and field service teams ' +
  'in Sweden and Poland. Chief executive Mira Lund told employees in a memo that the decision was ' +
  'painful but necessary to protect the business through a slower year. Affected staff will receive ' +
  'severance and help finding new roles, the company said. Halden Robotics raised prices twice last year ' +
  'and has delayed the opening of a new plant near Krakow until demand recovers. Shares in the company ' +
  'rose three percent in early trading after the announcement, which analysts had expected for weeks.';

const SYNDICATED = `Halden Robotics to shed 600 jobs amid order slump\n\n${WIRE}\n\nReporting by a staff writer; editing by the desk.`;

const REWRITE =
  'Swedish automation firm Halden Robotics is letting go of some 600 people. In an internal note, CEO ' +
  'Mira Lund blamed a drop in retail orders and said hardware and field service staff in Sweden and ' +
  'Poland would be hit hardest. The cuts amount to about 8 percent of staff. Investors welcomed the ' +
  'move, sending the stock up 3% on Tuesday. A planned factory outside Krakow is on hold.';

const SAME_TEMPLATE = WIRE.replaceAll('Halden Robotics', 'Brenner Logistics')
  .replaceAll('600', '1,100')
  .replaceAll('Gothenburg', 'Hamburg')
  .replaceAll('Sweden and Poland', 'Germany and Austria')
  .replaceAll('warehouse automation maker', 'freight forwarder')
  .replaceAll('hardware assembly and field service', 'trucking and customs brokerage')
  .replaceAll('Mira Lund', 'Jonas Weber')
  .replaceAll('Krakow', 'Leipzig');

test(`${here}signature has ${MINHASH_PERMUTATIONS} values and round-trips through hex`, () => {
  const sig = minhashSignature(WIRE);
  assert.equal(sig.length, MINHASH_PERMUTATIONS);
  assert.deepEqual(decodeSignature(encodeSignature(sig)), sig);
  assert.deepEqual(minhashSignature(WIRE), sig, 'deterministic');
});

test(`${here}a syndicated copy with its own headline and footer is a near-duplicate`, () => {
  const s = estimateSimilarity(minhashSignature(WIRE), minhashSignature(SYNDICATED));
  assert.ok(s >= NEAR_DUPLICATE_THRESHOLD, `similarity ${s}`);
});

test(`${here}another outlet's rewrite of the same news is an independent source`, () => {
  const s = estimateSimilarity(minhashSignature(WIRE), minhashSignature(REWRITE));
  assert.ok(s < NEAR_DUPLICATE_THRESHOLD, `similarity ${s}`);
});

test(`${here}two stories from one template about different companies are not copies`, () => {
  const s = estimateSimilarity(minhashSignature(WIRE), minhashSignature(SAME_TEMPLATE));
  assert.ok(s < NEAR_DUPLICATE_THRESHOLD, `similarity ${s}`);
});

test(`${here}content hash ignores line endings and outer whitespace only`, () => {
  assert.equal(contentHash('a b\r\nc  '), contentHash('a b\nc'));
  assert.notEqual(contentHash('a b c'), contentHash('a b  c'));
});
