import { createHash } from 'node:crypto';

/*
 * Near-duplicate articles (a wire story syndicated by several sites, the same text behind two
 * URLs). An identical text has the same content hash; a copy with its own headline, byline or
 * footer has a high estimated Jaccard similarity of word shingles. Rewrites of one story by two
 * outlets share far fewer shingles (~0.27 at most on the seeds): they are independent sources,
 * merged as *events* by the match rules, never as articles.
 */

export const MINHASH_PERMUTATIONS = 64;
/** Words per shingle: three-word runs survive small edits yet rarely repeat across stories. */
export const SHINGLE_WORDS = 3;
/**
 * Estimated Jaccard similarity from which an article is a copy of another.
 * Accepts: a 150-word wire story republished with a different headline and a one-line
 * "Reporting by …" footer (≈0.85). Rejects: the same news rewritten by another outlet (≈0.1–0.3),
 * and two stories from one template that differ in company and figures.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.6;

/** The content hash: sha256 of the text with line endings and outer whitespace normalized. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n?/g, '\n').trim()).digest('hex');
}

function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .filter((w) => w.length > 0);
}

/** FNV-1a, 32-bit. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A bijective 32-bit mixer (murmur3 finalizer): with a per-permutation seed, one "permutation". */
function mix(x: number, seed: number): number {
  let h = (x ^ seed) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Fixed seeds so signatures stored today compare with signatures computed next year. */
const SEEDS: readonly number[] = Array.from({ length: MINHASH_PERMUTATIONS }, (_, i) =>
  mix(i + 1, 0x9e3779b9),
);

export function shingles(text: string): Set<number> {
  const w = words(text);
  const out = new Set<number>();
  if (w.length < SHINGLE_WORDS) {
    if (w.length > 0) out.add(fnv1a(w.join(' ')));
    return out;
  }
  for (let i = 0; i + SHINGLE_WORDS <= w.length; i++) out.add(fnv1a(w.slice(i, i + SHINGLE_WORDS).join(' ')));
  return out;
}

export function minhashSignature(text: string): number[] {
  const sig = new Array<number>(MINHASH_PERMUTATIONS).fill(0xffffffff);
  for (const s of shingles(text)) {
    for (let i = 0; i < MINHASH_PERMUTATIONS; i++) {
      const h = mix(s, SEEDS[i] ?? 0);
      if (h < (sig[i] ?? 0xffffffff)) sig[i] = h;
    }
  }
  return sig;
}

/** Share of equal positions: an unbiased estimate of the Jaccard similarity of the shingle sets. */
export function estimateSimilarity(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

export function encodeSignature(sig: readonly number[]): string {
  return sig.map((n) => n.toString(16).padStart(8, '0')).join('');
}

export function decodeSignature(hex: string): number[] {
  const out: number[] = [];
  for (let i = 0; i + 8 <= hex.length; i += 8) out.push(Number.parseInt(hex.slice(i, i + 8), 16));
  return out;
}
