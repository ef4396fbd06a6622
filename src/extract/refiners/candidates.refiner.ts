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

/** Does c overlap a kept candidate of its family (a percent and its workforce may share text)? */
function clashesWithKept(kept: readonly Candidate[], c: Candidate): boolean {
  for (const k of kept) {
    if (!sameFamily(k, c) || !overlaps(k.span, c.span)) continue;
    if ((k.kind === 'percent' && c.kind === 'workforce') || (k.kind === 'workforce' && c.kind === 'percent'))
      continue;
    return true;
  }
  return false;
}

/**
 * Of two overlapping candidates of one family keep the stronger, then the longer
 * ("about 12,000 jobs" over "12,000"; the workforce in "half of its 7,500 employees" over a count).
 * A percent and the workforce inside it both stay.
 */
export const removeOverlapsRefiner: Refiner = {
  name: 'RemoveOverlaps',
  refine(_ctx, _s, cs) {
    // Nothing can clash in a sentence with fewer than two candidates ("Pellam is cutting staff").
    if (cs.length < 2) return [...cs];
    // Rank keys computed once per candidate, not once per comparison. The sort is stable, as the
    // one over the candidates themselves was, so ties keep the parsers' order.
    const ranks = cs.map((c) => ({ c, priority: priority(c), length: c.span.end - c.span.start }));
    ranks.sort((a, b) => b.priority - a.priority || b.length - a.length || a.c.span.start - b.c.span.start);
    const kept: Candidate[] = [];
    for (const { c } of ranks) if (!clashesWithKept(kept, c)) kept.push(c);
    return kept.sort((a, b) => a.span.start - b.span.start);
  },
};

const HIRE_BEFORE =
  /\b(?:hire|hires|hiring|hired|add|adds|adding|recruit\w*|create|creates|creating|employ\w*|reassign\w*|relocat\w*|moved?)\s+(?:about|around|some|more than|over|up to|nearly|almost)?\s*$/i;
const MOVED_AFTER =
  /^\s*(?:[\w-]+\s+){0,2}(?:have\s+been\s+|were\s+|will\s+be\s+)?(?:moved|relocated|transferred|hired|added|reassigned)\b/i;
/**
 * "send a further 150 roles to its operations centre in Manila", "shift 200 jobs overseas": jobs
 * that move to another site, not jobs cut. The verb comes before the count and a destination after it.
 */
const SENT_BEFORE =
  /\b(?:send|sends|sending|sent|shift|shifts|shifting|shifted|transfer|transfers|transferring|transferred|offshore|offshores|offshoring|offshored)\s+(?:(?:a\s+further|another|an\s+additional)\s+)?(?:about|around|roughly|some|more than|over|up to|nearly|almost)?\s*$/i;
const SENT_AFTER = /^\s*(?:[\w-]+\s+){0,3}?(?:to|overseas|offshore|abroad)\b/i;

/**
 * "the roughly 40,000 employees the bank expects to shed by selling or spinning off its consumer
 * operations": staff who leave with a business that is sold or spun off keep their jobs under a
 * new owner, so the figure is no layoff. The means must follow the count in its own clause.
 */
const DIVESTED_AFTER =
  /^[^.;]{0,90}?\b(?:by|through|via|as\s+part\s+of|when\s+it|once\s+it)\s+(?:the\s+|its\s+)?(?:sell(?:ing|s)?|sale|spin(?:ning)?[- ]?off|spin-?offs?|spinoffs?|divest\w*|carv(?:e|ing)[- ]?out)\b|^[^.;]{0,60}?\b(?:transfer(?:red)?|move|moving|go(?:ing)?)\s+(?:\w+\s+){0,2}?(?:to|with)\s+(?:the\s+)?(?:buyer|new\s+owner|acquirer|purchaser)\b/i;
/** How far after a count its divestiture or return clause is looked for. */
const DIVESTED_REACH = 120;
/**
 * "Dozens of employees who had been laid off were asked to return": the count is of people taken
 * back. The return must be the count's own verb, after an optional relative clause.
 */
