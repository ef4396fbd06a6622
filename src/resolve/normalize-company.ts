import { COMPANY_METADATA, type CompanyMetadata } from './company-metadata.ts';

/**
 * Legal and corporate suffixes dropped before comparing names: "Cisco Systems, Inc." and
 * "Cisco Systems" are one employer. "Group" stays: "BT Group" is listed as an alias instead.
 */
const LEGAL_SUFFIXES = [
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'company',
  'ltd',
  'limited',
  'llc',
  'plc',
  'ag',
  'sa',
  'se',
  'nv',
  'gmbh',
  'pvt',
  'private',
] as const;
const LEGAL_SUFFIX_RE = new RegExp(`(?:[\\s,]+(?:${LEGAL_SUFFIXES.join('|')})\\.?)+$`, 'i');

/** A name reduced for comparison: "Amazon.com, Inc." → "amazon.com"; "BYJU’S" → "byju's". */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[’‘]/g, "'")
    .trim()
    .replace(LEGAL_SUFFIX_RE, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** URL-safe id: "Byju's" → "byjus", "Goldman Sachs" → "goldman-sachs". */
export function slugify(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/['’‘.]/g, '')
      .replace(/&/g, ' and ')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'unknown'
  );
}

export interface NormalizedCompany {
  /** Canonical name of the parent company ("Amazon" for "AWS"). */
  readonly company: string;
  /** Slug of the parent: every mention with the same key is resolved together. */
  readonly key: string;
  readonly unit: string | null;
  readonly metadata: CompanyMetadata | null;
}

interface AliasTarget {
  readonly meta: CompanyMetadata;
  readonly unit: string | null;
}

const ALIAS_INDEX: ReadonlyMap<string, AliasTarget> = (() => {
  const index = new Map<string, AliasTarget>();
  for (const meta of COMPANY_METADATA) {
    for (const n of [meta.name, ...meta.aliases]) index.set(nameKey(n), { meta, unit: null });
    for (const unit of meta.units ?? []) {
      for (const n of [unit.name, ...unit.aliases]) index.set(nameKey(n), { meta, unit: unit.name });
    }
  }
  return index;
})();

/**
 * Words an employer's legal or filing name adds after the company's own name: WARN notices and
 * court filings name the employing entity ("Amazon.com Services LLC", "Google Operations Center").
 * Dropped only when what is left is a company we know, so a name that is *only* known with the
 * word keeps it: "Acme Services" stays "Acme Services", "Amazon Web Services" matches its own
 * alias (AWS) before any word is dropped.
 */
const GENERIC_TRAILING_WORDS = [
  'services',
  'service',
  'operations',
  'holdings',
  'platforms',
  'technologies',
  'technology',
  'group',
  'usa',
  'us',
  'international',
  'global',
  'enterprises',
] as const;
const GENERIC_TRAILING_RE = new RegExp(`[\\s,]+(?:${GENERIC_TRAILING_WORDS.join('|')})$`);
/** A web-address form of the name: "amazon.com" → "amazon", "salesforce.com" → "salesforce". */
const DOT_COM_RE = /\.com$/;

/**
 * An unknown employer's key ignores a trailing possessive, so the extractor reading "Veltrix's"
 * as part of the name or not makes no difference: "Veltrix's" and "Veltrix" share the key
 * "veltrix" (the shown name keeps what was written). Only an apostrophe + s counts: "Veltrixs" and
 * "Siemens" keep their final s.
 */
const POSSESSIVE_END_RE = /['’‘]s$/i;

/**
 * The known family a legal or filing name belongs to, found by peeling its end one piece at a
 * time and looking each shorter form up (legal suffixes are already gone, see nameKey):
 *   "Amazon.com Services LLC" → "amazon.com services" → "amazon.com" (an alias of Amazon)
 *   "Meta Platforms, Inc."    → "meta platforms" (an alias of Meta)
 *   "Alphabet Inc."           → "alphabet" (the name itself)
 *   "Salesforce.com, Inc."    → "salesforce.com" → "salesforce"
 *   "Acme Services LLC"       → "acme services" → "acme" (unknown): no match, nothing dropped
 * A name unknown as written is tried with and without a possessive ending, since the extractor
 * may read one either way: "Byju" (from "Byju's 2,500 layoffs") → "byju's" (listed as Byju's);
 * "Spotify's" → "spotify". "Acme" has no "Acme's" to find and stays Acme.
 */
function lookupLegalName(name: string): AliasTarget | undefined {
  const key = nameKey(name);
  const bare = key.replace(POSSESSIVE_END_RE, '');
  const forms = bare === key ? [key, `${key}'s`] : [key, bare];
  for (const form of forms) {
    const hit = lookupPeeled(form);
    if (hit) return hit;
  }
  return undefined;
}

function lookupPeeled(start: string): AliasTarget | undefined {
  let key = start;
  for (;;) {
    const hit = ALIAS_INDEX.get(key);
    if (hit) return hit;
    const shorter = key.replace(GENERIC_TRAILING_RE, '').replace(DOT_COM_RE, '').replace(LEGAL_SUFFIX_RE, '');
    if (shorter === key || shorter.length === 0) return undefined;
    key = shorter;
  }
}

/** Unit names as written map to the listed unit name: "Amazon Web Services" → "AWS". */
function canonicalUnit(meta: CompanyMetadata | null, unit: string | null): string | null {
  if (!unit) return null;
  const trimmed = unit.trim();
  if (!trimmed) return null;
  if (meta) {
    const key = nameKey(trimmed);
    for (const u of meta.units ?? []) {
      if ([u.name, ...u.aliases].some((n) => nameKey(n) === key)) return u.name;
    }
  }
  return trimmed;
}

/**
 * Company and unit as the extractor gave them → the family they belong to.
 * "AWS" (no unit) → Amazon / AWS; "Amazon" + unit "Amazon Web Services" → Amazon / AWS;
 * "Google" → Alphabet; "Amazon.com Services LLC" (a WARN employer) → Amazon; "Veltrix Ltd"
 * (unknown) → Veltrix.
 */
export function normalizeCompany(company: string, unit: string | null): NormalizedCompany {
  const memoKey = `${company}\u0000${unit ?? ''}\u0000${unit === null ? 0 : 1}`;
  const known = NORMALIZED.get(memoKey);
  if (known) return known;
  if (NORMALIZED.size >= NORMALIZED_CACHE_SIZE) NORMALIZED.clear();
  const result = normalizeUncached(company, unit);
  NORMALIZED.set(memoKey, result);
  return result;
}

/**
 * The resolver compares every pair of a family's mentions and normalizes both names each time;
 * names repeat, so results are kept, up to this many (then the cache starts over).
 */
const NORMALIZED_CACHE_SIZE = 10_000;
const NORMALIZED = new Map<string, NormalizedCompany>();

/**
 * Words that end an employer's full name as the kind of business it is, which news often leaves
 * out: "Corlow Airways" is "Corlow" in another outlet's headline, "Unity Software" is "Unity",
 * "GoTo Group" is "GoTo". An unknown employer's family key drops one of them, so that both
 * spellings are resolved together (the shown name keeps what was written). Words that name a
 * different business as often as they complete a name ("Bank", "Media", "Foods") are not here.
 */
const FAMILY_TAIL_WORDS = new Set([
  'group',
  'holdings',
  'software',
  'airways',
  'airlines',
  'technologies',
  'labs',
  'games',
  'studios',
  'entertainment',
  'interactive',
  'motors',
  'therapeutics',
]);
/**
 * Words that open many unrelated names ("General Motors", "National Grid", "First Solar"): a stem
 * that is one of them alone tells no employer from another, so the tail word stays.
 */
const GENERIC_STEMS = new Set(
  (
    'general national international global united american british first new royal standard ' +
    'universal digital pacific atlantic northern southern eastern western central city metro ' +
    'premier golden blue red green the'
  ).split(' '),
);

/** "Corlow Airways" → "Corlow"; "General Motors", "Acme Services" and "Group" stay as they are. */
function familyStem(name: string): string {
  const cut = name.lastIndexOf(' ');
  if (cut <= 0) return name;
  const tail = name.slice(cut + 1).toLowerCase();
  if (!FAMILY_TAIL_WORDS.has(tail)) return name;
  const stem = name.slice(0, cut).trim();
  if (stem.length < 3 || GENERIC_STEMS.has(stem.toLowerCase())) return name;
  return stem;
}

function normalizeUncached(company: string, unit: string | null): NormalizedCompany {
  const target = lookupLegalName(company);
  if (target) {
    const ownUnit = canonicalUnit(target.meta, unit);
    return {
      company: target.meta.name,
      key: slugify(target.meta.name),
      // "AWS" with unit "sales" keeps AWS as the unit: the named company is the narrower one.
      unit: target.unit ?? ownUnit,
      metadata: target.meta,
    };
  }
  const cleaned = company.normalize('NFKC').trim().replace(LEGAL_SUFFIX_RE, '').trim() || company.trim();
  const keyName = familyStem(cleaned.replace(POSSESSIVE_END_RE, '') || cleaned);
  return { company: cleaned, key: slugify(keyName), unit: canonicalUnit(null, unit), metadata: null };
}

/** Metadata for a canonical company name, if we know it. */
export function companyMetadata(name: string): CompanyMetadata | null {
  return lookupLegalName(name)?.meta ?? null;
}
