import { shrinkToFromSource } from '../patterns.ts';

/**
 * Layoff vocabulary, as data. Each entry is a regex source fragment (lowercase, matched
 * case-insensitively) with a rule id; the trigger parser builds one alternation from them.
 * A sentence that matches none of them costs one regex test and nothing else.
 */
export interface TriggerEntry {
  readonly id: string;
  /** Regex source (no capture groups). */
  readonly pattern: string;
  /** How the verb frames the cut when nothing else in the sentence decides. */
  readonly tense: 'past' | 'present' | 'noun';
  /**
   * A substring every match contains (regex source, case-insensitive), for a rare, costly pattern:
   * such an entry is scanned on its own, only in sentences with the cue ("shut"/"clos" for a
   * closure), instead of inside the one alternation every sentence pays for.
   */
  readonly cue?: string;
}

/**
 * Occupations a cut is counted in ("laying off 240 drivers and dispatchers", "120 developers"):
 * plural forms only, since "240 driver" is no English headcount.
 */
export const OCCUPATIONS: readonly string[] = [
  'drivers',
  'dispatchers',
  'developers',
  'programmers',
  'nurses',
  'doctors',
  'physicians',
  'pilots',
  'technicians',
  'mechanics',
  'analysts',
  'agents',
  'researchers',
  'scientists',
  'writers',
  'editors',
  'producers',
  'artists',
  'testers',
  'operators',
  'miners',
  'clerks',
  'cashiers',
  'associates',
  'consultants',
  'specialists',
  'salespeople',
  'recruiters',
  'moderators',
  'representatives',
  'faculty',
  'instructors',
  'labou?rers',
  'factory hands',
  'crew members',
  // "About 1,000 newly hired park rangers", "120 pharmacists and technicians", "300 lecturers"
  'rangers',
  'firefighters',
  'guards',
  'pharmacists',
  'paramedics',
  'midwives',
  'lecturers',
  'academics',
  'civil servants',
  'caregivers',
  'handlers',
  'inspectors',
  // "300 cabin crew", "120 crew": a crew counted as people
  'crew',
  // "about 5,100 flight attendants", "90 gate attendants"
  'attendants',
];

/** Nouns a job cut is counted in ("400 jobs", "1,200 workers", "89 job losses"). */
export const JOB_NOUNS: readonly string[] = [
  'jobs?',
  'roles?',
  'positions?',
  'posts?',
  'employees?',
  'workers?',
  'staff(?:ers?)?',
  'people',
  'persons?',
  'personnel',
  'redundanc(?:y|ies)',
  'job (?:cuts?|losses|eliminations?)',
  'lay-?offs?',
  'members?',
  'designers?',
  'engineers?',
  'journalists?',
  'reporters?',
  'managers?',
  'contractors?',
  'executives?',
  'bankers?',
  'teachers?',
  'officers?',
  'colleagues',
  ...OCCUPATIONS,
  'team members',
  'headcount',
  'individuals',
  // "about 300 early retirements": retirements taken as job cuts (see trigger:early-retirements)
  '(?:early|voluntary)\\s+retirements',
];

const JOBS =
  '(?:jobs?|roles?|positions?|posts?|staff|employees|workers|people|headcount|workforce|personnel|staffers)';

/**
 * A cut of pay or time, not of people, as the object of a cut verb: "cut the basic salaries of",
 * "reduced working hours for", "slashed pay and bonuses for" (up to two words before the noun).
 */
const NOT_PAY_OBJECT =
  '(?!\\s+(?:[\\w-]+\\s+){0,2}?(?:salar(?:y|ies)|wages?|pay|paychecks?|hours|bonus(?:es)?|compensation|benefits|pensions?|allowances?)\\b(?!\\s+and\\s+(?:\\d|jobs|staff|workers|employees|positions|roles)))';

/**
 * Closing a workplace: "shut the facility", "close its Leeds plant", "the plant closure", "is closing
 * its doors" (the whole employer); or a part of the company: "has shut its lending arm, affecting
 * 60 employees" (a closure is a cut only with a headcount in reach, see trigger:closure).
 * After an article the participle describes a workplace shut before ("bought the shuttered mill
 * in March, restarted production with 180 employees"): a state, not the act of closing.
 */
