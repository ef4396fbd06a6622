import type { Count, DateRange, Mention } from '../../domain/mention.ts';

/** An article-level refiner: all mentions of one article in, a new list out (pure). */
export interface ArticleRefiner {
  readonly name: string;
  refine(mentions: readonly Mention[], info: ArticleInfo): Mention[];
}

export interface ArticleInfo {
  readonly published: string | null;
  /** The company the headline (first sentences) names, lowercased key, or null. */
  readonly headlineCompany: string | null;
  readonly severance: string | null;
}

const key = (m: Mention) =>
  m.company
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Well-known other names of one employer ("Google parent Alphabet", "Facebook owner Meta"). */
const ALIAS_GROUPS: readonly (readonly string[])[] = [
  ['alphabet', 'google'],
  ['meta', 'facebook', 'meta platforms'],
  ['x', 'twitter'],
];
const ALIAS_OF = new Map<string, number>();
ALIAS_GROUPS.forEach((g, i) => {
  for (const n of g) ALIAS_OF.set(n, i);
});

/**
 * Two names for one employer in this article: the same key, a well-known alias, or one name
 * told inside the other's sentence with the very same exact count ("Google cuts 12,000 jobs" then
 * "Google parent Alphabet said it will cut about 12,000 jobs").
 */
function sameEmployer(a: Mention, b: Mention): boolean {
  const ka = key(a);
  const kb = key(b);
  if (ka === kb) return true;
  const ga = ALIAS_OF.get(ka);
  if (ga !== undefined && ga === ALIAS_OF.get(kb)) return true;
  const exact = (m: Mention) => m.count !== null && m.count.min !== null && m.count.min === m.count.max;
  if (!exact(a) || !exact(b) || a.count?.min !== b.count?.min) return false;
  return a.evidence.text.includes(b.company) || b.evidence.text.includes(a.company);
}

const lo = (v: number | null) => (v === null ? Number.NEGATIVE_INFINITY : v);
const hi = (v: number | null) => (v === null ? Number.POSITIVE_INFINITY : v);

function countsAgree(a: Count | null, b: Count | null): boolean {
  if (!a || !b) return true;
  return lo(a.min) <= hi(b.max) && lo(b.min) <= hi(a.max);
}

function datesAgree(a: DateRange | null, b: DateRange | null): boolean {
  if (!a || !b || (!a.start && !a.end) || (!b.start && !b.end)) return true;
  return (a.start ?? '') <= (b.end ?? '9999') && (b.start ?? '') <= (a.end ?? '9999');
}

/** An explicit count beats a derived one; a narrower range beats a wider one. */
function better(a: Count | null, b: Count | null): Count | null {
  if (!a) return b;
  if (!b) return a;
  if (a.derived !== b.derived) return a.derived ? b : a;
  const width = (c: Count) => hi(c.max) - lo(c.min);
  return width(b) < width(a) ? b : a;
}

/**
 * One event told several times (headline, lead, body) becomes one mention: same company, counts
 * that overlap and dates that overlap. The first telling keeps its evidence; missing fields are
 * filled from the later ones. An unquantified mention of a company that also has a quantified one
 * is the same story told loosely ("the layoffs") and is dropped.
 */
export const mergeRetellingsRefiner: ArticleRefiner = {
  name: 'MergeRetellings',
  refine(mentions) {
    const out: Mention[] = [];
    for (const m of mentions) {
      const i = out.findIndex(
        (o) =>
          sameEmployer(o, m) &&
          (o.percent === null || m.percent === null || o.percent === m.percent) &&
          (o.count !== null) === (m.count !== null) &&
          countsAgree(o.count, m.count) &&
          datesAgree(o.date, m.date) &&
          (!o.unit || !m.unit || o.unit === m.unit || o.count !== null),
      );
      const prev = out[i];
      if (i < 0 || !prev) {
        out.push(m);
        continue;
      }
      const count = better(prev.count, m.count);
      out[i] = {
        ...prev,
        count,
        unit: prev.unit ?? m.unit,
        percent: prev.percent ?? m.percent,
        date: prev.date ?? m.date,
        departments: [...new Set([...prev.departments, ...m.departments])],
        locations: [...new Set([...prev.locations, ...m.locations])],
        reason: prev.reason ?? m.reason,
        status: prev.status === 'rumored' && m.status !== 'rumored' ? m.status : prev.status,
      };
    }
    const quantified = new Set(out.filter((m) => m.count !== null || m.percent !== null).map(key));
    const counted = out.filter((m) => m.count !== null);
    return out.filter((m) => {
      if (m.count !== null) return true;
      // "cutting 15% of its staff" retold after "about 180 people": the same cut, unless the percent differs.
      if (m.percent !== null)
        return !counted.some((o) => key(o) === key(m) && (o.percent === null || o.percent === m.percent));
      return !quantified.has(key(m));
    });
  },
};

/** How long before publication an event counts as background ("27,000 roles in 2022-23"). */
const BACKGROUND_DAYS = 45;

function daysBefore(date: string | null, published: string | null): number {
  if (!date || !published) return 0;
  return (Date.parse(`${published}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / 86_400_000;
}

/**
 * Exactly one primary: the headline company's event, preferring a quantified, recent,
 * company-confirmed mention that comes early; background rounds and sub-counts rank lower.
 */
export const choosePrimaryRefiner: ArticleRefiner = {
  name: 'ChoosePrimary',
  refine(mentions, info) {
    if (mentions.length === 0) return [];
    let bestIndex = 0;
    let bestScore = Number.NEGATIVE_INFINITY;
    mentions.forEach((m, i) => {
      let score = 0;
      if (info.headlineCompany && key(m) === info.headlineCompany) score += 8;
      if (m.count || m.percent !== null) score += 4;
      if (m.status !== 'rumored') score += 1;
      if (daysBefore(m.date?.end ?? null, info.published) > BACKGROUND_DAYS) score -= 6;
      if (m.rule.includes('count:including') || m.rule.includes('count:list-pair')) score -= 3;
      score -= i * 0.01;
      if (score > bestScore) {
        bestScore = score;
        bestIndex = i;
      }
    });
    return mentions.map((m, i) => {
      if (i !== bestIndex) return m;
      // The main event with no date in its sentence happened as published ("is set to cut").
      const date: DateRange | null =
        m.date ??
        (info.published
          ? { start: info.published, end: info.published, text: '', span: null, basis: 'published' }
          : null);
      return { ...m, primary: true, date, severance: m.severance ?? info.severance };
    });
  },
};
