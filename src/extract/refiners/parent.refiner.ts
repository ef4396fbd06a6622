import type { Mention } from '../../domain/mention.ts';
import { canonicalName, isBylineOrPerson } from '../parsers/company.parser.ts';

/**
 * Parent companies the article states for an employer it names, so that a cut told of a subsidiary
 * is the parent's cut in that unit (the corpus labels "a parent announcing cuts at its unit" as the
 * parent with the unit; the scorer matches a company against a unit). The link is written in a
 * few ways:
 *   "Its parent, Corvane Holdings, said the cuts were needed"         (child: the article's employer)
 *   "Skyhaven's parent company, Corvane Holdings, said ..."
 *   "Corvane Holdings, the parent company of Skyhaven, ..."
 *   "Skyhaven, which has been owned by Corvane Holdings since 2019, ..."
 *   "Skyhaven, a subsidiary of Corvane Holdings, ..."
 * Without it two outlets' tellings of one cut ("Skyhaven will cut 900 jobs" and "Corvane Holdings
 * will cut 900 jobs at Skyhaven") name two employers and never meet.
 */

/**
 * A capitalised name of up to five words on one line: "Corvane Holdings", "Bank of Ardmore", "BCE
 * Inc.". A word may hold dots ("Amazon.com") but ends the name when it ends in one, so "... by the
 * end of January. Skyhaven, which ..." gives "Skyhaven", not "January. Skyhaven".
 */
const WORD = String.raw`[A-Z][\w&’'-]*(?:\.[A-Za-z][\w&’'-]*)*`;
const NAME = String.raw`${WORD}(?:[^\S\n]+(?:${WORD}|&|of|and|de)){0,4}\.?`;
const PARENT_NOUN = String.raw`parent(?:\s+company|\s+group|\s+firm)?`;

interface Link {
  /** The parent's name as written; null child: the article's own employer ("Its parent, X"). */
  readonly parent: string;
  readonly child: string | null;
  /** The child may be written short ("Haulmark" for "Haulmark Freight"): see the "which X bought" links. */
  readonly short?: boolean;
}

/**
 * Each pattern with its cue (a literal part every match holds, tested first: most texts that say
 * "parent" say it as "Google's parent Alphabet", and only the possessive pattern then runs) and the
 * groups of parent and child (0: the article's own employer).
 */