const CLOSURE =
  "(?:\\b(?:shut(?:s|ting)?\\s+down|clos(?:e|es|ed|ing)\\s+(?:its|their|the)\\s+doors|cease(?:s|d)?\\s+operations|wind(?:s|ing)?\\s+down|go(?:es|ing)?\\s+out\\s+of\\s+business)\\b|(?<!\\b(?:the|a|an|this|that)\\s+)\\b(?:clos(?:e|es|ed|ing)|shut(?:s|ting)?|shutter(?:s|ed|ing)?)\\s+(?:down\\s+)?(?:the|its|their|a|an|this|that|\\d+|two|three|four|five|several)?\\s*(?:[\\w’'-]+\\s+){0,3}?(?:plant|factory|facility|mill|site|office|store|shop|branch|mine|hub|depot|warehouse|centre|center|campus|studio|operations|location|arm|unit|division|subsidiary|subsidiarie)s?\\b|\\b(?:plant|factory|facility|mill|site|office|store|mine|hub|depot|warehouse|centre|center|campus|studio)s?\\s+(?:closures?|closings?|shutdowns?)\\b)";
/** A headcount of people: "300 workers", "hundreds of employees", "1,200 jobs". */
const PEOPLE_COUNT =
  '(?:\\b\\d[\\d,]*|\\b(?:hundreds|dozens|thousands|several\\s+hundred))\\s+(?:of\\s+)?(?:[\\w-]+\\s+)?(?:workers|employees|staff|people|jobs|positions|roles)\\b';

/** A hedge before a headcount: "about 300", "up to 40", "as many as 900". */
const HEADCOUNT_HEDGE =
  '(?:about|around|roughly|some|nearly|almost|more\\s+than|over|up\\s+to|as\\s+many\\s+as|at\\s+least|approximately)';
/** A figure of people, in digits or words: "75", "hundreds", "a few dozen", "two hundred". */
const HEADCOUNT_FIGURE =
  '(?:\\d[\\d,]*|hundreds|dozens|thousands|scores|(?:a\\s+(?:few\\s+)?|several\\s+|one\\s+|two\\s+|three\\s+|four\\s+|five\\s+)(?:dozen|hundred))';
/** People a headcount is of: the common job nouns and every occupation ("developers", "journalists"). */
const PEOPLE_NOUNS = [
  'workers',
  'employees',
  'staff',
  'staffers',
  'people',
  'journalists',
  'reporters',
  'engineers',
  'designers',
  'managers',
  'teachers',
  'officers',
  'contractors',
  ...OCCUPATIONS,
].join('|');

/**
 * The people whose contracts lapse: "of 45 staff", "for its 200 temporary workers", "of about 60
 * part-time lecturers" (a contract "with a supplier" or "for the bin service" is no job).
 */
const CONTRACT_HOLDERS = `(?:(?:about|around|some|nearly|more\\s+than|up\\s+to)\\s+)?(?:\\d[\\d,]*|hundreds|dozens|thousands|its|their|all)\\s+(?:[\\w-]+\\s+){0,3}?(?:${JOBS}|lecturers|teachers|nurses|doctors|contractors|researchers|academics|journalists|officers|agents|drivers)\\b\\s*`;

/** A team of people, as a whole: "team", "unit", "division", "data desk". */
const TEAM = '(?:teams?|units?|divisions?|departments?|groups?|crews?|newsrooms?|desks?)';

