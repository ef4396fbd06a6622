import { makeSpan } from '../../domain/span.ts';
import type { Candidate, Parser } from '../context.ts';
import { CITIES, COUNTRIES } from '../lexicon/places.ts';
import { matchAny } from '../patterns.ts';

/** Words that never stand inside a team's name: "the sale of its health data unit" is no team "sale of its health data". */
const NOT_IN_TEAM =
  '(?!(?:of|its|the|their|our|to|for|with|by|from|in|on|at|a|an|that|which|who|was|were|is|are)\\b)';
const TEAM_RE = new RegExp(
  `\\b(?:its|the|their|our|in|from|across|at)\\s+((?:${NOT_IN_TEAM}[\\w’'&-]+(?:,\\s*|\\s+)){0,5}?${NOT_IN_TEAM}[\\w’'&-]+)\\s+(teams?|departments?|divisions?|organi[sz]ations?|units?|groups?|businesses|business|operations)\\b`,
  'dgi',
);
/** "the sale of its health data unit", "the spinoff of its cloud business": a part that leaves, not where cuts fall. */
const DISPOSAL_BEFORE =
  /\b(?:sale|sell(?:ing|s)?|sold|spin-?off|spinoff|spinning\s+off|divest\w*|disposal|acquisition|purchase|buy(?:ing)?|bought|merger|listing|ipo)\s+(?:of\s+)?(?:its|the|their|a)?\s*$/i;
const NOT_TEAM =
  /^(?:company|company['’]s|same|latest|other|entire|whole|new|first|largest|business|core|various|several|many|those|these|all|its|the)$/i;

/** "its physical stores technology and sales and marketing departments", "the advertising unit". */
export const departmentParser: Parser = {
  name: 'DepartmentParser',
  pattern: () => TEAM_RE,
  extract(ctx, s, m): Candidate | null {
    const raw = m[1] ?? '';
    const idx = m.indices?.[1];
    if (!idx) return null;
    const words = raw.replace(/^(?:the|its|their)\s+/i, '').trim();
    if (!words || NOT_TEAM.test(words) || /\d/.test(words) || words.split(/\s+/).length > 6) return null;
    if (/^[A-Z]/.test(words) && /\b[A-Z][a-z]+\s+[A-Z]/.test(words)) return null; // a proper name: company parser's job
    if (DISPOSAL_BEFORE.test(s.text.slice(0, idx[0]).replace(/\b(?:its|the|their)\s*$/i, ''))) return null;
    const start = s.start + idx[0];
    return {
      kind: 'department',
      span: makeSpan(ctx.text, start, s.start + idx[1]),
      sentenceIndex: s.index,
      value: { name: words },
      stated: 'stated',
      rule: `department:${(m[2] ?? '').toLowerCase().replace(/s$/, '')}`,
    };
  },
};

const PLACE_RE = new RegExp(
  `(?<![\\w])(${matchAny([...COUNTRIES, ...CITIES].map((p) => p.replace(/\b\w/g, (c) => c.toUpperCase())).concat(['US', 'U.S.', 'UK', 'U.K.', 'UAE', 'EMEA', 'APAC']))})(?![\\w])`,
  'dg',
);

/** Countries, cities and regions named in a layoff sentence: "in Germany and Poland". */
export const locationParser: Parser = {
  name: 'LocationParser',
  pattern: () => PLACE_RE,
  extract(ctx, s, m) {
    const start = s.start + m.index;
    return {
      kind: 'location',
      span: makeSpan(ctx.text, start, start + m[0].length),
      sentenceIndex: s.index,
      value: { name: m[0] },
      stated: 'stated',
      rule: 'location:lexicon',
    };
  },
};