const LINKS: readonly {
  readonly cue: RegExp;
  readonly re: RegExp;
  readonly parent: number;
  readonly child: number;
  readonly short?: boolean;
}[] = [
  // "Its parent, Corvane Holdings, said ..." (not "its owner": mostly a person, "its owner, Dana Reyes")
  {
    cue: /\b[Ii]ts\s+parent/,
    re: new RegExp(
      String.raw`\b[Ii]ts\s+${PARENT_NOUN},?\s+(${NAME})(?=[,.;]|\s+(?:said|says|announced|confirmed|told)\b)`,
      'g',
    ),
    parent: 1,
    child: 0,
  },
  // "Skyhaven's parent company, Corvane Holdings, ..."
  {
    cue: /['’]s?\s+parent/,
    re: new RegExp(
      String.raw`\b(${NAME})['’]s?\s+${PARENT_NOUN},?\s+(${NAME})(?=[,.;]|\s+(?:said|says|announced|confirmed|told)\b)`,
      'g',
    ),
    parent: 2,
    child: 1,
  },
  // "Corvane Holdings, the parent company of Skyhaven, ..."
  {
    cue: /\bparent\b[^,.;]*?\sof\s/,
    re: new RegExp(String.raw`\b(${NAME}),\s+(?:the|a)\s+${PARENT_NOUN}\s+of\s+(${NAME})(?=[,.;])`, 'g'),
    parent: 1,
    child: 2,
  },
  // "Skyhaven, which has been owned by Corvane Holdings since 2019," / "Skyhaven, owned by Corvane,"
  // (a past owner, "which was owned by Corvane until 2020", is not its parent now)
  {
    cue: /\bowned\s+by\s/,
    re: new RegExp(
      String.raw`\b(${NAME}),\s+(?:(?:which|that)\s+(?:is|has\s+been)\s+)?(?:(?:now|wholly|majority|fully)\s+)?owned\s+by\s+(?:the\s+)?(${NAME})(?=[,.;]|\s+(?:since|for)\b)`,
      'g',
    ),
    parent: 2,
    child: 1,
  },
  // "Skyhaven, a subsidiary of Corvane Holdings," / "Skyhaven, a unit of Corvane,"
  {
    cue: /\b(?:subsidiary|unit|division|arm)\s+of\s/,
    re: new RegExp(
      String.raw`\b(${NAME}),\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:subsidiary|unit|division|arm)\s+of\s+(?:the\s+)?(${NAME})(?=[,.;])`,
      'g',
    ),
    parent: 2,
    child: 1,
  },
  // "Skyhaven, which Corvane bought from its founders in 2021,": the buyer owns it now (unless
  // the sentence sells it on: "which Corvane bought in 2019 and sold last year").
  {
    cue: /\bwhich\s+[A-Z]/,
    re: new RegExp(
      String.raw`\b(${NAME}),\s+which\s+(${NAME})\s+(?:bought|acquired|purchased)\b(?![^.;]{0,60}\bsold\b)`,
      'g',
    ),
    parent: 2,
    child: 1,
    short: true,
  },
  // "Skyhaven, which was acquired by Corvane in 2019,"
  {
    cue: /\bwhich\s+was\s+(?:bought|acquired|purchased)\s+by\s/,
    re: new RegExp(
      String.raw`\b(${NAME}),\s+which\s+was\s+(?:bought|acquired|purchased)\s+by\s+(?:the\s+)?(${NAME})(?![^.;]{0,60}\bsold\b)`,
      'g',
    ),
    parent: 2,
    child: 1,
    short: true,
  },
];

/** Cheap test before the patterns: every link names a parent, an owner or a subsidiary. */
const LINK_CUE = /\b(?:parent|owned|subsidiary|unit\s+of|division\s+of|arm\s+of|bought|acquired|purchased)\b/;

const key = (name: string): string =>
  canonicalName(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** The links the text states, in order. */
export function statedParents(text: string): Link[] {
  if (!LINK_CUE.test(text)) return [];
  const out: Link[] = [];
  for (const { cue, re, parent, child, short } of LINKS) {
    if (!cue.test(text)) continue;
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const p = m[parent];
      // "Skyhaven, owned by Dana Reyes since 2019": a person owns it, no company is the parent.
      if (!p || isBylineOrPerson(p)) continue;
      out.push({ parent: p, child: child === 0 ? null : (m[child] ?? null), ...(short ? { short } : {}) });
    }
  }
  return out;
}

/**
 * Does the mention's company name the child? The same key, or the child's first words ("Bell" for
 * "Bell Canada": an outlet's short form of the name it gave in full).
 */
function namesChild(company: string, child: string, short = false): boolean {
  const a = key(company);
  const b = key(child);
  // "Haulmark Freight will cut 600 jobs ... Haulmark, which Corvane bought in 2021": a buyer's
  // link may give the child's short form.
  return (
    a.length > 0 && b.length > 0 && (a === b || b.startsWith(`${a} `) || (short && a.startsWith(`${b} `)))
  );
}

/**
 * Mentions whose employer the text says is owned by another company become the parent's, in the
 * employer as its unit. A mention that has a unit already, or names the parent itself, is kept.
 * "Its parent" speaks of the article's own employer: the primary mention's company.
 */
export function withStatedParents(text: string, mentions: readonly Mention[]): Mention[] {
  if (mentions.length === 0) return [...mentions];
  const links = statedParents(text);
  if (links.length === 0) return [...mentions];
  const main = mentions.find((m) => m.primary) ?? mentions[0];
  const resolved = links.map((l) => ({
    parent: canonicalName(l.parent),
    child: l.child ?? main?.company ?? '',
    short: l.short === true,
  }));
  return mentions.map((m) => {
    if (m.unit !== null || !m.company) return m;
    const link = resolved.find(
      (l) => l.child && namesChild(m.company, l.child, l.short) && key(l.parent) !== key(m.company),
    );
    return link ? { ...m, company: link.parent, unit: m.company } : m;
  });
}