const RETURNED_AFTER =
  /^\s*(?:(?:who|that)\s+[^,.;]{0,50}?\s+)?(?:were|was|have\s+been|has\s+been|had\s+been|are\s+being|will\s+be|got)\s+(?:later\s+|since\s+|then\s+|quickly\s+)?(?:(?:asked|invited|told|called)\s+(?:back|to\s+(?:return|come\s+back))|rehired|re-hired|reinstated|brought\s+back|recalled|re-?employed)\b/i;

/**
 * "310 staff accepted a voluntary buyout last month", "some 90 employees have taken buyouts": people
 * who chose to leave for a payment were not laid off. The buyout must be the count's own verb's
 * object, a few words on. (Voluntary exit or redundancy schemes are counted as cuts; see the corpus
 * conventions.)
 */
const BUYOUT_AFTER =
  /^\s*(?:[\w-]+\s+){0,2}?(?:(?:have|had|has)\s+(?:already\s+)?)?(?:accepted|took|taken|opted\s+for|signed\s+up\s+for)\s+(?:an?\s+|the\s+)?(?:voluntary\s+|early\s+)?(?:buy-?outs?|buyout\s+offers?)\b/i;
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
      if (SENT_BEFORE.test(head) && SENT_AFTER.test(tail)) return false;
      const clause = ctx.text.slice(c.span.end, c.span.end + DIVESTED_REACH);
      return (
        !MOVED_AFTER.test(tail) &&
        !BUYOUT_AFTER.test(tail) &&
        !TARGET_BEFORE.test(head) &&
        !DIVESTED_AFTER.test(clause) &&
        !RETURNED_AFTER.test(clause)
      );
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

/** "221,000 employees as of June 30": the day a stock figure was measured, not an event day. */
const AS_OF_BEFORE = /\bas\s+(?:of|at)\s*$/i;
/**
 * "its headcount nearly doubled from the end of 2019", "after hiring rapidly since 2020": a date in
 * a clause about growth dates the growth, not the cut. Looked for since the clause's last comma.
 */
const GROWTH_CLAUSE_BEFORE =
  /\b(?:doubled|tripled|grew|grown|growing|rose|risen|expanded|swelled|ballooned|increased|hired|hiring|added|adding)\b[^,;:]*$/i;

/**
 * "a workforce that numbered roughly 84,900 people at the end of its last fiscal year", "had
 * 221,000 employees in June": the date a headcount was measured.
 */
