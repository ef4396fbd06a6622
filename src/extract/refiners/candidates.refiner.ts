import { overlaps } from '../../domain/span.ts';
import type { Candidate, CandidateOf, CompanyValue, Refiner } from '../context.ts';

type CompanyCandidate = CandidateOf<'company', CompanyValue>;
const isCompany = (c: Candidate): c is CompanyCandidate => c.kind === 'company';

/** Rank for overlap removal: a lexicon hit beats a capitalised run beats "the company". */
function priority(c: Candidate): number {
  if (c.kind === 'company') return c.value.via === 'lexicon' ? 3 : c.value.via === 'name' ? 2 : 1;
  if (c.kind === 'workforce') return 5; // "7,500 employees" after "half of its" is the workforce
  if (c.kind === 'percent') return 4;
  if (c.kind === 'date') return 3; // "March 26" is a date, not 26 people
  return 2;
}

/** Kinds that compete for the same characters: a number is a count or a workforce or a percent. */
const NUMERIC = new Set(['count', 'percent', 'workforce', 'date']);
const sameFamily = (a: Candidate, b: Candidate) =>
  a.kind === b.kind ||
  (NUMERIC.has(a.kind) && NUMERIC.has(b.kind)) ||
  (a.kind === 'company' && b.kind === 'location');

/**
 * Of two overlapping candidates of one family keep the stronger, then the longer
 * ("about 12,000 jobs" over "12,000"; the workforce in "half of its 7,500 employees" over a count).
 * A percent and the workforce inside it both stay.
 */
export const removeOverlapsRefiner: Refiner = {
  name: 'RemoveOverlaps',
  refine(_ctx, _s, cs) {
    const sorted = [...cs].sort(
      (a, b) =>
        priority(b) - priority(a) ||
        b.span.end - b.span.start - (a.span.end - a.span.start) ||
        a.span.start - b.span.start,
    );
    const kept: Candidate[] = [];
    for (const c of sorted) {
      const clash = kept.some((k) => {
        if (!sameFamily(k, c) || !overlaps(k.span, c.span)) return false;
        if (
          (k.kind === 'percent' && c.kind === 'workforce') ||
          (k.kind === 'workforce' && c.kind === 'percent')
        )
          return false;
        return true;
      });
      if (!clash) kept.push(c);
    }
    return kept.sort((a, b) => a.span.start - b.span.start);
  },
};

const HIRE_BEFORE =
  /\b(?:hire|hires|hiring|hired|add|adds|adding|recruit\w*|create|creates|creating|employ\w*|reassign\w*|relocat\w*|moved?)\s+(?:about|around|some|more than|over|up to|nearly|almost)?\s*$/i;
const MOVED_AFTER =
  /^\s*(?:[\w-]+\s+){0,2}(?:have\s+been\s+|were\s+|will\s+be\s+)?(?:moved|relocated|transferred|hired|added|reassigned)\b/i;

/** "headcount will fall to 9,000": the size left after the cuts, not the number cut. */
const TARGET_BEFORE =
  /\b(?:reduced|reduce|reducing|cut|cutting|shrink|shrinking|shrunk|down|fall|falls|fell|drop|drops|dropped|brought)\s+to\s+(?:about|around|roughly|some|between)?\s*$/i;
/** ", a 40% reduction" right after a hiring figure: hiring slows, nobody is cut. */
const HIRING_SHARE_GAP = /^\s*(?:[\w-]+,?\s+){0,5}?,?\s*(?:a|an)?\s*$/i;

/**
 * "plans to hire 3,000 workers", "7,800 have been moved", "One Kestrel employee shared a post":
 * numbers that are not job cuts. A share that only restates a hiring figure ("expects to add
 * 6,000 people next quarter, a 40% reduction") goes with it, and so does its "% reduction" trigger.
 */
export const unlikelyHeadcountFilter: Refiner = {
  name: 'UnlikelyHeadcountFilter',
  refine(ctx, _s, cs) {
    const hires: Candidate[] = [];
    const kept = cs.filter((c) => {
      if (c.kind !== 'count') return true;
      const head = ctx.text.slice(Math.max(0, c.span.start - 40), c.span.start);
      const tail = ctx.text.slice(c.span.end, c.span.end + 40);
      // "One Kestrel employee shared a post about the cuts": one person's story, not a count.
      if (c.value.min === 1 && c.value.max === 1) return false;
      if (HIRE_BEFORE.test(head)) {
        hires.push(c);
        return false;
      }
      return !MOVED_AFTER.test(tail) && !TARGET_BEFORE.test(head);
    });
    if (hires.length === 0) return kept;
    const hiringShares = kept.filter(
      (c) =>
        c.kind === 'percent' &&
        hires.some(
          (h) =>
            h.span.end <= c.span.start && HIRING_SHARE_GAP.test(ctx.text.slice(h.span.end, c.span.start)),
        ),
    );
    if (hiringShares.length === 0) return kept;
    return kept.filter(
      (c) =>
        !hiringShares.includes(c) &&
        !(
          c.kind === 'trigger' &&
          c.rule === 'trigger:percent-cut' &&
          hiringShares.some((p) => overlaps(p.span, c.span))
        ),
    );
  },
};

