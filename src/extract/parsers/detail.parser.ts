import { makeSpan } from '../../domain/span.ts';
import type { Candidate, Parser } from '../context.ts';
import { CITIES, COUNTRIES } from '../lexicon/places.ts';
import { matchAny } from '../patterns.ts';

const TEAM_RE =
  /\b(?:its|the|their|our|in|from|across|at)\s+((?:[\w’'&-]+(?:,\s*|\s+)){0,5}?[\w’'&-]+)\s+(teams?|departments?|divisions?|organi[sz]ations?|units?|groups?|businesses|business|operations)\b/dgi;
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