const STOCK_CLAUSE_BEFORE =
  /\b(?:(?:stood|stands|numbered|numbering)\s+(?:at\s+)?(?:[^,;]|,\d)*|(?:had|has|employed|employs)\s+(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|just\s+over)\s+)?\d[\d,.]*\s+(?:[\w-]+\s+){0,2}?(?:employees|staff|workers|people)\s+(?:at|by|in|on)?\s*(?:the\s+end\s+of\s+)?|\d[\d,.]*\s+(?:[\w-]+\s+){0,2}?(?:employees|staff|workers|people)\s+(?:it|the\s+[\w-]+|[A-Z][\w&.’'-]*)\s+(?:had|has|employed|employs)\s+(?:at|by|in|on|as\s+of)?\s*(?:the\s+(?:end|middle|start|beginning)\s+of\s+)?)$/i;

/** "following last week's takeover", "after Monday's results": a possessive date of an earlier event. */
const EARLIER_EVENT_BEFORE =
  /\b(?:following|after|since|before|ahead\s+of|in\s+the\s+wake\s+of)\s+(?:the\s+)?$/i;

/**
 * "within the range first reported by US media last week", "as reported by the Ledger on Monday":
 * the day other outlets reported the cut, not the cut's day. Only the passive or "first reported":
 * "Pellam reported on Monday that it would cut 300 jobs" is the company's own announcement.
 */
const REPORTED_BY_BEFORE =
  /\b(?:(?:first|initially|originally|previously|earlier)\s+reported(?:\s+by\s+[^,;]{1,40}?)?|reported\s+by\s+[^,;]{1,40}?)\s*$/i;

/** Dates that do not date an event: a stock figure's reference day, a growth period. */
/** How far after a stated workforce a date still dates that workforce ("... employees worldwide at the end of 2023"). */
const WORKFORCE_DATE_REACH = 40;

export const contextDateFilter: Refiner = {
  name: 'ContextDateFilter',
  refine(ctx, s, cs) {
    // "let go of 40% of its 600 employees last week", "8 per cent of its workforce of around 2,600
    // this week", "one in ten of its 3,000 staff ... since March": a workforce inside a share of it
    // is the base of the cut, and the date after it dates the cut, not the headcount.
    const shares = cs.filter((c) => c.kind === 'percent');
    const workforces = cs.filter(
      (w) =>
        w.kind === 'workforce' &&
        !shares.some(
          (p) =>
            p.span.start < w.span.start &&
            (p.span.end >= w.span.end || /^\s+of\s+$/.test(ctx.text.slice(p.span.end, w.span.start))),
        ),
    );
    return cs.filter((c) => {
      if (c.kind !== 'date') return true;
      // "Tesla had 140,473 employees worldwide at the end of 2023": the date of the headcount.
      if (
        workforces.some(
          (w) =>
            w.span.end <= c.span.start &&
            c.span.start - w.span.end <= WORKFORCE_DATE_REACH &&
            !/[,;]/.test(ctx.text.slice(w.span.end, c.span.start)),
        )
      )
        return false;
      const head = ctx.text.slice(Math.max(s.start, c.span.start - 80), c.span.start);
      if (AS_OF_BEFORE.test(head) || /^as\s+(?:of|at)\b/i.test(c.span.text)) return false;
      if (STOCK_CLAUSE_BEFORE.test(head)) return false;
      if (head.includes('reported') && REPORTED_BY_BEFORE.test(head)) return false;
      // "who lost their jobs following last week's takeover": the date of what came before.
      if (EARLIER_EVENT_BEFORE.test(head) && /^['’]s?\b/.test(ctx.text.slice(c.span.end, c.span.end + 3)))
        return false;
      return !GROWTH_CLAUSE_BEFORE.test(head);
    });
  },
};

// "Stormglass Interactive, the Montreal studio owned by video game publisher Vantor Entertainment":
// lowercase words may describe the parent between "owned by" and its name.
// A maker, developer or publisher "of" a name makes that name ("Orvane, the maker of Lumix"): it is
// a unit only "at" or "owned by" the next name ("Tallis, the developer owned by Vantor").
const UNIT_OF =
  /^\s*(?:\([^)]*\)\s*)?,\s+(?:the|a|an|its)\s+(?:[\w’'-]+\s+){0,5}?(?:(?:unit|division|subsidiary|arm|business|brand|label|studio|service|chain|startup|start-up|outlet|newspaper|paper)\s+(?:of|at|(?:owned|acquired|bought)\s+by)|(?:developer|publisher|maker)\s+(?:at|(?:owned|acquired|bought)\s+by))\s+(?:(?:the|its|[a-z][\w’'-]*)\s+){0,4}?$/i;
const PARENT_OF =
  /^\s*(?:\([^)]*\)\s*)?,\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){0,3}?(?:parent|parent company|owner|holding company)\s+(?:of|to)\s+$/i;