const UNIT_OF =
  /^\s*(?:\([^)]*\)\s*)?,\s+(?:the|a|an|its)\s+(?:[\w’'-]+\s+){0,5}?(?:unit|division|subsidiary|arm|business|brand|label|studio|service)\s+(?:of|at|owned by)\s+$/i;
const PARENT_OF =
  /^\s*(?:\([^)]*\)\s*)?,\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){0,3}?(?:parent|parent company|owner|holding company)\s+(?:of|to)\s+$/i;
const PARENT_BEFORE = /^\s*(?:['’]s)?\s+(?:parent|parent company|owner)\s+$/i;
const UNIT_OF_FOCUS =
  /^\s*,\s+(?:the|its)\s+company['’]s\s+(?:[\w-]+\s+){0,5}?(?:unit|division|subsidiary|arm|business)\b/i;

/**
 * Appositions between two names: "Brightwave, the streaming unit of Halcyon Media" → Halcyon Media /
 * Brightwave; "Meta, the parent company of Facebook" and "Google parent Alphabet" → the parent
 * is the one that cuts, the other name is only context.
 */
export const resolveAppositionsRefiner: Refiner = {
  name: 'ResolveAppositions',
  refine(ctx, _s, cs) {
    const companies = cs.filter(isCompany);
    const drop = new Set<Candidate>();
    const replace = new Map<Candidate, Candidate>();
    for (let i = 0; i + 1 < companies.length; i++) {
      const a = companies[i];
      const b = companies[i + 1];
      if (!a || !b) continue;
      const between = ctx.text.slice(a.span.end, b.span.start);
      if (UNIT_OF.test(between) && b.value.via !== 'focus') {
        replace.set(a, {
          ...a,
          value: { ...a.value, name: b.value.name, unit: a.value.unit ?? a.value.name, via: 'apposition' },
          rule: 'company:apposition-unit-of',
        });
        drop.add(b);
      } else if (PARENT_OF.test(between)) {
        drop.add(b);
      } else if (PARENT_BEFORE.test(between)) {
        drop.add(a);
      }
    }
    return cs
      .filter((c) => !drop.has(c))
      .map((c) => replace.get(c) ?? c)
      .map((c) => {
        // "Twitch, the company's streaming subsidiary": a unit of whatever company is in focus.
        if (
          isCompany(c) &&
          c.value.via === 'name' &&
          UNIT_OF_FOCUS.test(ctx.text.slice(c.span.end, c.span.end + 80))
        ) {
          return {
            ...c,
            value: { ...c.value, unit: c.value.name, name: '', via: 'focus' as const },
            rule: 'company:unit-of-focus',
          };
        }
        return c;
      });
  },
};

const LIST_INTRO =
  /\b(?:including|like|such\s+as|the\s+likes\s+of|among\s+them|among\s+others|as\s+well\s+as\s+at|companies\s+as)\s*$/i;
const LIST_GLUE = /^\s*(?:\([^)]*\))?\s*(?:,|,?\s+and|,?\s+or|\s*&)\s*$/;

/**
 * Names in a list ("tech giants like Amazon, Meta and Google", "including Axon, Birch and Cobalt")
 * are context, not companies that cut: one vague quantity over a list is no per-company event.
 */
export const listedCompaniesRefiner: Refiner = {
  name: 'MarkListedCompanies',
  refine(ctx, s, cs) {
    const companies = cs.filter(isCompany);
    const listed = new Set<Candidate>();
    for (let i = 0; i < companies.length; i++) {
      const c = companies[i];
      if (!c) continue;
      const head = ctx.text.slice(Math.max(s.start, c.span.start - 40), c.span.start);
      const prev = companies[i - 1];
      const glued = prev && listed.has(prev) && LIST_GLUE.test(ctx.text.slice(prev.span.end, c.span.start));
      if (LIST_INTRO.test(head) || glued) listed.add(c);
    }
    // A list needs two names; "including at Activision Blizzard" alone is a unit, not a list.
    if (listed.size < 2) return [...cs];
    return cs.map((c) => (isCompany(c) && listed.has(c) ? { ...c, value: { ...c.value, listed: true } } : c));
  },
};
