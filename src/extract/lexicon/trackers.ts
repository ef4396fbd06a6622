/** Sources of tracker statistics; a sentence citing one is an aggregate, never an event. */
export const TRACKERS: readonly string[] = [
  'Layoffs.fyi',
  'Layoffs Tracker',
  'TrueUp',
  'Crunchbase',
  'Challenger, Gray & Christmas',
  'Challenger',
  'WARNTracker',
];

/** Cues that a sentence reports a statistic across many employers ("data shows", "tech workers"). */
export const AGGREGATE_CUES: readonly string[] = [
  'according to data',
  'data (?:shows?|showed|indicates?|compiled|collected)',
  'tracks? (?:tech )?(?:industry )?(?:job cuts|layoffs)',
  '(?:tech|technology) (?:companies|firms|startups) have',
  '\\d[\\d,]* (?:other )?(?:tech |technology )?(?:companies|firms|startups)',
  '(?:tech|technology) (?:workers|employees) (?:lost|have lost|have been)',
  'across (?:\\d[\\d,]* |several |many )?(?:companies|firms|startups)',
  // "A and these other tech giants have downsized by more than 50,000 total workers": an own tally
  '(?:these|those|the) (?:other )?(?:\\w+ ){0,2}(?:giants|companies|firms|startups|employers) (?:have|had)',
  '\\bby (?:more than |over |about |nearly |almost |some )?\\d[\\d,]* total (?:workers|employees|jobs|staff)\\b',
  // "By this outlet's count, at least 3,100 jobs have been cut at news organisations": an own tally
  "\\bby (?:this|our|the|its|their) (?:[\\w-]+['’]s )?(?:own )?(?:count|tally|tracking)\\b",
  // "In January alone, over 1,000 were laid off": a period total, not one employer's cut
  '(?:in|during|for) (?:\\w+ ){1,3}alone\\b',
];