const PARENT_BEFORE = /^\s*(?:['’]s)?\s+(?:parent|parent company|owner)\s+$/i;
/**
 * "Osterby Pharma has shut the Leeds site of its subsidiary Calverley Labs": the name after "its
 * subsidiary" is a unit of the sentence's first company. Tested on the text just before the unit.
 * So is a name in apposition to "its ... business": "Zillow Group is shutting down its
 * home-buying business, Zillow Offers, and ..." is one employer (Zillow Group) and its unit.
 */
const ITS_UNIT_BEFORE =
  /\bits\s+(?:[\w’'-]+\s+){0,2}?(?:subsidiary|unit|division|arm|brand|label|studio|business|operation|segment|venture|chain)s?\s*,?\s+$/i;
/**
 * "Tembury Group will cut 250 jobs in its delivery business, which operates under the Pellory
 * brand": the brand a business of the subject trades under is that business, the subject's unit.
 * Tested on the text just before the unit (UNDER_BRAND_BEFORE) and just after it (BRAND_AFTER).
 */
const UNDER_BRAND_BEFORE =
  /\b(?:(?:operates|operating|trades|trading|runs|sold|known|goes)\s+)?under\s+the\s+$/i;
const BRAND_AFTER = /^\s+(?:brand|banner|label|name)\b/;
/**
 * "Ashdown Media Group is closing Northside Weekly, and all 22 staff will be laid off": what the
 * subject closes, named right after its verb, is its unit; the subject employs the staff. A
 * possessive after the verb ("closes Emberfall Games' studio") owns what is closed, and is left to
 * the assembly. A description of what is closed may stand before its name ("shuts Leeds studio
 * Copperline Games", "closes its publishing arm Redfern Books"), and the subject may tell of the
 * closing ("Ashdown said on Monday it will close Northside Weekly").
 */
const CLOSES_UNIT_BETWEEN =
  /^\s+(?:(?:said|says|announced|confirmed)\s+(?:[^,.;]{0,30}?\s)?(?:that\s+)?it\s+)?(?:(?:is|was|has|have|had|will|would|to|also|now)\s+){0,2}(?:clos(?:e|es|ed|ing)|shut(?:s|ting)?(?:\s+down)?|shutter(?:s|ed|ing)?|fold(?:s|ed|ing)?)\s+(?:(?:its|the|a)\s+)?(?:[A-Z][\w’'-]*\s+)?(?:(?!(?:in|at|on|to|for|with|by|after|before|as)\s)[a-z][\w-]*\s+)?(?:(?:studio|subsidiary|unit|division|brand|label|chain|magazine|newspaper|developer|start-?up|business|arm)\s+)?$/;

/**
 * "Vaultly, a lending start-up backed by Silverline Ventures, has laid off half its staff": an
 * investor named inside the subject's apposition only describes the subject; it cuts nothing.
 */
const BACKER_BETWEEN =
  /^\s*(?:\([^)]*\)\s*)?,\s+(?:the|a|an)\s+[^,;()]{0,60}?\b(?:backed|funded|financed|bankrolled)\s+by\s+(?:(?:the\s+)?(?:[a-z][\w’'-]*\s+){0,3})?$/;

/**
 * After a possessive name that opens an apposition: lowercase words up to the closing comma
 * ("GoTo, Tokopedia's former owner, went ..."). The possessive only describes the subject.
 */
const POSSESSIVE_APPOSITION_AFTER = /^(?:['’]s?)?\s+(?:[a-z][\w-]*\s+){0,4}?[a-z][\w-]*\s*,/;
const UNIT_OF_FOCUS =
  /^\s*,\s+(?:the|its)\s+company['’]s\s+(?:[\w-]+\s+){0,5}?(?:unit|division|subsidiary|arm|business)\b/i;

/** "Tokopedia's" or "Tokopedia" + "'s" right after it: a name written as a possessive. */
function isPossessive(text: string, c: Candidate): boolean {
  return /['’]s?$/.test(c.span.text) || /^['’]/.test(text.slice(c.span.end, c.span.end + 1));
}

/**
 * Appositions between two names: "Brightwave, the streaming unit of Halcyon Media" → Halcyon Media /
 * Brightwave; "Meta, the parent company of Facebook" and "Google parent Alphabet" → the parent
 * is the one that cuts, the other name is only context.
 */
export const resolveAppositionsRefiner: Refiner = {
  name: 'ResolveAppositions',
  refine(ctx, _s, cs) {
    const companies = cs.filter(isCompany);
    // No name, no apposition: every other candidate passes unchanged.
    if (companies.length === 0) return [...cs];
    const drop = new Set<Candidate>();
    const replace = new Map<Candidate, Candidate>();
    // "Stormglass Interactive, the Montreal studio owned by publisher Vantor Entertainment": the
    // description ("the Montreal studio") is itself read as a reference to the company in focus;
    // across it, the two names still make a unit and its parent.
    const named = companies.filter((c) => !(c.value.via === 'focus' && c.rule === 'company:focus-reference'));
    for (let i = 0; i + 1 < named.length; i++) {
      const a = named[i];
      const b = named[i + 1];
      if (!a || !b || b.value.via === 'focus') continue;
      const inside = companies.filter((c) => c.span.start >= a.span.end && c.span.end <= b.span.start);
      if (inside.length === 0 || !UNIT_OF.test(ctx.text.slice(a.span.end, b.span.start))) continue;
      replace.set(a, {
        ...a,
        value: { ...a.value, name: b.value.name, unit: a.value.unit ?? a.value.name, via: 'apposition' },
        rule: 'company:apposition-unit-of',
      });
      drop.add(b);
      for (const c of inside) drop.add(c);
    }
    // "Osterby Pharma has shut the Leeds site of its subsidiary Calverley Labs": the subject and its unit.
    const subject = named[0];
    const unit = named[1];
    if (
      subject &&
      unit &&
      subject.value.via === 'name' &&
      unit.value.via !== 'focus' &&
      !replace.has(subject) &&
      !drop.has(unit) &&
      (ITS_UNIT_BEFORE.test(
        ctx.text.slice(Math.max(subject.span.end, unit.span.start - 60), unit.span.start),
      ) ||
        (BRAND_AFTER.test(ctx.text.slice(unit.span.end, unit.span.end + 10)) &&
          UNDER_BRAND_BEFORE.test(
            ctx.text.slice(Math.max(subject.span.end, unit.span.start - 40), unit.span.start),
          )))
    ) {
      replace.set(subject, {
        ...subject,
        value: { ...subject.value, unit: unit.value.name, via: 'apposition' },
        rule: 'company:its-unit',
      });
      drop.add(unit);
    } else if (
      subject &&
      unit &&
      subject.value.via === 'name' &&
      unit.value.via === 'name' &&
      !subject.value.source &&
      !unit.value.source &&
      subject.value.unit === null &&
      !replace.has(subject) &&
      !drop.has(unit) &&
      !isPossessive(ctx.text, unit) &&
      CLOSES_UNIT_BETWEEN.test(ctx.text.slice(subject.span.end, unit.span.start))
    ) {
      replace.set(subject, {
        ...subject,
        value: { ...subject.value, unit: unit.value.name, via: 'apposition' },
        rule: 'company:closes-unit',
      });
      drop.add(unit);
    }
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
      } else if (
        b.value.via === 'focus' &&
        b.rule === 'company:focus-reference' &&
        a.value.via !== 'focus' &&
        /^\s*,\s*$/.test(between)
      ) {
        // "SAP, the German software group, said ...": the description is SAP, not the company in focus.
        drop.add(b);
      } else if (
        /^\s*,\s+$/.test(between) &&
        a.value.via !== 'focus' &&
        isPossessive(ctx.text, b) &&
        POSSESSIVE_APPOSITION_AFTER.test(ctx.text.slice(b.span.end, b.span.end + 60))
      ) {
        // "GoTo, Tokopedia's former owner, went through two rounds": the possessive describes GoTo.
        drop.add(b);
      } else if (a.value.via !== 'focus' && BACKER_BETWEEN.test(between)) {
        // "Vaultly, a start-up backed by Silverline Ventures, ...": the investor is context.
        drop.add(b);
      } else if (PARENT_OF.test(between)) {
        // "Match Group, the owner of Tinder and Hinge, said ...": every name of the owned list is
        // context, not only the first.
        drop.add(b);
        for (let j = i + 2; j < companies.length; j++) {
          const prev = companies[j - 1];
          const next = companies[j];
          if (!prev || !next || !LIST_GLUE.test(ctx.text.slice(prev.span.end, next.span.start))) break;
          drop.add(next);
        }
      } else if (PARENT_BEFORE.test(between)) {
        drop.add(a);
      }
    }
    const out: Candidate[] = [];
    for (const original of cs) {
      if (drop.has(original)) continue;
      const c = replace.get(original) ?? original;
      // "Twitch, the company's streaming subsidiary": a unit of whatever company is in focus.
      if (
        isCompany(c) &&
        c.value.via === 'name' &&
        UNIT_OF_FOCUS.test(ctx.text.slice(c.span.end, c.span.end + 80))
      ) {
        out.push({
          ...c,
          value: { ...c.value, unit: c.value.name, name: '', via: 'focus' as const },
          rule: 'company:unit-of-focus',
        });
      } else out.push(c);
    }
    return out;
  },
};

const LIST_INTRO =
  /\b(?:including|like|such\s+as|the\s+likes\s+of|among\s+them|among\s+others|as\s+well\s+as\s+at|companies\s+as)\s*$/i;
/** Last words of the LIST_INTRO phrases ("such as", "the likes of"); see lastWordBefore. */
const LIST_INTRO_LAST = new Set(['including', 'like', 'as', 'of', 'them', 'others', 'at']);
const LIST_GLUE = /^\s*(?:\([^)]*\))?\s*(?:,|,?\s+and|,?\s+or|\s*&)\s*$/;

/** ", which disclosed its own cuts of 12,000 ...": a relative clause up to the next comma or the end. */
const OWN_CLAUSE = /^\s*,\s+(?:which|who)\s+[^,;]*/;
/**
 * "the company behind Facebook and Instagram", "the owner of Skyline", "the maker of Lumix and
 * Brightol", "the system, which runs Alder Vale Hospital and ...": what it owns, makes or runs is
 * not the employer.
 */
const OWNER_INTRO =
  /\b(?:(?:company|firm|group|business|conglomerate|studio|studios|developer|team|maker|publisher|startup|start-up|people|outfit|creators?|brand|label|network|platform)\s+behind(?:\s+(?:the|its|their|a|an))?(?:\s+[a-z][\w-]*){0,2}?|(?:owner|parent(?:\s+company)?|makers?|manufacturer|producer|developer|publisher|creators?)\s+of|(?:which|that)\s+(?:owns|makes|runs|operates))\s*$/i;

/**
 * Last words of the OWNER_INTRO phrases ("the company behind", "parent of", "which owns"); a
 * window that holds "behind" may end in other words ("the studio behind the hit game Frostmark").
 */
const OWNER_INTRO_LAST = new Set(['behind', 'of', 'owns', 'makes', 'runs', 'operates']);

/** JavaScript's \s, by code unit: a table for ASCII, the regex itself for the rest ("\u00a0"). */
const ASCII_SPACE = new Uint8Array(128);
for (let code = 0; code < 128; code++) if (/\s/.test(String.fromCharCode(code))) ASCII_SPACE[code] = 1;
const isSpace = (code: number): boolean =>
  code < 128 ? ASCII_SPACE[code] === 1 : /\s/.test(String.fromCharCode(code));
const isAsciiLetter = (code: number): boolean =>
  (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/**
 * The ASCII word that ends text[from, end) before trailing whitespace, lower-cased ("tech giants
 * such as " → "as"). A phrase test of the form /\b(?:...)\s*$/i over that window can only match
 * when this is the phrase's last word: a phrase ends in a letter, its \s* takes all trailing
 * whitespace, and its last word starts after whitespace or at a word boundary. So the word is a
 * cheap necessary condition before the regex, which would otherwise try every position.
 */
function lastWordBefore(text: string, from: number, end: number): string {
  let e = end;
  while (e > from && isSpace(text.charCodeAt(e - 1))) e--;
  let b = e;
  while (b > from && isAsciiLetter(text.charCodeAt(b - 1))) b--;
  return text.slice(b, e).toLowerCase();
}

/** Capitalised words that go on with the name before them ("Games" after "Amazon"). */
const NAME_REST = /^(?:\s+\p{Lu}[\p{L}\p{N}&.’'-]*)+/u;
/**
 * After two names joined by "and", a plural verb that makes them one subject: "Whirlpool and
 * Stanley Black & Decker have also trimmed staff". With no quantity in the sentence, such a pair
 * is a bare list as well.
 */
const PAIR_SUBJECT_AFTER = /^\s+(?:have|had|are|were|both|all)\b/;
/** How many names a list needs when nothing introduces it ("A, B and C"). */
const BARE_LIST_MIN = 3;

/**
 * Runs of three names or more glued as a list ("A, B and C", "A, B, C or D"), ending in "and",
 * "or" or "&". A reference to the company in focus breaks a run: "Embracer Group, the Swedish
 * holding company, and ..." is an apposition, not a list.
 */
function bareLists(
  text: string,
  companies: readonly CompanyCandidate[],
  quantified: boolean,
): CompanyCandidate[][] {
  const out: CompanyCandidate[][] = [];
  let chain: CompanyCandidate[] = [];
  let closed = false;
  const flush = (): void => {
    const last = chain[chain.length - 1];
    const pair =
      chain.length === 2 &&
      !quantified &&
      last !== undefined &&
      PAIR_SUBJECT_AFTER.test(text.slice(last.span.end, last.span.end + 30));
    if ((chain.length >= BARE_LIST_MIN || pair) && closed) out.push(chain);
    chain = [];
    closed = false;
  };
  for (const c of companies) {
    if (c.value.via === 'focus') {
      flush();
      continue;
    }
    const prev = chain[chain.length - 1];
    // "Amazon Games and Niantic": a lexicon hit ("Amazon") may end before the rest of its name.
    const gap = prev ? text.slice(prev.span.end, c.span.start).replace(NAME_REST, '') : '';
    if (prev && LIST_GLUE.test(gap) && !closed) {
      chain.push(c);
      closed = /\b(?:and|or)\b|&/.test(gap);
    } else {
      flush();
      chain = [c];
    }
  }
  flush();
  return out;
}

/**
 * Names in a list ("tech giants like Amazon, Meta and Google", "including Axon, Birch and Cobalt")
 * are context, not companies that cut: one vague quantity over a list is no per-company event.
 */
export const listedCompaniesRefiner: Refiner = {
  name: 'MarkListedCompanies',
  refine(ctx, s, cs) {
    const companies = cs.filter(isCompany);
    // No name, nothing to mark.
    if (companies.length === 0) return [...cs];
    // The word right before each name, for both phrase tests below.
    const wordsBefore = companies.map((c) =>
      lastWordBefore(ctx.text, Math.max(s.start, c.span.start - 40), c.span.start),
    );
    const listed = new Set<Candidate>();
    for (let i = 0; i < companies.length; i++) {
      const c = companies[i];
      if (!c) continue;
      const from = Math.max(s.start, c.span.start - 40);
      const prev = companies[i - 1];
      const glued = prev && listed.has(prev) && LIST_GLUE.test(ctx.text.slice(prev.span.end, c.span.start));
      const intro =
        LIST_INTRO_LAST.has(wordsBefore[i] ?? '') && LIST_INTRO.test(ctx.text.slice(from, c.span.start));
      if (intro || glued) listed.add(c);
    }
    // "Pitchfork, National Geographic and Vox Media have also trimmed staff": three names or more
    // joined as a list, with no word to introduce them, are a list too.
    // So are two names that "have also cut jobs" in a sentence without a quantity.
    const quantified = cs.some((c) => c.kind === 'count' || c.kind === 'percent');
    for (const chain of bareLists(ctx.text, companies, quantified)) for (const c of chain) listed.add(c);
    // "..., including Amazon, Microsoft and Alphabet, which disclosed its own cuts of about 12,000
    // positions": the last name owns the figure of its relative clause, so it is no list item.
    for (const c of listed) {
      const rest = ctx.text.slice(c.span.end, s.end);
      const own = OWN_CLAUSE.exec(rest);
      if (!own) continue;
      const clauseEnd = c.span.end + own[0].length;
      const owned = cs.some(
        (x) =>
          (x.kind === 'count' || x.kind === 'percent') &&
          x.span.start >= c.span.end &&
          x.span.start < clauseEnd,
      );
      if (owned) listed.delete(c);
    }
    // "The company behind Facebook, Instagram and WhatsApp": the owner cuts, not its products.
    // A chain glued by bare commas must close with "and": in "the owner of Skyline, Orvia, cut 90"
    // Orvia is the owner itself, in apposition.
    const owned = new Set<Candidate>();
    for (let i = 0; i < companies.length; i++) {
      const c = companies[i];
      if (!c) continue;
      const from = Math.max(s.start, c.span.start - 40);
      const window = ctx.text.slice(from, c.span.start);
      if (!OWNER_INTRO_LAST.has(wordsBefore[i] ?? '') && !window.includes('behind')) continue;
      if (!OWNER_INTRO.test(window)) continue;
      const chain = [c];
      let closed = true;
      for (let j = i + 1; j < companies.length; j++) {
        const prev = companies[j - 1];
        const next = companies[j];
        if (!prev || !next) break;
        const gap = ctx.text.slice(prev.span.end, next.span.start);
        if (!LIST_GLUE.test(gap)) break;
        chain.push(next);
        closed = /\b(?:and|or)\b|&/.test(gap);
      }
      if (!closed) chain.pop();
      for (const x of chain) owned.add(x);
      i += chain.length - 1;
    }
    // A list needs two names; "including at Activision Blizzard" alone is a unit, not a list.
    if (listed.size < 2 && owned.size === 0) return [...cs];
    const context = new Set([...(listed.size >= 2 ? listed : []), ...owned]);
    return cs.map((c) =>
      isCompany(c) && context.has(c) ? { ...c, value: { ...c.value, listed: true } } : c,
    );
  },
};

/** The noun a count's span ends in when a name stands before it: "450 Dunford jobs". */
const JOB_NOUN_END = /\s(?:jobs?|roles?|positions?|posts?|workers?|employees?|staff|staffers)$/;

/**
 * "Orvane Foods puts up to 450 Dunford jobs at risk": a name between a count's number and its job
 * noun says where the jobs are; when the sentence names another employer (or "the company"), that
 * one cut them and the inner name is a place. Alone ("cut 120 Kestrel jobs") it may still be the
 * employer.
 */
export const placeInCountRefiner: Refiner = {
  name: 'PlaceInCount',
  refine(_ctx, _s, cs) {
    // Cheap test first: most sentences hold no count with a company inside it.
    let inner: Set<Candidate> | null = null;
    for (const n of cs) {
      if (n.kind !== 'count' || !JOB_NOUN_END.test(n.span.text)) continue;
      for (const c of cs)
        // A capitalised name only: "thousands of civil service jobs" names the employer inside.
        if (c.rule === 'company:capitalised' && c.span.start > n.span.start && c.span.end < n.span.end)
          (inner ??= new Set()).add(c);
    }
    if (!inner) return [...cs];
    const found = inner;
    const other = cs.some((c) => isCompany(c) && !c.value.source && !found.has(c));
    return other ? cs.filter((c) => !found.has(c)) : [...cs];
  },
};

/**
 * "It had cut around 200 jobs in 2022, shortly after the Dunmere Bank barred ...": the text before
 * the sentence's first trigger is a pronoun subject ("It", after an optional opening phrase),
 * which stands for the company in focus.
 */
const PRONOUN_SUBJECT = /^\s*(?:[^,;:]{0,40},\s*)?[Ii]t\s+(?:[a-z]+\s+){0,3}$/;
/** "after ", "shortly before the ", "when ": a clause of its own opens right before a name. */
const SUBORDINATE_BEFORE =
  /\b(?:after|before|when|while|as|since|because|until|once|following|amid)\s+(?:(?:the|its|a|an)\s+)?$/i;

/**
 * A sentence whose cut has a pronoun for its subject ("It had cut around 200 jobs in June 2022,
 * shortly after the Dunmere Bank barred lenders from ..."): a name that opens a later clause of
 * time or cause did something else; it is no employer of the cut. The company in focus is.
 */
export const subordinateNameRefiner: Refiner = {
  name: 'SubordinateName',
  refine(ctx, s, cs) {
    // Cheap test first: the sentence must open with "It" within its first words.
    const it = s.text.search(/\b[Ii]t\s/);
    if (it < 0 || it > 45) return [...cs];
    const first = cs.find((c) => c.kind === 'trigger');
    if (!first) return [...cs];
    if (cs.some((c) => c.kind === 'company' && c.span.start < first.span.start)) return [...cs];
    if (!PRONOUN_SUBJECT.test(ctx.text.slice(s.start, first.span.start))) return [...cs];
    return cs.filter(
      (c) =>
        !(
          c.kind === 'company' &&
          c.value.via !== 'focus' &&
          c.span.start >= first.span.end &&
          SUBORDINATE_BEFORE.test(ctx.text.slice(Math.max(first.span.end, c.span.start - 30), c.span.start))
        ),
    );
  },
};
