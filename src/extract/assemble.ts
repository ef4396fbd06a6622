import type { Count, DateRange, Mention } from '../domain/mention.ts';
import { makeSpan, type Span } from '../domain/span.ts';
import type {
  Candidate,
  CandidateOf,
  CompanyValue,
  CountValue,
  DateValue,
  ExtractionContext,
} from './context.ts';
import type { Sentence } from './sentences.ts';
import { findReason } from './details.ts';
import { statusOf } from './status.ts';
import { WARN_ITEM_RULE } from './dates/announcement.ts';
import { isAcronymOf } from './refiners/article.refiner.ts';

/** The one told, right before a name: "notified the Ohio Department of ...", "filed a notice with". */
const TOLD_BEFORE =
  /\b(?:notified|informed|told|wrote\s+to|filed\s+(?:[\w-]+\s+){0,3}?with|submitted\s+(?:[\w-]+\s+){0,3}?to|sent\s+(?:[\w-]+\s+){0,3}?to)\s+(?:the\s+)?(?:[A-Z][\w.&’'-]*\s+(?:of\s+|and\s+|for\s+)?){0,6}$/;

/** A workplace noun right after a name: "Tupelo plant", "Leeds distribution centre". */
const WORKPLACE_AFTER =
  /^\s+(?:(?:manufacturing|assembly|distribution|processing|production|packaging)\s+)?(?:plant|factory|mill|site|depot|warehouse|campus|hub|facility|bakery|brewery|works|cent(?:er|re))s?\b/;

/**
 * A name after a workplace and "at"/"in"/"near"/"on" is where: "its two blast furnaces at Port
 * Talbot", "closing its factory on the Kelham Trading Estate", "close four depots in the Fenlands
 * and the north" (a plural workplace too).
 */
const WORKPLACE_AT_BEFORE =
  /\b(?:plants?|factory|factories|furnaces?|mills?|sites?|depots?|warehouses?|campus|hubs?|facility|facilities|offices?|stores?|works|steelworks|operations)\s+(?:at|in|near|on)\s+(?:the\s+)?$/;

/** A product noun right after a name: "the Frostmark series", "its Lumen app". */
const PRODUCT_AFTER =
  /^\s+(?:series|franchise|games?|apps?|brand|devices?|phones?|titles?|products?|consoles?|headsets?)\b/;

/** The verb between a subject and the owner of what it shuts: "closes", "is shutting", "folds". */
const CLOSES_BETWEEN =
  /^\s+(?:(?:is|will|to|has)\s+)?(?:closes|closed|closing|close|shuts|shut|shutting|folds|folded|folding|sells|sold|selling)\s+(?:down\s+)?$/;

/**
 * A subject's plan to close what is named next: "plans to close", "is proposing to shut", "will
 * wind down"; or its closing done: "has closed Brickwell Digital, the Toronto studio ..., laying
 * off all 60 of its staff".
 */
const PLANS_TO_CLOSE =
  /^\s+(?:(?:(?:is|are|will|would|has|have|plans|planned|planning|proposes|proposed|proposing|intends|wants|decided|announced|said\s+it\s+would|to)\s+)+(?:close|shut|fold|wind\s+down|scrap|sell)|(?:has|have|had)\s+(?:closed|shut|folded|wound\s+down))\s+(?:down\s+)?(?:its\s+|the\s+)?$/i;

/** A name described by what it owns or makes: "the Pellucia owner", "the Lumo maker" (no name after it). */
const OWNER_AFTER = /^\s+(?:owner|parent|maker|developer|publisher|operator)\b(?!\s+[A-Z])/;

/** A comma that opens a description of the name before it, with no comma closing it yet. */
const APPOSITION_OPEN = /^,\s*(?:the|a|an|which|who|that|whose)\b[^,;]*$/;

/** "Verily, the life sciences company owned by Alphabet": the apposition names the parent (resolved elsewhere). */
const OWNERSHIP =
  /\b(?:owned\s+by|unit\s+of|subsidiary\s+of|division\s+of|arm\s+of|part\s+of|parent|owner|backed\s+by|acquired\s+by|bought\s+by)\b/i;

/** After a place that opens a sentence: its verb ("Canada sheds") or its economy ("Ohio's factories"). */
const PLACE_AS_SUBJECT =
  /^(?:\s+[a-z]|['’]s\s+(?:economy|labou?r\s+market|job\s+market|(?:manufacturing|private|public)\s+sector|employers|factories|manufacturers)\b)/;

/** The rule id of the public-body parser ("10,000 civil service jobs" → civil service). */
const PUBLIC_BODY_RULE = 'company:public-body';
/** A named body of government: "Department for Work and Pensions", "Ministry of Defence". */
const GOVERNMENT_BODY =
  /\b(?:Department|Ministry|Office|Agency|Council|Authority|Commission|Executive|Administration|Bureau|Service)\b/;

type Of<K extends Candidate['kind']> = Extract<Candidate, { kind: K }>;
type CompanyCandidate = CandidateOf<'company', CompanyValue>;

/** The company an article is about at this point ("the company" resolves to it). */
export interface Focus {
  readonly name: string;
  readonly unit: string | null;
}

/** Many employers or workers in general: never the focus company's own cut. */
const GENERIC_SUBJECT =
  /\b(?:companies|firms|startups|start-ups|employers|industry|sector|professionals|tech\s+(?:workers|employees)|agencies|across\s+the\s+(?:government|country|economy))\b/i;
/**
 * Where the clause that holds a cut's figure ends: at the first comma, semicolon or dash after it.
 * "Vellum previously cut 15% of its staff in May 2023, months after a crash wiped out value across
 * the industry": the many employers of a later clause are not the subject of the cut.
 */
const CLAUSE_END = /[,;:]\s|\s[—–-]\s/;

/** The sentence from its start to the end of the clause holding `at`. */
function clauseOf(ctx: ExtractionContext, s: Sentence, at: Span): string {
  const rest = ctx.text.slice(at.end, s.end);
  const end = CLAUSE_END.exec(rest);
  return ctx.text.slice(s.start, end ? at.end + end.index : s.end);
}

/**
 * A case put to the reader, not a report: "If an employer proposes 20 to 99 redundancies ...",
 * "What if fewer than 20 people are affected?", "Suppose your firm cuts 50 jobs". Any employer,
 * never the company in focus ("If the company finds no buyer, 300 jobs will go" is its own).
 */
const HYPOTHETICAL_CASE =
  /^\s*(?:what\s+if|suppos(?:e|ing)|imagine)\b|\b(?:if|when|where|unless)\s+(?:an?|any|your|every|each)\s+(?:employer|company|business|firm|organi[sz]ation)\b/i;
/**
 * A plural of employers opening the sentence as the subject of the cut: "Garment factories have
 * laid off thousands", "Many steel mills are shedding staff", "Smaller lenders cut 2,000 jobs".
 * Those are many employers, not the company in focus; "Its two factories have shed 300" (a
 * possessive) and "At its two factories, Corvel cut 300" stay the company's own.
 */
const PLURAL_EMPLOYERS_HEAD =
  /^(?!(?:its|their|our|his|her|the\s+company['’]s)\b)(?:[\w’'-]+\s+){0,3}?(?:factories|mills|plants|manufacturers|makers|firms|retailers|exporters|producers|lenders|carriers|chains|suppliers|operators|brands)\s+(?:[\w’'-]+\s+){0,3}$/i;
/**
 * "more than 2,500 people have lost their jobs at these chains": a tally over the employers just
 * listed, not the last-named company's cut.
 */
const THESE_EMPLOYERS =
  /\b(?:these|those|such)\s+(?:chains|firms|companies|retailers|factories|mills|plants|employers|businesses|operators|groups|lenders|carriers|brands)\b/i;
/** "layoffs at Alphabet", "job cuts at Verily": the company comes after the noun. */
const AT_AFTER_TRIGGER =
  /^\s*(?:at|in|from|by)\s+(?:(?:the|its)\s+)?(?:[A-Z][\w.&’'-]*(?:['’]s)?\s+(?:parent|owner)(?:\s+company)?\s+)?$/;

/**
 * Words that may stand between a subject and its layoff verb: "Citigroup has also reduced its
 * workforce", "Spotify said on Monday it would cut staff", "Veltrix (VTX) is laying off".
 */
const SUBJECT_TO_VERB =
  /^(?:['’]s)?(?:\s*\([^)]{1,40}\))?(?:\s*,[^,]{1,80},)?\s*(?:(?:has|have|had|will|would|shall|is|are|was|were|also|recently|reportedly|already|again|further|quietly|now|just|then|to|be|been|begun|began|started|starting|plans?|planned|planning|set|expected|expects|intends|said|says|announced|confirmed|that|it|on|last|this|week|month|year|earlier|\w+day|could|may|might|must|soon)\s+)*$/i;
/** Layoff triggers that are verbs (a subject acts), as opposed to nouns ("layoffs", "job cuts"). */
const VERB_TRIGGER_RULES = new Set([
  'trigger:lay-off',
  'trigger:cut-jobs',
  'trigger:reduce-workforce',
  'trigger:let-go',
  'trigger:fire',
  'trigger:downsize',
  'trigger:forced-exit',
]);
const NOUN_LAYOFF = /^(?:lay-?offs?|downsizing|rightsizing|terminations?)$/i;

/**
 * A mention with no quantity is kept only when the sentence says that THIS company cut jobs:
 * the company is the subject of a layoff verb ("Citigroup has also reduced its workforce"), or the
 * company in focus is named after a layoff noun ("more layoffs at Alphabet"). Passing names in
 * trend sentences ("amid layoffs across tech, from Meta to Snap") and junk capitalised words
 * ("Requires certain employers to ... mass layoff") give nothing.
 */
/**
 * " did not say how many ", " declined to say how many staff would be ": between a subject and the
 * jobs it cuts (or its cut verb), a figure the subject keeps back ("Kessel did not say how many
 * jobs would go", "The insurer declined to say how many staff would be laid off").
 */
const UNSAID_HOW_MANY =
  /^\s+(?:did\s+not|didn['’]t|would\s+not|wouldn['’]t|could\s+not|declined\s+to|refused\s+to)\s+(?:say|disclose|specify|give|confirm)\s+how\s+many\s+(?:(?:people|staff|workers|employees|jobs|roles|positions|posts)\s+(?:(?:would|will|could|might|are|were|is)\s+)?(?:be\s+)?)?$/i;

function clearlyCuts(
  ctx: ExtractionContext,
  agent: { c: CompanyCandidate; v: CompanyValue },
  triggers: readonly Of<'trigger'>[],
  focus: Focus | null,
): boolean {
  for (const t of triggers) {
    if (t.span.start >= agent.c.span.end) {
      const between = ctx.text.slice(agent.c.span.end, t.span.start);
      const verb = VERB_TRIGGER_RULES.has(t.rule) && !NOUN_LAYOFF.test(t.span.text);
      if (verb && SUBJECT_TO_VERB.test(between)) return true;
      // "The retailer did not say how many jobs would go": the subject cuts, only the figure is
      // kept back.
      if (UNSAID_HOW_MANY.test(between)) return true;
    } else if (
      focus &&
      agent.v.name === focus.name &&
      t.span.end <= agent.c.span.start &&
      AT_AFTER_TRIGGER.test(ctx.text.slice(t.span.end, agent.c.span.start))
    ) {
      return true;
    }
  }
  return false;
}

/**
 * A sentence whose subject is introduced as another company: "Rival Match Group, the owner of
 * ..., said it would reduce its workforce by 13 per cent", "Its larger competitor ...". Its figure
 * is never the company in focus's, even when the rival's name was not recognised.
 */
const RIVAL_SUBJECT =
  /^(?:(?:meanwhile|elsewhere|separately|similarly|likewise),?\s+)?(?:(?:its|their|the\s+company['’]s|[A-Z][\w&.-]*['’]s)\s+)?(?:(?:larger|smaller|bigger|main|chief|closest|nearest|local|domestic|foreign|biggest|largest)\s+)?(?:rival|competitor|peer)s?\b/i;

/**
 * Between a place and the company it describes: "Windsor parts maker Lakeshore Stamping", "Leeds
 * software firm Quorvis". Lower-case words ending in a trade noun, then the company's name.
 */
const DESCRIBED_NEXT =
  /^\s+(?:[a-z][\w-]*\s+){0,3}(?:maker|makers|manufacturer|firm|company|group|retailer|chain|startup|start-up|operator|provider|supplier|producer|publisher|developer|studio|lender|bank|insurer|carrier|airline|brewer|miller|mill|exporter|importer|contractor)\s+$/;

/**
 * Is the name only a descriptor (a place) of the next name: "at Windsor parts maker Lakeshore
 * Stamping" → Windsor describes Lakeshore Stamping, which is the employer.
 */
export function describesNextName(
  text: string,
  c: { span: Span },
  next: { span: Span } | undefined,
): boolean {
  return (
    next !== undefined &&
    next.span.start > c.span.end &&
    DESCRIBED_NEXT.test(text.slice(c.span.end, next.span.start))
  );
}

/**
 * A figure of a whole trade's jobs: "tens of thousands of auto jobs", "10,000 games jobs". With no
 * employer named for it, it is never the focus company's.
 */
const SECTOR_JOBS =
  /\b(?:auto|car|tech|technology|manufacturing|factory|mining|retail|banking|finance|media|games|gaming|steel|oil|construction|hospitality|farm|federal|government|public-sector|industry)\s+(?:sector\s+)?(?:jobs|workers|employees)\b/i;

/** Words of a plan between a subject and its verb ("is preparing to cut"), read past like "will". */
const PLAN_WORDS = /\b(?:preparing|about|going|looking|moving|poised|ready)\s+/gi;

/** Characters allowed between a count and "at tech giants including ..." for the count to be the group's. */
const COLLECTIVE_GAP = 3;
const COLLECTIVE_LIST =
  /\b(?:at|across|from|among|by)\s+(?:(?:other|several|many|big|major|large|rival|global|fellow)\s+)?(?:[\w-]+\s+)?(?:giants|companies|firms|startups|start-ups|rivals|peers|banks|lenders|employers|players|businesses|studios|outlets|publishers|brands|retailers|chipmakers|automakers|carmakers)\s*,?\s+(?:including|like|such\s+as)\b/i;

/**
 * A name introduced as a part of the subject: "lays off 300 staff in its Orbit cloud unit",
 * "cutting jobs in its streaming division, Brightwave (BW)". Between "in its" and the name stand at
 * most four describing words (never a preposition: "in its deal with Norvel" names a partner), and
 * an optional "unit," when the name comes after its description.
 */
const UNIT_INTRO =
  /\b(?:in|at|from|within|inside)\s+(?:its|their|the\s+company['’]s|the\s+firm['’]s)\s+(?:(?!(?:with|to|by|for|of|from|and|on|at|in)\b)[\w’'-]+\s+){0,4}?(?:(?:unit|division|arm|business|subsidiary|segment|department|organi[sz]ation|group|team)\s*,\s*(?:the\s+)?)?$/i;
/** How far back from a name UNIT_INTRO looks. */
const UNIT_INTRO_REACH = 90;

function isUnitIntro(ctx: ExtractionContext, s: Sentence, c: CompanyCandidate): boolean {
  const head = ctx.text.slice(Math.max(s.start, c.span.start - UNIT_INTRO_REACH), c.span.start);
  return UNIT_INTRO.test(head);
}

/** The unit a part-name after the anchor gives the agent ("... in its AWS unit" → AWS), or null. */
function unitAfterAnchor(
  anchor: Anchor,
  agent: { v: CompanyValue },
  parts: readonly CompanyCandidate[],
): string | null {
  for (const p of parts) {
    if (p.span.start < anchor.span.end || p.span.start >= anchor.to) continue;
    if (p.value.via === 'lexicon') {
      if (p.value.unit && (p.value.name === agent.v.name || agent.v.via === 'focus')) return p.value.unit;
    } else if (p.value.via === 'name' && p.value.name !== agent.v.name) {
      return p.value.name;
    }
  }
  return null;
}

/** Right after a count: the cut spans the whole employer ("thousands of jobs across the company"). */
const COMPANY_WIDE =
  /^\s*(?:[\w-]+\s+){0,3}?(?:across|throughout)\s+(?:the|its|their)\s+(?:entire\s+|whole\s+)?(?:company|firm|group|business|organi[sz]ation)\b|^\s*(?:[\w-]+\s+){0,3}?company-wide\b/i;

/**
 * Right after a count: it is spread over a whole sector, no one employer's ("thousands of job
 * losses across the health service", "20,000 jobs throughout the industry"). "Across the country"
 * is where one employer cuts ("Dunmore Stores will cut 800 jobs across the country").
 */
const SECTOR_WIDE =
  /^\s*(?:[\w-]+\s+){0,3}?(?:across|throughout)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:sector|industry|economy|health\s+service|public\s+sector|value\s+chain|supply\s+chain)\b/i;

function byKind<K extends Candidate['kind']>(cs: readonly Candidate[], kind: K): Of<K>[] {
  return cs.filter((c): c is Of<K> => c.kind === kind);
}

/** Resolves "the company" to the focus; drops it when nothing is in focus. */
function resolveCompany(c: CompanyCandidate, focus: Focus | null): CompanyValue | null {
  if (c.value.via !== 'focus') return c.value;
  if (!focus) return null;
  return { ...c.value, name: focus.name, unit: c.value.unit ?? null };
}

interface Anchor {
  readonly span: Span;
  /** The window of the sentence that belongs to this anchor (between neighbouring counts). */
  readonly from: number;
  readonly to: number;
  readonly count: Of<'count'> | null;
  /** The anchor's own clause, for its date: "6% in January | and another 200 in June". */
  readonly clause?: { readonly from: number; readonly to: number };
}

/** Where one event's clause ends and the next one's begins: the last "and", "but", comma or semicolon. */
const CLAUSE_BREAK = /\s(?:and|but|while|whereas|after|following)\s|[,;]\s/g;

/**
 * The offset between two anchors where the second one's clause starts: "6% of its staff in
 * January | and another 200 people in June" keeps "in January" with the 6%. Without a break the
 * boundary is the second anchor itself.
 */
function clauseBreak(ctx: ExtractionContext, from: number, to: number): number {
  let at = to;
  for (const m of ctx.text.slice(from, to).matchAll(CLAUSE_BREAK)) at = from + m.index;
  return at;
}

/** Words between a share and a count that make them two rounds: "... and another 200", "after". */
const SEPARATE_ROUNDS =
  /\band\s+(?:another|a\s+further|an\s+additional|then)\b|\b(?:after|following|on\s+top\s+of|in\s+addition\s+to|besides)\b/i;

/**
 * A share stands apart from the counts of its sentence when the text between it and the nearest
 * count starts another round, or names another employer ("Amazon ... 18,000 roles, and
 * Salesforce, which ... about 10% of its workforce"). "1,750 employees, roughly 10 percent of its
 * workforce" is one event told twice.
 */
function standsApart(
  ctx: ExtractionContext,
  p: Of<'percent'>,
  counts: readonly Of<'count'>[],
  agents: readonly { c: CompanyCandidate; v: CompanyValue }[],
  triggers: readonly Of<'trigger'>[],
): boolean {
  let nearest: Of<'count'> | null = null;
  let best = Number.POSITIVE_INFINITY;
  for (const c of counts) {
    const d = c.span.start >= p.span.end ? c.span.start - p.span.end : p.span.start - c.span.end;
    if (d >= 0 && d < best) {
      best = d;
      nearest = c;
    }
  }
  if (!nearest) return false;
  const from = Math.min(nearest.span.end, p.span.end);
  const to = Math.max(nearest.span.start, p.span.start);
  const gap = ctx.text.slice(from, to);
  if (SEPARATE_ROUNDS.test(gap)) return true;
  const before = agents.filter((a) => a.c.span.end <= Math.min(nearest.span.start, p.span.start)).pop();
  return agents.some(
    (a) =>
      a.v.via !== 'focus' &&
      a.c.span.start >= from &&
      a.c.span.end <= to &&
      (!before ||
        a.v.name !== before.v.name ||
        // "several hundred roles were eliminated at Prime Video, while Audible told staff it would
        // trim about 5%": another unit of the same parent, as the subject of its own layoff verb.
        (a.v.unit !== null &&
          a.v.unit !== before.v.unit &&
          triggers.some(
            (t) => t.span.start >= a.c.span.end && t.span.start < to + 1 && t.span.end >= p.span.end,
          ))),
  );
}

/** Between a count and a unit name that places it: "several hundred at Prime Video". */
const COUNT_AT_UNIT = /^\s*(?:at|in|within|from)\s+(?:the\s+|its\s+)?$/;

/** The count's own clause, then "at" a unit: "several hundred roles were eliminated this week at Prime Video". */
const COUNT_VERB_AT_UNIT =
  /^\s+(?:[\w-]+\s+){0,2}(?:were|was|have\s+been|has\s+been|will\s+be|are|is|are\s+being|is\s+being)\s+(?:[\w-]+\s+){1,3}?(?:at|in|within|from)\s+(?:the\s+|its\s+)?$/;

function pickAgent(
  ctx: ExtractionContext,
  anchor: Anchor,
  agents: readonly { c: CompanyCandidate; v: CompanyValue }[],
  triggers: readonly Of<'trigger'>[],
): { c: CompanyCandidate; v: CompanyValue } | null {
  // "... about 500 jobs at Twitch and several hundred at Prime Video": a known unit right after
  // the count says where this count falls, before any name or trigger earlier in the sentence.
  const atUnit =
    anchor.count &&
    agents.find(
      (a) =>
        a.v.via === 'lexicon' &&
        a.v.unit !== null &&
        a.c.span.start >= anchor.span.end &&
        a.c.span.start < anchor.to &&
        (COUNT_AT_UNIT.test(ctx.text.slice(anchor.span.end, a.c.span.start)) ||
          COUNT_VERB_AT_UNIT.test(ctx.text.slice(anchor.span.end, a.c.span.start))),
    );
  if (atUnit) return atUnit;
  // "more layoffs at Google parent Alphabet": a trigger noun followed by "at X".
  for (const t of triggers) {
    const next = agents.find(
      (a) =>
        a.c.span.start >= t.span.end && AT_AFTER_TRIGGER.test(ctx.text.slice(t.span.end, a.c.span.start)),
    );
    if (!next) continue;
    // "TikTok is preparing to cut about 450 jobs at the Indonesian e-commerce unit": after a verb
    // with its own subject, "at X" says where the subject cuts, not who.
    const verb = VERB_TRIGGER_RULES.has(t.rule) && !NOUN_LAYOFF.test(t.span.text);
    if (
      verb &&
      agents.some(
        (a) =>
          a.v.via !== 'focus' &&
          a.c.span.end <= t.span.start &&
          a.c.span.start >= anchor.from &&
          SUBJECT_TO_VERB.test(ctx.text.slice(a.c.span.end, t.span.start).replace(PLAN_WORDS, '')),
      )
    )
      continue;
    // "The layoffs at Google came two days after Microsoft said it would cut 10,000 jobs": a name
    // standing between "at X" and the count is the count's own subject.
    const closer = agents.some(
      (a) =>
        a !== next &&
        a.v.name !== next.v.name &&
        a.c.span.start >= next.c.span.end &&
        a.c.span.end <= anchor.span.start,
    );
    if (
      !closer &&
      t.span.start < anchor.span.end + 1 &&
      next.c.span.start >= anchor.from &&
      next.c.span.start < anchor.to
    )
      return next;
  }
  // "nine Swiggy designers": a name inside the count phrase is the employer.
  const inside = agents.find((a) => a.c.span.start >= anchor.span.start && a.c.span.end <= anchor.span.end);
  if (inside) return inside;
  const before = agents.filter((a) => a.c.span.end <= anchor.span.start && a.c.span.start >= anchor.from);
  const last = before[before.length - 1];
  // "Vector Food Services, the company that runs the cafeterias at Halden Motors' plant, will lay
  // off 57": a name inside the subject's apposition or relative clause is not the one that cuts.
  const subject = before.find(
    (a) =>
      last !== undefined &&
      a !== last &&
      APPOSITION_OPEN.test(ctx.text.slice(a.c.span.end, last.c.span.start)) &&
      !OWNERSHIP.test(ctx.text.slice(a.c.span.end, last.c.span.start)) &&
      ctx.text.slice(last.c.span.end, anchor.span.start).includes(','),
  );
  if (subject) return subject;
  // "Nordlicht Interactive closes Emberfall Games' Montreal studio, lays off 85": the possessive
  // owns what is closed; the subject of "closes" is the one that lays off.
  const closer = before.find(
    (a) =>
      last !== undefined &&
      a !== last &&
      (/['’]s?$/.test(last.c.span.text) ||
        /^['’]/.test(ctx.text.slice(last.c.span.end, last.c.span.end + 1))) &&
      CLOSES_BETWEEN.test(ctx.text.slice(a.c.span.end, last.c.span.start)),
  );
  if (closer) return closer;
  // "Warner Bros Discovery plans to close Newshub, the news operation behind ..., with the loss
  // of about 300 jobs": what the subject closes is its unit; the subject cuts the jobs.
  const owner = before.find(
    (a) =>
      last !== undefined &&
      a !== last &&
      a.v.name !== last.v.name &&
      last.c.value.via === 'name' &&
      PLANS_TO_CLOSE.test(ctx.text.slice(a.c.span.end, last.c.span.start)),
  );
  if (owner && last) return { c: owner.c, v: { ...owner.v, unit: owner.v.unit ?? last.v.name } };
  if (last) return last;
  const after = agents.find((a) => a.c.span.start >= anchor.span.end && a.c.span.start < anchor.to);
  return after ?? null;
}

/**
 * The date closest to the anchor, preferring its own window. With several counts in a sentence
 * (`sharedBefore` = where the first one starts) only a date before all of them is shared: "In
 * May, Ardent cut 90 and Belcor 40" dates both, but "cut hundreds now, after thousands in 2023"
 * gives "in 2023" to the thousands only.
 */
/** "told the state on Monday", "said on Friday": a date right after a verb of telling. */
const TOLD_BEFORE_DATE =
  /\b(?:said|told|announced|confirmed|informed|notified)\s+(?:(?:the|its|their)\s+)?(?:[\w-]+\s+)?$/i;

function nearestDate(
  text: string,
  dates: readonly Of<'date'>[],
  anchor: Anchor,
  sharedBefore: number | null = null,
  reference: string | null = null,
): Of<'date'> | null {
  const usable = dates.filter((d) => !d.value.horizon);
  const from = anchor.clause?.from ?? anchor.from;
  const to = anchor.clause?.to ?? anchor.to;
  let inWindow = usable.filter((d) => d.span.start >= from && d.span.end <= to);
  // "cut about 2,000 jobs and close 125 stores, and in June of that year, with stores shut, it
  // eliminated 3,900": the clause is cut at its last comma, but a date past the first break
  // after the count before still belongs to this count, not to that one.
  if (inWindow.length === 0 && anchor.clause && anchor.from < from) {
    CLAUSE_BREAK.lastIndex = 0;
    const first = CLAUSE_BREAK.exec(text.slice(anchor.from, from));
    CLAUSE_BREAK.lastIndex = 0;
    const after = first ? anchor.from + first.index + first[0].length : to;
    inWindow = usable.filter((d) => d.span.start >= after && d.span.end <= to);
  }
  const pool =
    inWindow.length > 0
      ? inWindow
      : sharedBefore === null
        ? usable
        : usable.filter((d) => d.span.end <= sharedBefore);
  let best: Of<'date'> | null = null;
  let bestDist = Number.POSITIVE_INFINITY;
  // "told employees in June that it would lay off 15% ... beginning in July": when the sentence
  // also says when the cut was told, the day it starts is not the event's date.
  const told = pool.some((d) => !startsThen(text, d));
  // "told the state on Monday it will close its mill, where 190 people work, in January": the
  // day the cut was told, not one still ahead of publication when it takes effect (as the main
  // event's announcement day, dates/announcement.ts).
  const toldDay =
    reference !== null &&
    pool.some(
      (d) =>
        d.value.end !== null &&
        d.value.end <= reference &&
        TOLD_BEFORE_DATE.test(text.slice(Math.max(0, d.span.start - 40), d.span.start)),
    );
  for (const d of pool) {
    if (told && startsThen(text, d)) continue;
    if (toldDay && d.value.start !== null && reference !== null && d.value.start > reference) continue;
    const dist =
      d.span.start >= anchor.span.end ? d.span.start - anchor.span.end : anchor.span.start - d.span.end;
    if (dist < bestDist) {
      best = d;
      bestDist = dist;
    }
  }
  return best;
}

/** ", where the university plans to ...": a clause of place with a subject of its own. */
const WHERE_CLAUSE = /,\s+where\s+(?:the|it|its|they|their|a|an|[A-Z][\w’'-]*)\s/g;

/**
 * "About 40 of the roles would go from the Faculty of Law, where the university plans to merge
 * two courses from next year": after a count, a clause ", where" with its own subject and verb
 * tells what happens at that place; its date dates that action, not the cut.
 */
function withoutWhereClauseDates(
  s: Sentence,
  dates: Of<'date'>[],
  counts: readonly Of<'count'>[],
): Of<'date'>[] {
  if (dates.length === 0 || counts.length === 0 || !s.text.includes(', where ')) return dates;
  const firstCount = Math.min(...counts.map((c) => c.span.end));
  for (const m of s.text.matchAll(WHERE_CLAUSE)) {
    const at = s.start + m.index;
    if (at < firstCount) continue;
    // The clause runs to the end of the sentence.
    return dates.filter((d) => d.span.start < at);
  }
  return dates;
}

/** A line that ends without a sentence's final stop: a headline or a heading. */
const HEADLINE_LIKE = /[^.!?"”’)]$/;
/** Where a headline joins two stories: "Tata confirms 2,800 job losses; retail sales slump in December". */
const HEADLINE_STORY_BREAK = /;|\s\|\s/g;

/**
 * The dates of a headline that share a story with a layoff word or a count. A headline that joins
 * two stories ("... 2,800 job losses; retail sales slump in December") dates the other story in
 * the clause without one.
 */
function headlineDates(ctx: ExtractionContext, s: Sentence, cs: readonly Candidate[]): Of<'date'>[] {
  const dates = byKind(cs, 'date');
  if (dates.length === 0 || !/;|\s\|\s/.test(s.text)) return dates;
  const breaks = [...s.text.matchAll(HEADLINE_STORY_BREAK)].map((m) => s.start + m.index);
  const story = (at: number): number => breaks.filter((b) => b < at).length;
  const told = new Set(
    cs.filter((c) => c.kind === 'trigger' || c.kind === 'count').map((c) => story(c.span.start)),
  );
  return dates.filter((d) => told.has(story(d.span.start)));
}

/**
 * A date the cut starts on: "beginning in July", "starting Monday", "effective June 1"; or the
 * year it applies to: "eliminates 80 posts for the 2026-27 school year", "for fiscal 2026".
 */
function startsThen(text: string, d: Of<'date'>): boolean {
  return (
    STARTS_THEN.test(d.span.text) ||
    STARTS_BEFORE_DATE.test(text.slice(Math.max(0, d.span.start - 14), d.span.start)) ||
    (/\d{4}/.test(d.span.text) &&
      FOR_YEAR_BEFORE.test(text.slice(Math.max(0, d.span.start - 20), d.span.start)))
  );
}
/** "for the 2026-27 school year", "for fiscal 2026", "for its 2025 budget": the period served. */
const FOR_YEAR_BEFORE =
  /\bfor\s+(?:the\s+|its\s+|their\s+)?(?:(?:fiscal|financial|academic|school|budget)\s+(?:year\s+)?)?$/i;
const STARTS_THEN = /^(?:beginning|starting|effective|from)\b/i;
const STARTS_BEFORE_DATE = /\b(?:beginning|starting|effective|from)\s+$/i;

/** The words of a deadline: "by 2028", "before the end of the year", "until next March". */
const DEADLINE = /^(?:by|before|until|till)\b/i;
const DEADLINE_BEFORE = /\b(?:by|before|until|till)\s+$/i;

/**
 * "is preparing to cut several hundred jobs before the end of the year": a horizon gives the event
 * no dates, but its phrase is kept, and the event is not dated by the publication day instead.
 */
function horizonOf(text: string, dates: readonly Of<'date'>[], anchor: Anchor): DateRange | null {
  const from = anchor.clause?.from ?? anchor.from;
  const to = anchor.clause?.to ?? anchor.to;
  // Only a deadline: other dates marked horizon are not the cut's at all ("$97 on Friday").
  const h = dates.find(
    (d) =>
      d.value.horizon &&
      d.span.start >= from &&
      d.span.end <= to &&
      (DEADLINE.test(d.span.text) ||
        DEADLINE_BEFORE.test(text.slice(Math.max(0, d.span.start - 12), d.span.start))),
  );
  if (!h) return null;
  return { start: null, end: null, text: h.span.text, span: h.span, basis: 'relative' };
}

function toDateRange(d: Of<'date'> | null): DateRange | null {
  if (!d) return null;
  const v: DateValue = d.value;
  return {
    start: v.start,
    end: v.end,
    text: d.span.text,
    span: d.span,
    basis: v.relative ? 'relative' : 'explicit',
  };
}

/** Counts read as a part of a cut told before them (see Count.part). */
const PART_RULES: ReadonlySet<string> = new Set([
  'count:subset-place',
  'count:of-the-cuts',
  'count:further-number',
  'count:of-members',
  'count:of-the-jobs',
  'count:cuts-include',
  'count:part-of-its-size',
]);

function toCount(c: Of<'count'>): Count {
  const v: CountValue = c.value;
  return {
    ...(PART_RULES.has(c.rule) ? { part: true } : {}),
    min: v.min,
    max: v.max,
    approx: v.approx,
    // "headcount to fall to 10,000 from 12,500": a difference the text implies, not a stated figure.
    derived: c.stated === 'implied',
    text: c.span.text,
    span: c.span,
    workforce: null,
  };
}

/** "5% of its 85,000 staff" → 4,250 (derived); "more than 15% of 100" → 16..null. */
function derive(ctx: ExtractionContext, p: Of<'percent'>, wf: Of<'workforce'>): Count {
  const exact = (p.value.percent * wf.value.value) / 100;
  const lo = Math.floor(exact);
  const hi = Math.ceil(exact);
  const approx = wf.value.approx || p.value.qualifier === 'approx' || lo !== hi;
  let min: number | null = lo === hi ? lo : lo;
  let max: number | null = hi;
  if (p.value.qualifier === 'above') {
    min = lo + 1;
    max = null;
  } else if (p.value.qualifier === 'below') {
    min = null;
    max = hi - 1;
  }
  const start = Math.min(p.span.start, wf.span.start);
  const end = Math.max(p.span.end, wf.span.end);
  return {
    min,
    max,
    approx,
    derived: true,
    text: ctx.text.slice(start, end),
    span: makeSpan(ctx.text, start, end),
    workforce: { value: wf.value.value, span: wf.span },
  };
}

/** Characters between two spans (0 when they touch or overlap). */
function gapBetween(a: Span, b: Span): number {
  return Math.max(0, b.start - a.end, a.start - b.end);
}

/**
 * Which anchor each share belongs to when a sentence has several: a share that is its own round
 * is its own anchor; any other share goes with the nearest count ("Amazon cut about 500 jobs at
 * Twitch and several hundred at Prime Video, and Discord laid off 17% of its staff, about 170
 * people": the 17% is Discord's 170, not the several hundred before it).
 */
function sharesToAnchors(
  percents: readonly Of<'percent'>[],
  anchors: readonly Anchor[],
): Map<Of<'percent'>, Anchor> {
  const owner = new Map<Of<'percent'>, Anchor>();
  for (const p of percents) {
    const own = anchors.find((a) => a.count === null && a.span.start === p.span.start);
    if (own) {
      owner.set(p, own);
      continue;
    }
    let best: Anchor | null = null;
    for (const a of anchors) {
      if (a.count && (!best || gapBetween(a.span, p.span) < gapBetween(best.span, p.span))) best = a;
    }
    if (best) owner.set(p, best);
  }
  return owner;
}

/** Names once each (first spelling wins), with the span each was found at. */
function uniqueNames(cs: readonly (Of<'department'> | Of<'location'>)[]): { names: string[]; spans: Span[] } {
  const names: string[] = [];
  const spans: Span[] = [];
  for (const c of cs) {
    if (names.some((n) => n.toLowerCase() === c.value.name.toLowerCase())) continue;
    names.push(c.value.name);
    spans.push(c.span);
  }
  return { names, spans };
}

/** The sentence's stated reason and where it stands. */
function reasonFields(
  ctx: ExtractionContext,
  s: Sentence,
): { reason: string | null; reasonSpan: Span | null } {
  const r = findReason(ctx.text, s.start, s.text);
  return { reason: r?.text ?? null, reasonSpan: r?.span ?? null };
}

type Agent = { c: CompanyCandidate; v: CompanyValue };

/**
 * Removes the agents `which` picks out (a part, a place), but only when an agent `other` accepts
 * stays: "Amazon ... in its cloud division, Amazon Web Services" keeps Amazon; alone, the part is
 * still the best name there is.
 */
function dropWhenOthersRemain(
  agents: Agent[],
  which: (a: Agent) => boolean,
  other: (a: Agent) => boolean,
): void {
  const dropped = agents.filter(which);
  if (dropped.length === 0 || !agents.some((a) => !dropped.includes(a) && other(a))) return;
  for (let i = agents.length - 1; i >= 0; i--) if (dropped.includes(agents[i] as Agent)) agents.splice(i, 1);
}

export interface SentenceMentions {
  readonly mentions: Mention[];
  readonly focus: Focus | null;
  readonly hasAgent: boolean;
}

/**
 * Joins the company, quantity, date and trigger candidates of one sentence into mentions. With
 * two or more counts each count is its own event, paired with the nearest company before it
 * ("Ola fired 2,100 workers, Byju's let go 2,500"); otherwise one event for the sentence.
 */
export function assembleSentence(
  ctx: ExtractionContext,
  s: Sentence,
  cs: readonly Candidate[],
  focus: Focus | null,
  labelEnd?: number,
): SentenceMentions {
  const triggers = byKind(cs, 'trigger');
  if (triggers.length === 0) return { mentions: [], focus, hasAgent: false };
  const companyCands = byKind(cs, 'company');
  const agents: Agent[] = [];
  // "thousands of layoffs at tech giants including A, B and C": names after a plural group noun
  // and "including/like/such as" only illustrate a collective figure.
  const collective = COLLECTIVE_LIST.exec(s.text);
  const collectiveFrom = collective ? s.start + collective.index : Number.POSITIVE_INFINITY;
  const parts: CompanyCandidate[] = [];
  for (const c of companyCands) {
    if (c.value.source || c.value.listed || c.span.start >= collectiveFrom) continue;
    // "the studio behind the Frostmark series": a product's name, not an employer.
    if (c.value.via !== 'lexicon' && PRODUCT_AFTER.test(ctx.text.slice(c.span.end, c.span.end + 24)))
      continue;
    let v = resolveCompany(c, focus);
    if (!v?.name) continue;
    // "Verrowind: The Pellucia owner said it would cut 200 jobs": after an item's label, "the X
    // owner" describes the labelled company by what it owns.
    if (
      focus &&
      labelEnd !== undefined &&
      c.value.via !== 'focus' &&
      c.span.start >= labelEnd &&
      /\bthe\s+$/i.test(ctx.text.slice(Math.max(s.start, c.span.start - 4), c.span.start)) &&
      OWNER_AFTER.test(ctx.text.slice(c.span.end, c.span.end + 30))
    )
      v = { ...v, name: focus.name, unit: focus.unit };
    // "Department of Veterans Affairs" (a roundup's heading), then "The VA said on Thursday it had
    // dismissed more than 1,000": the acronym names the company in focus.
    if (focus && c.value.via !== 'focus' && !v.unit && isAcronymOf(v.name, focus.name))
      v = { ...v, name: focus.name };
    if (c.value.via !== 'focus' && isUnitIntro(ctx, s, c)) parts.push(c);
    agents.push({ c, v });
  }
  // "Amazon is laying off hundreds in its cloud division, Amazon Web Services": a part named after
  // "in its ..." is where the cut falls, not a second employer (unless no other name is there).
  dropWhenOthersRemain(
    agents,
    (a) => parts.includes(a.c),
    () => true,
  );
  // "Hollister Co. notified the Ohio Department of Job and Family Services that it will close ...":
  // whom the company told is not who cuts.
  for (let i = agents.length - 1; i > 0; i--) {
    const a = agents[i] as Agent;
    const head = ctx.text.slice(Math.max(s.start, a.c.span.start - 80), a.c.span.start);
    if (TOLD_BEFORE.test(head) && agents.slice(0, i).some((b) => b.c.value.via !== 'focus'))
      agents.splice(i, 1);
  }
  // "Marlowe Cabinet Co. closing Tupelo plant": a name right before a workplace noun says where,
  // when the sentence names another employer.
  // ("its two blast furnaces at Port Talbot": a name after a workplace and "at"/"in" is where, too.)
  dropWhenOthersRemain(
    agents,
    (a) =>
      a.c.value.via !== 'lexicon' &&
      // "at Ardmoor Biologics' manufacturing plant": the owner of the plant, not its place.
      ((!/['’]s?$/.test(a.c.span.text) &&
        WORKPLACE_AFTER.test(ctx.text.slice(a.c.span.end, a.c.span.end + 30))) ||
        WORKPLACE_AT_BEFORE.test(ctx.text.slice(Math.max(s.start, a.c.span.start - 40), a.c.span.start))),
    (a) => a.c.value.via !== 'focus',
  );
  // "Tariffs force temporary layoffs at Windsor parts maker Lakeshore Stamping": the place before
  // a trade noun describes the next name, the employer.
  for (let i = agents.length - 2; i >= 0; i--) {
    const a = agents[i] as Agent;
    if (a.c.value.via !== 'lexicon' && describesNextName(ctx.text, a.c, agents[i + 1]?.c))
      agents.splice(i, 1);
  }
  // "Department for Rural Enterprise to cut 1,500 civil service jobs": "civil service" says what
  // kind of jobs when the body that cuts them is named before it, as the subject.
  for (let i = agents.length - 1; i >= 0; i--) {
    const body = agents[i];
    if (body?.c.rule !== PUBLIC_BODY_RULE) continue;
    const named = agents.some(
      (a) =>
        a.c.rule !== PUBLIC_BODY_RULE &&
        a.c.value.via !== 'focus' &&
        a.c.span.end <= body.c.span.start &&
        GOVERNMENT_BODY.test(a.v.name),
    );
    if (named) agents.splice(i, 1);
  }
  const counts = byKind(cs, 'count');
  const percents = byKind(cs, 'percent');
  const workforces = byKind(cs, 'workforce');
  const dates = withoutWhereClauseDates(
    s,
    HEADLINE_LIKE.test(s.text) ? headlineDates(ctx, s, cs) : byKind(cs, 'date'),
    counts,
  );
  const firstTrigger = triggers[0];
  if (!firstTrigger) return { mentions: [], focus, hasAgent: false };

  const anchors: Anchor[] = [];
  if (counts.length === 0 && percents.length >= 2) {
    // "2% would be cut, following a 6% cut in January": each share is its own round.
    percents.forEach((p, i) => {
      const prev = percents[i - 1];
      const next = percents[i + 1];
      anchors.push({
        span: p.span,
        from: prev ? prev.span.end : s.start,
        to: next ? next.span.start : s.end,
        count: null,
      });
    });
  } else if (counts.length >= 1 && counts.length + percents.length >= 2) {
    // Each count is its own event; a share is its own round only when it stands apart from every
    // count ("6% of its staff in January and another 200 people in June").
    const free = percents.filter((p) => standsApart(ctx, p, counts, agents, triggers));
    const points = [
      ...counts.map((c) => ({ span: c.span, count: c as Of<'count'> | null })),
      ...free.map((p) => ({ span: p.span, count: null })),
    ].sort((a, b) => a.span.start - b.span.start);
    const cuts = points.map((x, i) => {
      const next = points[i + 1];
      return next ? clauseBreak(ctx, x.span.end, next.span.start) : s.end;
    });
    points.forEach((x, i) => {
      const prev = points[i - 1];
      const next = points[i + 1];
      anchors.push({
        span: x.span,
        from: prev ? prev.span.end : s.start,
        to: next ? next.span.start : s.end,
        count: x.count,
        clause: { from: i > 0 ? (cuts[i - 1] ?? s.start) : s.start, to: cuts[i] ?? s.end },
      });
    });
  } else {
    const c = counts[0] ?? null;
    const span = c?.span ?? percents[0]?.span ?? firstTrigger.span;
    anchors.push({ span, from: s.start, to: s.end, count: c });
  }

  const shareOwner = sharesToAnchors(percents, anchors);
  const mentions: Mention[] = [];
  let newFocus = focus;
  let previousAgent: { c: CompanyCandidate; v: CompanyValue } | null = null;
  let anyAgent = false;
  // "Canada sheds 41,000 jobs", "Ohio lost 3,000 factory jobs last year": a place as the subject is
  // the economy's change in jobs, never the focus company's cut.
  const firstPlace = byKind(cs, 'location')[0];
  const placeSubject =
    firstPlace !== undefined &&
    firstPlace.span.start === s.start &&
    firstPlace.span.end <= firstTrigger.span.start &&
    PLACE_AS_SUBJECT.test(ctx.text.slice(firstPlace.span.end, firstPlace.span.end + 40)) &&
    companyCands.length === 0;
  for (const anchor of anchors) {
    // "thousands of layoffs at tech giants including ...": the count belongs to the group.
    if (
      anchor.count &&
      collectiveFrom - anchor.count.span.end <= COLLECTIVE_GAP &&
      collectiveFrom >= anchor.count.span.end
    )
      continue;
    // "moves that are expected to lead to thousands of job losses across the health service".
    if (anchor.count && SECTOR_WIDE.test(ctx.text.slice(anchor.count.span.end, anchor.to))) continue;
    let agent = pickAgent(ctx, anchor, agents, triggers);
    if (!agent && previousAgent && anchors.length > 1) agent = previousAgent;
    // "Moreover, 600 contractual employees have been asked to leave": a quantified cut with no
    // name belongs to the company in focus (generic subjects were taken as aggregates before).
    if (
      !agent &&
      focus &&
      !RIVAL_SUBJECT.test(s.text) &&
      !(anchor.count && SECTOR_JOBS.test(anchor.count.span.text)) &&
      (anchor.count || percents.length > 0) &&
      !GENERIC_SUBJECT.test(clauseOf(ctx, s, anchor.count?.span ?? percents[0]?.span ?? firstTrigger.span)) &&
      !HYPOTHETICAL_CASE.test(s.text) &&
      !placeSubject &&
      !PLURAL_EMPLOYERS_HEAD.test(ctx.text.slice(s.start, firstTrigger.span.start)) &&
      !THESE_EMPLOYERS.test(s.text)
    ) {
      agent = {
        c: {
          ...firstTrigger,
          kind: 'company',
          value: { name: focus.name, unit: null, via: 'focus', source: false },
          rule: 'company:pronoun',
        } as CompanyCandidate,
        v: { name: focus.name, unit: null, via: 'focus', source: false },
      };
    }
    if (!agent) continue;
    // A focus guess is not a named agent: "In March alone, 900 were let go" stays a statistic.
    if (agent.v.via !== 'focus' || agent.c.rule !== 'company:pronoun') anyAgent = true;
    previousAgent = agent;
    const inWindow = <T extends Candidate>(xs: readonly T[]) =>
      xs.filter((x) => x.span.start >= anchor.from && x.span.end <= anchor.to);
    const percent =
      anchors.length > 1 && counts.length > 0
        ? (percents.find((p) => shareOwner.get(p) === anchor) ?? null)
        : (inWindow(percents)[0] ?? (anchors.length === 1 ? percents[0] : undefined) ?? null);
    let count: Count | null = anchor.count ? toCount(anchor.count) : null;
    if (!count && percent) {
      // "Stripe let go of 14 percent of its workforce, and Twitter dismissed roughly half of its
      // 7,500 employees": a workforce inside another share's phrase, or past another employer's
      // name, is that employer's, never the base of this share.
      const ownBase = (w: Of<'workforce'>) =>
        !percents.some((o) => o !== percent && o.span.start <= w.span.start && w.span.end <= o.span.end) &&
        !agents.some(
          (a) =>
            a.v.name !== agent.v.name &&
            a.c.span.start >= Math.min(percent.span.end, w.span.end) &&
            a.c.span.end <= Math.max(percent.span.start, w.span.start),
        );
      const wf =
        workforces.find(
          (w) => w.span.start >= percent.span.start && w.span.end <= percent.span.end + 60 && ownBase(w),
        ) ?? workforces.find(ownBase);
      if (wf) count = derive(ctx, percent, wf);
    }
    if (!count && !percent && !clearlyCuts(ctx, agent, triggers, focus)) continue;
    const date = nearestDate(
      ctx.text,
      dates,
      anchor,
      anchors.length > 1 ? (anchors[0]?.span.start ?? null) : null,
      ctx.reference,
    );
    const clauseStart = Math.max(s.start, anchors.length > 1 ? anchor.from : s.start);
    const clause = ctx.text.slice(clauseStart, anchors.length > 1 ? anchor.to : s.end);
    // With several counts a team belongs to the count it follows ("300 in its ads unit, after
    // thousands across the company"); "across the company" means no unit at all.
    const companyWide =
      anchor.count !== null && COMPANY_WIDE.test(ctx.text.slice(anchor.span.end, anchor.to));
    const departments = companyWide
      ? []
      : byKind(cs, 'department').filter(
          (d) => anchors.length === 1 || (d.span.start >= anchor.span.end && d.span.end <= anchor.to),
        );
    const unitFromDept = departments.find((d) => /^department:(?:unit|division)$/.test(d.rule));
    const unit = companyWide
      ? null
      : (agent.v.unit ??
        unitAfterAnchor(anchor, agent, parts) ??
        (unitFromDept && agent.v.via !== 'lexicon' ? unitFromDept.value.name : null));
    const teams = uniqueNames(departments.filter((d) => d !== unitFromDept || unit === null));
    const places = uniqueNames(byKind(cs, 'location').filter((l) => l.value.ofCuts !== false));
    mentions.push({
      company: agent.v.name,
      unit,
      companySpan: agent.c.span,
      count,
      percent: percent ? percent.value.percent : null,
      percentDetail: percent ? { span: percent.span, qualifier: percent.value.qualifier } : null,
      date: toDateRange(date) ?? horizonOf(ctx.text, dates, anchor),
      status: statusOf(clause),
      departments: teams.names,
      departmentSpans: teams.spans,
      locations: places.names,
      locationSpans: places.spans,
      ...reasonFields(ctx, s),
      severance: null,
      primary: false,
      evidence: { start: s.start, end: s.end, text: s.text },
      rule: `${firstTrigger.rule}+${agent.c.rule}${anchor.count ? `+${anchor.count.rule}` : ''}`,
    });
    // "... including 30,000 at the Department for X": a part named in passing does not take the focus.
    const part = anchor.count !== null && /count:(?:including|list-pair)/.test(anchor.count.rule);
    if (agent.v.via !== 'focus' && !(part && newFocus !== focus))
      newFocus = { name: agent.v.name, unit: agent.v.unit };
  }
  // "EASTBROOK — The Halden County Schools board voted to approve a budget that eliminates jobs.
  // Two hundred employees will be laid off ...": a sentence whose subject is a named employer
  // acting on jobs, with the figure told in the next sentence, puts that employer in focus when
  // the article had none yet.
  if (newFocus === null && mentions.length === 0) {
    const subject = agents.find(
      (a) =>
        a.c.value.via === 'name' &&
        a.c.span.end <= firstTrigger.span.start &&
        SUBJECT_OPENING.test(ctx.text.slice(s.start, a.c.span.start)),
    );
    if (subject) newFocus = { name: subject.v.name, unit: subject.v.unit };
  }
  return { mentions, focus: newFocus, hasAgent: anyAgent || agents.length > 0 };
}

/** What may open a sentence before its subject's name: a capitalised dateline, then up to two words. */
const SUBJECT_OPENING = /^(?:[A-Z][A-Z.,’' -]*\s+[—–-]\s+)?(?:[A-Za-z’'-]+,?\s+){0,2}$/;

/**
 * "These companies have each cut thousands of jobs" / "They have slashed hundreds of roles
 * individually": a quantity that the sentence says holds for EACH company of the list just
 * before. Only then does a list give per-company events (a collective figure never does).
 */
export const EACH_OF_LIST =
  /^(?:these|those|the|all|both|they)\b(?:\s+[\w-]+){0,3}?\s*(?:companies|firms|giants|groups|businesses|startups|employers|banks|they)?\b.*\b(?:individually|each)\b|^(?:each|every\s+one)\s+of\s+(?:these|those|them|the)\b/i;

export function distributeToListed(
  ctx: ExtractionContext,
  s: Sentence,
  cs: readonly Candidate[],
  listed: readonly CompanyCandidate[],
): Mention[] {
  const count = byKind(cs, 'count')[0];
  if (!count || listed.length < 2 || !EACH_OF_LIST.test(s.text.trim())) return [];
  const anchor: Anchor = { span: count.span, from: s.start, to: s.end, count };
  const date = nearestDate(ctx.text, byKind(cs, 'date'), anchor);
  const trigger = byKind(cs, 'trigger')[0];
  const seen = new Set<string>();
  const out: Mention[] = [];
  for (const c of listed) {
    if (seen.has(c.value.name)) continue;
    seen.add(c.value.name);
    out.push({
      company: c.value.name,
      unit: c.value.unit,
      companySpan: c.span,
      count: toCount(count),
      percent: null,
      date: toDateRange(date),
      status: statusOf(s.text),
      departments: [],
      locations: [],
      ...reasonFields(ctx, s),
      severance: null,
      primary: false,
      evidence: { start: s.start, end: s.end, text: s.text },
      rule: `${trigger?.rule ?? 'trigger:none'}+company:listed-each+${count.rule}`,
    });
  }
  return out;
}

/**
 * One item of a WARN-notice digest: "Orrin Tool & Die, Lansing: 64 workers, effective March 3."
 * The label before the colon names the employer (the place after its comma is where), the count
 * is the first figure after the colon, and the date is the first one told in `dateCands` (the
 * item's own sentences, with the day the notice was received already left out by the caller).
 */
export function warnItemMention(
  ctx: ExtractionContext,
  s: Sentence,
  cs: readonly Candidate[],
  employer: { readonly name: string; readonly span: Span; readonly afterColon: number },
  dateCands: readonly Candidate[],
  itemText: string,
): Mention | null {
  const count = byKind(cs, 'count').find((c) => c.span.start >= employer.afterColon);
  if (!count) return null;
  const date = byKind(dateCands, 'date')[0] ?? null;
  return {
    company: employer.name,
    unit: null,
    companySpan: employer.span,
    count: toCount(count),
    percent: null,
    date: toDateRange(date),
    status: statusOf(itemText),
    departments: [],
    locations: [],
    ...reasonFields(ctx, s),
    severance: null,
    primary: false,
    evidence: { start: s.start, end: s.end, text: s.text },
    rule: `${WARN_ITEM_RULE}+company:item-label+${count.rule}`,
  };
}