export const TRIGGERS: readonly TriggerEntry[] = [
  // "will lay off 400", "laid off 380 employees", "is laying off"
  { id: 'trigger:lay-off', pattern: '\\b(?:lay|lays|laying|laid)[- ]?off\\b', tense: 'present' },
  // "the layoffs", "a round of lay-offs" — the noun; sports sense is filtered later
  { id: 'trigger:layoffs-noun', pattern: '\\blay-?offs?\\b', tense: 'noun' },
  // "cut 400 jobs", "slash its workforce", "eliminate 300 positions", "axe 200 roles",
  // "has removed thousands of jobs", "will abolish 120 posts", "the elimination of up to 450
  // positions", "the abolition of 140 posts", "a proposal to disestablish 68 positions" (New Zealand
  // and Australian public-sector English). What is cut must be the jobs: "cut
  // the basic salaries of most employees by 25%", "reduced working hours for staff" cut pay or
  // time, not people, so a pay or hours noun as the verb's object is no job cut.
  {
    id: 'trigger:cut-jobs',
    pattern: `\\b(?:cut|cuts|cutting|slash(?:es|ed|ing)?|eliminat(?:e|es|ed|ing)|abolish(?:es|ed|ing)?|remov(?:e|es|ed|ing)|ax(?:e|es|ed|ing)|shed(?:s|ding)?|trim(?:s|med|ming)?|reduc(?:e|es|ed|ing)|scrap(?:s|ped|ping)?|get rid of|got rid of|lose|loses|losing|lost|shrink(?:s|ing)?|shrunk|pare[sd]?|culled?|culling|loss(?:es)?\\s+of|reductions?\\s+of|eliminations?\\s+of|abolition\\s+of|removal\\s+of|disestablish(?:es|ed|ing)?|disestablishment\\s+of)\\b${NOT_PAY_OBJECT}(?:\\W+\\w+){0,10}?\\W+${JOBS}\\b`,
    tense: 'present',
  },
  // "will cut 85 nurses", "slashed about 300 drivers": a number of an occupation after a cut verb
  // (an occupation alone is no cut: "cut taxes for drivers").
  {
    id: 'trigger:cut-number-occupation',
    pattern: `\\b(?:cut|cuts|cutting|slash(?:es|ed|ing)?|eliminat(?:e|es|ed|ing)|ax(?:e|es|ed|ing)|shed(?:s|ding)?|trim(?:s|med|ming)?)\\s+(?:(?:about|around|roughly|some|nearly|almost|over|more\\s+than|up\\s+to)\\s+)?(?:\\d[\\d,.]*|\\w+\\s+(?:dozen|hundred))\\s+(?:[\\w-]+\\s+)?(?:${OCCUPATIONS.join('|')})\\b`,
    tense: 'present',
    cue: '\\d|dozen|hundred',
  },
  // "400 jobs will be cut", "jobs are to go", "positions could go", "roles axed",
  // "several hundred roles in those divisions would be eliminated", "their positions had been
  // abolished". "workers sacked over a go-slow" is no "go": a word glued to a hyphen is another word.
  // Jobs that "disappear" or "vanish" at or from an employer are cut too ("up to 80 posts could
  // disappear at the Fenwick depot", "200 roles vanished from the payroll"); with no employer it is a
  // forecast ("83 million roles to disappear by 2030") or a claim ("posts that will disappear once
  // the closures are added").
  {
    id: 'trigger:jobs-cut',
    pattern: `\\b${JOBS}(?:\\W+\\w+){0,5}?\\W+(?:cut|slashed|eliminated|abolished|disestablished|axed|shed|lost|go(?!-)|gone|(?:disappear(?:s|ed|ing)?|vanish(?:es|ed|ing)?)\\s+(?:at|from)|affected|impacted|scrapped|culled|redundant|reduced|replaced\\s+by\\s+(?:ai|artificial\\s+intelligence|automation|technology|robots|machines|software))\\b`,
    tense: 'present',
  },
  // "job cuts", "job losses", "workforce reduction", "role eliminations", "headcount reduction"
  {
    id: 'trigger:job-cuts-noun',
    pattern:
      '\\b(?:job|jobs|staff|role|position|workforce|headcount|employee)[- ](?:cuts?|losses|reductions?|eliminations?|culls?)\\b',
    tense: 'noun',
  },
  // "reduce its workforce by 350", "reduction in headcount"
  {
    id: 'trigger:reduce-workforce',
    pattern: '\\breduc(?:e|es|ed|ing|tions?)\\b(?:\\W+\\w+){0,4}?\\W+(?:workforce|headcount|staff)\\b',
    tense: 'present',
  },
  // "redundancies", "made redundant", "at risk of redundancy"
  { id: 'trigger:redundancy', pattern: '\\bredundan(?:cy|cies|t)\\b', tense: 'noun' },
  // "let go 2,500", "were let go", "letting go of 150 people"
  { id: 'trigger:let-go', pattern: '\\b(?:let|lets|letting)\\s+(?:\\w+\\s+){0,3}?go\\b', tense: 'present' },
  // "fired 2,100 workers", "sacked half of its staff", "pink-slipped", "handed pink slips to 200",
  // "will dismiss 150 staff"
  {
    id: 'trigger:fire',
    pattern:
      '\\b(?:fired|firing|fires|sack(?:s|ed|ing)|pink-slipped|pink\\s+slips|dismiss(?:ed|es|ing)?|terminat(?:ed|ions?))\\b',
    tense: 'past',
  },
  // "showed the door to 1,200 consultants", "showed 40 staff the door", "were shown the door":
  // the idiom for letting people go ("show the door to a proposal" has no people, and no count).
  {
    id: 'trigger:show-door',
    pattern: '\\b(?:show(?:s|ed|n|ing)?)\\s+(?:[\\w,]+\\s+){0,3}?the\\s+door\\b',
    tense: 'past',
    cue: 'door',
  },
  // "we made the difficult decision to part ways with 12% of our team"
  { id: 'trigger:part-ways', pattern: '\\bpart(?:s|ed|ing)?\\s+ways\\s+with\\b', tense: 'present' },
  // "lose their jobs", "lost their jobs"
  {
    id: 'trigger:lose-jobs',
    pattern: '\\b(?:lose|lost|losing)\\s+(?:their|his|her)\\s+jobs?\\b',
    tense: 'present',
  },
  // "about 120 workers will be out of a job", "60 staff are now out of work": a headcount told by
  // the work its people will be without ("millions are out of work" names no headcount).
  {
    id: 'trigger:out-of-work',
    pattern: `${PEOPLE_COUNT}\\s+(?:(?:will|would|could|are\\s+to|are\\s+set\\s+to)\\s+)?(?:be|are|were|been|is)\\s+(?:now\\s+)?out\\s+of\\s+(?:a\\s+)?(?:jobs?|work)\\b`,
    tense: 'present',
    cue: 'out\\s+of',
  },
  // "shut its Leeds studio, putting 75 developers out of work", "the closure will leave about 300
  // staff out of a job", "threw a few dozen artists out of work": the cut told by the headcount it
  // puts out of work. The headcount may be of any occupation ("developers", "journalists"); a
  // vague "putting people out of work" names none and is no trigger.
  {
    id: 'trigger:put-out-of-work',
    pattern: `\\b(?:put|puts|putting|leav(?:e|es|ing)|left|throw(?:s|ing|n)?|threw)\\s+(?:${HEADCOUNT_HEDGE}\\s+)?${HEADCOUNT_FIGURE}\\s+(?:[\\w-]+\\s+)?(?:${PEOPLE_NOUNS})\\s+out\\s+of\\s+(?:a\\s+)?(?:jobs?|work)\\b`,
    tense: 'present',
    cue: 'out\\s+of',
  },
  // "downsizing", "rightsizing", "restructuring that eliminated"
  { id: 'trigger:downsize', pattern: '\\b(?:downsiz\\w*|rightsiz\\w*)\\b', tense: 'present' },
  // "a 6% cut", "2% would be cut", "a 10 per cent reduction in staff": a cut stated as a share
  {
    id: 'trigger:percent-cut',
    pattern:
      '\\b\\d+(?:\\.\\d+)?\\s*(?:%|per\\s*cent\\b|percent\\b)\\s+(?:(?:cut|reduction|workforce\\s+reduction)\\b|(?:would|will|is\\s+to|are\\s+to|could)\\s+be\\s+(?:cut|laid\\s+off|eliminated|axed|let\\s+go)\\b)',
    tense: 'noun',
    cue: '%|per\\s*cent',
  },
  // "Harlow Games is about to get smaller—12% smaller": the employer shrinks by a share.
  {
    id: 'trigger:get-smaller',
    pattern:
      '\\b(?:get|gets|getting|got|become|becomes|becoming|be|is|are|was|will\\s+be)\\s+(?:\\w+\\s+)?smaller\\W{1,3}(?:about\\s+|roughly\\s+|around\\s+|some\\s+|nearly\\s+)?\\d+(?:\\.\\d+)?\\s*(?:%|per\\s*cent\\b|percent\\b)\\s+smaller\\b',
    tense: 'present',
    cue: 'smaller',
  },
  // "the roughly 10,000 cuts reported in November": a figure of cuts with no job noun.
  {
    id: 'trigger:number-cuts',
    pattern: '\\b(?:\\d{1,3}(?:,\\d{3})+|\\d{2,})\\s+(?:job\\s+)?cuts\\b',
    tense: 'noun',
  },
  // "The reduction affects around 1,500 people", "the restructuring will hit about 5% of staff":
  // an earlier cut retold by a noun that is no layoff word on its own.
  {
    id: 'trigger:retold-cut',
    pattern:
      '\\b(?:the|this|that|these|those)\\s+(?:[\\w-]+\\s+)?(?:reductions?|restructuring|downsizing|overhaul|move|figures?|numbers?|totals?)\\s+(?:(?:will|would|could|is\\s+expected\\s+to|is\\s+set\\s+to)\\s+)?(?:affects?|affected|affecting|hits?|impacts?|impacted|amounts?\\s+to|amounted\\s+to|represents?|represented|equals?|equalled|equaled|involves?|reach(?:es)?|includes?|included)\\b',
    tense: 'noun',
  },
  // "A further round affecting up to 150 engineers", "a new wave of cuts hitting 300 staff": a
  // round of cuts told by whom it affects.
  {
    id: 'trigger:round-affecting',
    pattern:
      '\\b(?:round|wave)\\s+(?:of\\s+(?:[\\w-]+\\s+)?(?:cuts|layoffs|lay-offs|redundancies|reductions)\\s+)?(?:affecting|hitting|impacting)\\b',
    tense: 'present',
    cue: 'round|wave',
  },
  // "will shut its Dayton plant, where 300 workers ...", "hundreds of workers at the plant learned
  // that the company will shut the facility": a closure counts as a cut only with a headcount of
  // people in reach ("will close 30 stores" alone is no layoff report).
  {
    id: 'trigger:closure',
    pattern: `${CLOSURE}(?:\\W+\\w+){0,16}?\\W+${PEOPLE_COUNT}|${PEOPLE_COUNT}(?:\\W+[\\w’']+){0,16}?\\W+${CLOSURE}`,
    tense: 'present',
    cue: 'clos|shut|cease|wind|out of business',
  },
  // "will drop the night shift at its Leeds plant, affecting about 400 workers", "is ending the
  // third shift at the mill, where 250 people work": a shift of a plant ended is a cut of its
  // people. Only with a headcount of people in reach: "cut the shift from ten hours to eight" or
  // "dropped the weekend shift" alone cut time, not jobs.
  {
    id: 'trigger:drop-shift',
    pattern: `\\b(?:drop(?:s|ped|ping)?|end(?:s|ed|ing)?|eliminat(?:e|es|ed|ing)|cut(?:s|ting)?|scrap(?:s|ped|ping)?|ax(?:e|es|ed|ing)|cancel(?:s|led|ling|ed|ing)?)\\s+(?:the|a|its|their|one|an)\\s+(?:entire\\s+)?(?:second|third|night|overnight|late|evening|weekend|morning|day|afternoon|swing|graveyard|b|c)\\s+shifts?\\b(?:\\W+[\\w’']+){0,16}?\\W+(?:${HEADCOUNT_HEDGE}\\s+)?${HEADCOUNT_FIGURE}\\s+(?:[\\w-]+\\s+)?(?:${PEOPLE_NOUNS}|jobs|positions|roles)\\b`,
    tense: 'present',
    cue: 'shift',
  },
  // "the closure, which would cost up to 400 further jobs", "a move that could cost about 90 jobs":
  // the cut told by the jobs it costs ("cost the company $4 million" has no job noun after its figure).
  {
    id: 'trigger:cost-jobs',
    pattern: `\\bcost(?:s|ing)?\\s+(?:(?:another|a\\s+further)\\s+)?(?:${HEADCOUNT_HEDGE}\\s+)?${HEADCOUNT_FIGURE}\\s+(?:[\\w-]+\\s+){0,2}?(?:jobs|roles|positions|posts)\\b`,
    tense: 'present',
    cue: '\\bcost',
  },
  // "About 40 reporters are affected", "some 120 nurses will be affected by the cuts": a headcount
  // of an occupation the cut told just before touches (the job nouns' own "staff are affected" is
  // trigger:jobs-cut). Affected "by" anything but a cut ("by the strike", "by the new rota") is no
  // layoff.
  {
    id: 'trigger:occupation-affected',
    pattern: `\\b(?:${HEADCOUNT_FIGURE})\\s+(?:[\\w-]+\\s+)?(?:${PEOPLE_NOUNS})\\s+(?:are|were|will\\s+be|would\\s+be|could\\s+be|are\\s+set\\s+to\\s+be|have\\s+been)\\s+(?:(?:directly|also)\\s+)?(?:affected|impacted)\\b(?!\\s+by\\s+(?!(?:the|these|those|this|its)\\s+(?:[\\w-]+\\s+)?(?:cuts|lay-?offs|redundancies|closure|reductions?|restructuring|job\\s+cuts|decision|move|plan)\\b))`,
    tense: 'present',
    cue: 'affected|impacted',
  },
  // "expects its headcount to fall to about 10,000 from 12,500": a workforce that shrinks from
  // one stated size to another is a cut of the difference, with no cut verb of its own.
  {
    id: 'trigger:shrink-to-from',
    pattern: shrinkToFromSource(false),
    tense: 'present',
    cue: 'from',
  },
  // "As many as 900 roles in its claims division are at risk", "put 1,200 jobs at risk", "plant to
  // close with about 1,100 jobs at risk": a planned cut told without a cut verb. Jobs "at risk
  // from AI" are a forecast, not a plan.
  {
    id: 'trigger:at-risk',
    pattern: `(?:\\b${JOBS}(?:\\s+[\\w’'-]+){0,6}?\\s+(?:are|were|is|was|remain|now|being)\\s+(?:now\\s+|also\\s+)?at\\s+risk\\b|\\b(?:put|puts|putting|plac(?:e|es|ed|ing))\\s+(?:[\\w’',-]+\\s+){0,6}?${JOBS}\\s+at\\s+risk\\b|\\b(?:with|leaving|leaves|left)\\s+(?:(?:about|around|roughly|some|nearly|almost|more\\s+than|over|up\\s+to|as\\s+many\\s+as)\\s+)?(?:\\d[\\d,]*|hundreds|thousands|dozens)\\s+(?:[\\w’'-]+\\s+){0,2}?${JOBS}\\s+at\\s+risk\\b)(?!\\s+from\\s+(?:ai|artificial|automation|generative|robots)\\b)`,
    tense: 'present',
    cue: 'at\\s+risk',
  },
  // "is consulting on up to 90 head office roles", "began consulting staff on 140 posts", "a
  // consultation on about 60 jobs": the UK's redundancy consultation, a planned cut told without a
  // cut verb. It needs a headcount ("consulting on its pension scheme" is no cut).
  {
    id: 'trigger:consult-on-roles',
    pattern: `\\bconsult(?:s|ed|ing|ations?)?\\s+(?:(?:with\\s+)?(?:staff|employees|workers|unions?|the\\s+unions?)\\s+)?(?:on|over|about|affecting|covering)\\s+(?:(?:about|around|roughly|some|nearly|almost|up\\s+to|as\\s+many\\s+as|more\\s+than|over)\\s+)?(?:\\d[\\d,]*|hundreds|dozens)\\s+(?:[\\w’'-]+\\s+){0,3}?${JOBS}\\b`,
    tense: 'present',
    cue: 'consult',
  },
  // "on top of the 2,500 manufacturing jobs 3M said in January it would eliminate": the jobs as
  // the object of a cut the company said it would make.
  {
    id: 'trigger:jobs-it-would-cut',
    pattern: `\\b${JOBS}\\s+(?:[\\w&.’'-]+\\s+){1,3}?(?:said|says|announced|had\\s+said)\\s+(?:[\\w,]+\\s+){0,4}?(?:it|they)\\s+(?:would|will|planned\\s+to|plans\\s+to)\\s+(?:cut|eliminate|shed|axe|slash|lay\\s+off)\\b`,
    tense: 'present',
    cue: 'said|says|announced',
  },
  // "closure threatens 243 jobs", "putting 243 jobs in doubt", "with up to 3,000 jobs at stake":
  // jobs in danger from a closure or a plan, said without a cut verb.
  {
    id: 'trigger:jobs-in-danger',
    pattern: `\\bthreaten(?:s|ed|ing)?\\s+(?:(?:about|around|some|up\\s+to|more\\s+than|nearly)\\s+)?[\\d,]+\\s+(?:\\w+\\s+)?${JOBS}\\b|\\b${JOBS}\\s+(?:are\\s+|were\\s+)?(?:in\\s+doubt|at\\s+stake|under\\s+threat|on\\s+the\\s+line)\\b`,
    tense: 'present',
    cue: 'threat|doubt|stake|on the line',
  },
  // "Fewer than 60 of the affected roles involve patient care", "about 2,500 of the losses are
  // expected next year", "Scores of the affected employees worked at its Leeds site": a part of a
  // cut told before, counted among the roles it affects. "About 450 of those leaving are from its
  // audit practice", "about 550 of the jobs are cabin crew": the same part, told by the people who
  // leave or by the jobs' work (not "of the jobs are in Leeds", a place, or "are expected to go").
  {
    id: 'trigger:of-affected-roles',
    pattern:
      '\\b(?:[\\d,]+|dozen|hundred|dozens|hundreds|thousands|scores)\\s+of\\s+(?:the|those|these)\\s+(?:affected|eliminated|impacted|axed|cut)\\s+(?:roles|positions|jobs|posts|employees|workers|staff|staffers)\\b|\\b[\\d,]+\\s+of\\s+(?:the|those|these)\\s+(?:job\\s+)?(?:losses|cuts|redundancies|layoffs|lay-offs)\\b|\\b[\\d,]+\\s+of\\s+those\\s+(?:leaving|departing|being\\s+let\\s+go)\\b|\\b[\\d,]+\\s+of\\s+the\\s+(?:jobs|roles|positions|posts)\\s+(?:are|were|will\\s+be)\\s+(?!(?:in|at|from|within|across|based|expected|likely|set|to|due|part|among|held|currently|now|still|vacant|unfilled)\\b)[a-z]',
    tense: 'present',
    cue: 'affected|eliminated|impacted|axed|\\bcut\\s|losses|cuts|redundancies|layoffs|lay-offs|leaving|departing|let\\s+go|of\\s+the\\s+(?:jobs|roles|positions|posts)\\s',
  },
  // "Among them are a dozen designers in its studio", "Among those affected were 40 drivers": a
  // group within the cut just told, counted by who is in it, with no layoff word of its own.
  {
    id: 'trigger:among-them',
    pattern: `^\\W*among\\s+(?:them|those\\s+(?:affected|leaving|losing\\s+(?:their\\s+)?jobs|(?:being\\s+)?(?:cut|laid\\s+off|let\\s+go)))\\s*,?\\s+(?:are|were|will\\s+be|is|was)\\s+(?:${HEADCOUNT_HEDGE}\\s+)?(?:${HEADCOUNT_FIGURE})\\s+(?:[\\w-]+\\s+)?(?:${PEOPLE_NOUNS}|jobs|positions|roles|posts)\\b`,
    tense: 'present',
    cue: 'among',
  },
  // "Most of those affected drove vans, and about 90 of them are agency staff": a part of the cut
  // told as "N of them" after the sentence named the people of the cut ("those affected", "the
  // workers laid off"). "two of them said" with no such people before is no part.
  {
    id: 'trigger:of-them-affected',
    pattern:
      '\\b(?:those|the\\s+(?:workers|employees|staff|people))\\s+(?:affected|laid\\s+off|retrenched|let\\s+go|made\\s+redundant)\\b[^.;]{0,120}?\\b[\\d,]+\\s+of\\s+them\\b',
    tense: 'present',
    cue: 'of\\s+them',
  },
  // "the cuts, which include 31 staff nurses", "the layoffs include 12 drivers": a part of the cut
  // told before, listed by what the people do.
  {
    id: 'trigger:cuts-include',
    pattern:
      '\\b(?:cuts|layoffs|lay-offs|redundancies|job\\s+losses),?\\s+(?:(?:which|that)\\s+)?(?:will\\s+|would\\s+)?includ(?:e|es|ed)\\s+(?:(?:about|around|some|roughly|nearly|up\\s+to|more\\s+than)\\s+)?\\d',
    tense: 'present',
    cue: 'includ',
  },
  // "will retrench about 240 employees", "the retrenchment of 300 staff", "retrenchments at the
  // mill", "has started a formal retrenchment process": the word for layoffs in South and Southeast Asian and African English. A "period of
  // retrenchment" in spending is no cut of people, so the singular noun needs "of" and people.
  {
    id: 'trigger:retrench',
    pattern:
      '\\bretrench(?:es|ed|ing)?\\b|\\bretrenchments\\b|\\bretrenchment\\s+(?:of\\s+|(?:exercise|notices?|letters?|process|programmes?|programs?|plans?)\\b)',
    tense: 'present',
    cue: 'retrench',
  },
  // "issued section 189 notices to 2,300 workers", "served a section 189A notice on unions": the
  // notice that opens a retrenchment under South Africa's Labour Relations Act.
  {
    id: 'trigger:section-189',
    pattern: '\\bsection\\s+189A?\\s+notices?\\b',
    tense: 'present',
    cue: '189',
  },
  // "has disengaged between 350 and 400 workers", "200 staff were disengaged": Nigerian English
  // for letting staff go. "disengaged employees" (an engagement survey's word) is no cut, so the
  // verb needs its object figure after it or a passive before it.
  {
    id: 'trigger:disengage',
    pattern:
      '\\bdisengag(?:e|es|ed|ing)\\s+(?:(?:about|around|some|over|more\\s+than|nearly|almost|up\\s+to|between|at\\s+least|its|their|the)\\s+)?(?:\\d|hundreds\\b|dozens\\b|thousands\\b|several\\b|staff\\b|workers\\b|employees\\b)|\\b(?:were|been|be|being|was)\\s+disengaged\\b(?!\\s+from)|\\bdisengagement\\s+of\\b',
    tense: 'present',
    cue: 'disengag',
  },
  // "the fixed-term contracts of 45 staff ... will not be renewed", "will not renew the contracts
  // of 200 temporary workers": jobs that end because the employer lets contracts lapse.
  {
    id: 'trigger:contracts-not-renewed',
    pattern: `\\bcontracts?\\s+(?:of|for)\\s+${CONTRACT_HOLDERS}(?:[\\w,’'-]+\\s+){0,10}?(?:will|would|are|were|is|was|had|have|has)\\s+not\\s+(?:be\\s+|been\\s+)?renewed\\b|\\b(?:not|n['’]t)\\s+(?:to\\s+)?renew(?:ing)?\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?contracts?\\s+(?:of|for)\\s+${CONTRACT_HOLDERS}|\\bnon-renewal\\s+of\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?contracts?\\s+(?:of|for)\\s+${CONTRACT_HOLDERS}`,
    tense: 'present',
    cue: 'renew',
  },
  // "sending reduction-in-force notices to 1,350 employees": the US federal term for layoffs (its
  // acronym "RIF" is left out: a capitalised trigger would be read as a company's name). "will terminate 300 employees" (the bare "terminate" is mostly of contracts and leases,
  // so it needs its figure of people after it). "200 staff face the axe", "workers given the sack".
  {
    id: 'trigger:reduction-in-force',
    pattern: '\\breductions?[- ]in[- ]force\\b',
    tense: 'noun',
    cue: 'in[- ]force',
  },
  {
    id: 'trigger:terminate-people',
    pattern:
      '\\bterminat(?:e|es|ing)\\s+(?:the\\s+(?:employment|jobs|contracts)\\s+of\\s+)?(?:(?:about|around|some|nearly|almost|more\\s+than|over|up\\s+to)\\s+)?(?:\\d|hundreds\\b|dozens\\b|thousands\\b)',
    tense: 'present',
    cue: 'terminat',
  },
  {
    id: 'trigger:face-the-axe',
    pattern:
      '\\b(?:face|faces|facing|faced|get|gets|got|given|handed)\\s+the\\s+(?:axe|ax|chop|sack|boot)\\b',
    tense: 'present',
    cue: 'the\\s+(?:axe|ax|chop|sack|boot)\\b',
  },
  // "The JobCuts tracker has now logged 212 announcements affecting 96,400 jobs", "the tracker has
  // recorded 61 cases involving more than 9,000 workers": a tracker's log of cuts, told with no
  // layoff word, is read so that the statistic is found (never an event: the tracker is named).
  // The tally may stand before or after the tracker's name, so "tracker" is checked around the
  // match and is the cue.
  {
    id: 'trigger:tracker-log',
    pattern: `\\b(?:announcements|notices|filings|cases|rounds|plans)\\s+(?:affecting|covering|involving|hitting|totall?ing)\\s+(?:(?:about|around|some|roughly|nearly|almost|more\\s+than|over|at\\s+least)\\s+)?\\d[\\d,.]*(?:\\s+(?:million|thousand))?\\s+(?:[\\w-]+\\s+)?${JOBS}\\b(?:(?<=\\btracker\\b[^]*)|(?=[^]*\\btracker\\b))`,
    tense: 'noun',
    cue: 'tracker',
  },
  // "is cutting about a fifth of the company", "laid off half of the company": after a cut verb a
  // share of the company is a share of its staff ("sold a fifth of the company" has no cut verb).
  {
    id: 'trigger:share-of-company',
    pattern:
      "\\b(?:cut|cuts|cutting|lay(?:s|ing)?\\s+off|laid\\s+off|let(?:s|ting)?\\s+go(?:\\s+of)?|shed(?:s|ding)?|slash(?:es|ed|ing)?|eliminat(?:e|es|ed|ing)|ax(?:e|es|ed|ing))\\s+(?:(?:about|around|roughly|nearly|almost|some|more\\s+than)\\s+)?(?:half|a\\s+third|a\\s+quarter|a\\s+fifth|a\\s+tenth|one-(?:third|quarter|fifth|tenth)|two-(?:thirds|fifths))(?=\\s+(?:of\\s+)?the\\s+company\\b(?!['’]))",
    tense: 'present',
    cue: 'company',
  },
  // "a process that could cost about 2,300 workers their jobs", "the closure will cost 450 people
  // their jobs": the cut told by what it costs the people (a cost "of their jobs" to a firm's
  // budget has no people between "cost" and "their jobs").
  {
    id: 'trigger:cost-their-jobs',
    pattern: '\\bcost(?:s|ing)?\\s+(?:[\\w,.-]+\\s+){1,5}?(?:their|his|her)\\s+jobs?\\b',
    tense: 'present',
    cue: '\\bcost',
  },
  // "accepted about 300 early retirements", "took 120 voluntary retirements": early or voluntary
  // retirements taken are counted as job cuts (corpus choice). The plural counts people; "offered
  // early retirement to staff over 60" alone is an offer, not a cut.
  {
    id: 'trigger:early-retirements',
    pattern: '\\b(?:early|voluntary)\\s+retirements\\b',
    tense: 'present',
    cue: 'retirements',
  },
  // "disbanded the firm’s battery testing team, about 300 people", "dismantled its 40-member data
  // desk", "dissolved its design unit of 60 staff": a team ended whole, told with its size, is a
  // cut of its people. Without a size ("disbanded its ethics team") the team may be reassigned, so
  // no trigger.
  {
    id: 'trigger:disband-team',
    pattern: `\\b(?:disband|dismantl|dissolv)(?:e|es|ed|ing|s)?\\s+(?:(?:[\\w’'&.-]+\\s+){0,4}?${TEAM}(?:,\\s+|\\s+of\\s+)(?:(?:about|around|roughly|some|nearly|almost|more\\s+than|over|approximately)\\s+)?\\d[\\d,]*\\s+(?:[\\w-]+\\s+)?(?:${JOBS}|members|engineers|${OCCUPATIONS.join('|')})|(?:[\\w’'&.-]+\\s+){0,3}?\\d[\\d,]*-(?:person|people|member|strong)\\s+(?:[\\w’'-]+\\s+){0,3}?${TEAM})\\b`,
    tense: 'present',
    cue: 'disband|dismantl|dissolv',
  },
  // "asked to put in their papers", "asked to leave" (forced resignation presented as a cut)
  {
    id: 'trigger:forced-exit',
    pattern: '\\basked to (?:put in their papers|leave|resign)\\b',
    tense: 'present',
  },
];
