import { OCCUPATIONS } from './lexicon/layoff-verbs.ts';

/**
 * Sentence filters: a layoff word in a sentence that is not a layoff report. Each has an id that
 * the debug trace prints. They run before any parser, so a rejected sentence costs one regex.
 */
export interface SentenceFilter {
  readonly id: string;
  readonly re: RegExp;
}

/** A furlough: "furloughed", "on furlough", "about 15,000 more employees stood down". */
const FURLOUGH_WORD =
  '(?:\\bfurlough|\\b(?:employees|workers|staff|crew|people|\\d[\\d,]*)\\s+(?:[\\w-]+\\s+){0,3}?(?:stood|stand(?:s|ing)?)\\s+down\\b|\\b(?:stood|stand(?:s|ing)?)\\s+down\\s+(?:(?:about|around|some|nearly|more\\s+than|over|up\\s+to)\\s+)?(?:\\d|its\\s|their\\s|hundreds|thousands))';
/** "180 pilots", "40 crew": the people a redundancy figure may be of, besides the job nouns. */
const OCCUPATION_NOUNS = OCCUPATIONS.join('|');
/** A layoff stated with its figure or a finite passive, which a furlough word beside it does not undo. */
const LAYOFF_BESIDE_FURLOUGH = `(?:\\b(?:laid|lay(?:s|ing)?)\\s+off\\s+(?:(?:about|around|roughly|some|nearly|almost|more\\s+than|over|up\\s+to|at\\s+least)\\s+)?\\d|\\b(?:will|would|are\\s+to|is\\s+to|were|was|have\\s+been|has\\s+been|had\\s+been)\\s+(?:be\\s+)?(?:\\w+ly\\s+)?laid\\s+off\\b|\\b(?:cut|cuts|cutting|shed|sheds|shedding|eliminat(?:e|es|ed|ing)|ax(?:e|es|ed|ing)|slash(?:es|ed|ing)?)\\s+(?:(?:about|around|roughly|some|nearly|almost|more\\s+than|over|up\\s+to|at\\s+least)\\s+)?\\d[\\d,]*\\s+(?:[\\w-]+\\s+)?(?:jobs|roles|positions|posts|employees|workers|staff)\\b|\\d[\\d,]*\\s+(?:[\\w-]+\\s+)?(?:jobs|roles|positions|posts)\\s+(?:could|will|would|may|are\\s+to|are\\s+set\\s+to)\\s+(?:go|be\\s+(?:cut|lost|axed|eliminated))\\b|\\b(?:made|make|makes|making)\\s+(?:about\\s+|some\\s+|more\\s+than\\s+|up\\s+to\\s+|around\\s+|roughly\\s+)?\\d[\\d,]*\\s+(?:[\\w-]+\\s+)?(?:employees|workers|staff|people|roles|positions|jobs|${OCCUPATION_NOUNS})\\s+redundant\\b)`;

/** National statistics offices, whose figures are the economy's, never one employer's. */
export const STATISTICS_OFFICE =
  '\\b(?:Statistics\\s+Canada|Bureau\\s+of\\s+Labou?r\\s+Statistics|Office\\s+for\\s+National\\s+Statistics|Australian\\s+Bureau\\s+of\\s+Statistics|Stats\\s+NZ|Statistics\\s+South\\s+Africa)\\b';
/** "131,000 people were made redundant", "98,000 workers have been laid off": a figure of people let go. */
const PEOPLE_LAID_OFF_FIGURE =
  '\\b\\d[\\d,]*\\s+(?:people|workers|employees)\\s+(?:were|have\\s+been|had\\s+been)\\s+(?:made\\s+redundant|laid\\s+off|retrenched)\\b';

export const SENTENCE_FILTERS: readonly SentenceFilter[] = [
  // "Pellucid denied reports that it would cut 10,000 jobs"; "Stellan has ruled out layoffs";
  // "rejected online reports that it was about to retrench a fifth of its workforce, calling them
  // completely untrue"; "rejected a media report that it would lay off 400"; "would not need to
  // retrench any of its staff" (a cut the speaker says is not needed);
  // a rhetorical "You cannot cut a fifth of the staff and keep the service" is no report either
  {
    id: 'filter:denial',
    re: /\b(?:denied|denies|deny|denying|(?:dismissed|dismisses|rejected|rejects|rebuffed)\s+(?:\w+\s+){0,2}?(?:reports?|claims?|rumou?rs|speculation)|(?:completely|totally|entirely|categorically)\s+(?:untrue|false|baseless)|ruled\s+out|rules\s+out|rule\s+out|no\s+(?:plans?\s+(?:for|to)\s+(?:any\s+)?)?(?:lay-?offs?|job\s+cuts|redundancies)|not\s+(?:planning|going|looking)\s+to\s+(?:cut|lay)|(?:won['’]t|will\s+not|would\s+not|does\s+not|did\s+not|do\s+not|cannot|can['’]t|can\s+not|could\s+not|couldn['’]t)\s+(?:(?:need|have)\s+to\s+)?(?:just\s+|simply\s+)?(?:cut|lay|shed|slash|retrench|make\s+any)|(?:pledged?|promised?|vowed?|committed|pledging)\s+(?:not\s+to|to\s+avoid|no\b)|avoid(?:ing)?\s+(?:any\s+)?(?:lay-?offs|job\s+cuts)|without\s+(?:any\s+)?(?:lay-?offs|job\s+cuts)|there\s+(?:were|will\s+be|are)\s+no\s+(?:lay-?offs|job\s+cuts)|there\s+(?:will\s+not|won['’]t|would\s+not|wouldn['’]t)\s+be\s+(?:an?\s+|any\s+)?(?:reductions?\s+in\s+force|lay-?offs?|job\s+cuts|redundancies)|no\s+["“]?\w+["”]?\s+(?:lay-?offs|job\s+cuts)|(?:not|n['’]t)\s+(?:have\s+to\s+)?worry)/i,
  },
  // "Dear [Employee Name], we regret to inform you that your position has been eliminated."
  {
    id: 'filter:template',
    re: /\[[^\]]{2,40}\]|\bdear\s+(?:\[|employee|team)|\bwe\s+regret\s+to\s+inform\b|\byour\s+(?:position|employment|role|job)\b/i,
  },
  // "head into the playoffs after a lengthy layoff", "back in the squad after a three-month layoff
  // with a calf injury", "two uncapped backs have been cut from the wider training group": a
  // player's time out or a squad's selection, not jobs. "will be laid off for up to six weeks
  // with a hamstring strain", "laid off for three games": a player out for a stated time (a layoff
  // of staff has no length in weeks or games); "club cuts three from top-30 squad", "have cut two
  // players": a roster cut.
  {
    id: 'filter:sports',
    re: /\b(?:laid|lay(?:s|ing)?)\s+off\s+for\s+(?:up\s+to\s+|about\s+|around\s+|at\s+least\s+|another\s+|a\s+further\s+)?(?:a|an|\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few)\s+(?:more\s+)?(?:weeks?|games?|matches|fixtures|rounds|months?)\b(?!\s+(?:without\s+pay|unpaid))|\b(?:cut|cuts|cutting|released|releases|axed|waived|dropped)\s+(?:(?:\w+|\d+)\s+)?players\b|\bplay-?offs?\b|\b(?:lengthy|long|extended|injury|two-year|year-long|months-long|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)-(?:month|year|week|game|match))\s+lay-?off\b|\blay-?off\s+(?:with|due\s+to|because\s+of|through)\s+(?:an?\s+|his\s+|her\s+)?(?:[\w-]+\s+)?injury\b|\b(?:cut|cuts|cutting|dropped|released|releases|let\s+go|axed|waived)\s+(?:(?:\w+|\d+)\s+)?from\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:squad|roster|training\s+(?:group|squad|camp)|camp|starting\s+(?:line-?up|xi|eleven))\b|\b\d+-(?:man|woman|player)\s+squad\b|\b(?:UFC|NBA|NFL|NHL|MLB|octagon|bout|fighter|knockout|quarterback)\b/i,
  },
  // "Related: Corvex to shed 300 jobs", "READ MORE: ...": a link to another story, not this one's text.
  {
    id: 'filter:related-link',
    re: /^\s*(?:related|read\s+more|also\s+read|see\s+also|more\s+on\s+this|recommended|must\s+read|trending)\s*[:|–—-]/i,
  },
  // "Furloughed workers will return"; "a furlough is not a layoff"; Australian English "keep 15,000
  // employees stood down" is a furlough too (an executive who "stood down" is no group of people).
  // A layoff stated in the same sentence outlives the furlough word: "laid off about 100 employees
  // and furloughed roughly as many", "told 18,000 furloughed staff they will be laid off", "up to
  // 6,000 jobs could go once the furlough scheme ends". Only a cut with its figure or a finite
  // "will be laid off" counts, so definitions ("a furlough is a temporary layoff", "the difference
  // between being furloughed and being laid off") stay filtered; the figures of the furlough
  // clause itself are dropped by the headcount parser.
  {
    id: 'filter:furlough',
    re: new RegExp(`^(?=[^]*?${FURLOUGH_WORD})(?![^]*?${LAYOFF_BESIDE_FURLOUGH})`, 'i'),
  },
  // Explainers and legal text: "An employer must give 60 days' notice before a mass layoff";
  // "If an employer proposes 30 redundancies at one site, ...", "What if fewer than ten staff are
  // affected?": a case the rules cover, put with an indefinite employer or as a question. "A
  // business with more than 20 staff that plans to dismiss at least 5 of them must notify the
  // ministry": an indefinite employer described by a relative clause, bound by "must", is the
  // rule's case too when what it must do is a duty of the procedure (consult, notify, give
  // notice): "Orvane, a firm with 300 staff that must cut costs, will lay off 40" is a real one.
  {
    id: 'filter:explainer',
    re: /\b(?:(?<!\b(?:is|was|as)\s+)(?:an?|any)\s+(?:company|employer|business|firm|organi[sz]ation)\s+(?:with|that|which|employing)\b[^.;]{0,120}?\b(?:must|is\s+required\s+to|has\s+to|is\s+obliged\s+to)\s+(?:first\s+|also\s+)?(?:consult|notify|inform|give|allow|file|submit|provide|pay|follow|seek|register|report|hold|offer|tell|warn|apply|obtain)\b|(?:if|when|where)\s+(?:an?|your)\s+employer\s+(?:proposes|plans|intends|wants|decides|needs|is\s+(?:proposing|planning|thinking|considering))|what\s+(?:if|happens\s+(?:if|when))|what\s+is\s+an?|is\s+defined\s+as|refers\s+to\s+(?:a|the)|if\s+you(?:['’]re|\s+are|\s+have)|you\s+(?:may|might|can|will|should|are)|employers?\s+(?:must|are\s+required|should|may)|an?\s+employer\s+(?:must|may|is)|the\s+warn\s+act\s+(?:requires|applies)|under\s+the\s+warn\s+act|covered\s+employers?|mass\s+layoff\s+(?:is|means|occurs))\b/i,
  },
  // "a consultation is required when 100 or more redundancies are proposed", "employers with 50 or
  // more workers must file", "as required for retrenchments affecting five or more employees": a
  // threshold of the law, not a cut.
  {
    id: 'filter:threshold',
    re: /\b(?:when|if|where|once)\s+(?:at\s+least\s+)?\d[\d,]*\s+or\s+more\b|\b(?:employers?|companies|firms|businesses)\s+with\s+(?:at\s+least\s+)?\d[\d,]*\s+or\s+more\b|\b(?:affecting|involving|covering)\s+(?:at\s+least\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a\s+hundred)\s+or\s+more\s+(?:employees|workers|staff|people)\b/i,
  },
  // "Canada lost 41,000 jobs in September, Statistics Canada said": the economy's net change in
  // jobs, from a statistics office, names no employer that cut. An office's count of people laid
  // off ("the ONS said 131,000 people were made redundant in the latest quarter") is kept: it is a
  // statistic (aggregate.ts reads the office as its source).
  {
    id: 'filter:macro',
    re: new RegExp(
      `^(?=[^]*?(?:${STATISTICS_OFFICE}|\\b(?:unemployment\\s+rate|jobless\\s+rate|non-?farm\\s+payrolls|labou?r\\s+force\\s+survey)\\b))(?![^]*?${PEOPLE_LAID_OFF_FIGURE})`,
      'i',
    ),
  },
  // "Goldman Sachs typically cuts between 1% and 5% of its workforce each year": routine, not an event.
  {
    id: 'filter:routine',
    re: /\b(?:typically|usually|routinely|normally)\s+(?:cuts?|lays?\s+off|trims?|sheds?)\b/i,
  },
  // "thousands of workers took voluntary buyouts rather than face layoffs", "it shrank mainly by
  // not replacing people who left, rather than through layoffs", "most of the 900 engineers were
  // moved to its cloud unit rather than being let go": the sentence says the jobs went some other
  // way than by layoffs (buyouts, attrition, reassignment), so nobody was laid off.
  {
    id: 'filter:instead-of-layoffs',
    re: /\b(?:rather\s+than|instead\s+of)\s+(?:(?:face|facing|through|via|by|with|forced|compulsory|involuntary|any|making|resorting\s+to)\s+){0,2}(?:lay-?offs|job\s+cuts|redundancies|firings)\b|\b(?:rather\s+than|instead\s+of)\s+(?:being\s+|be\s+|getting\s+|get\s+)(?:let\s+go|laid\s+off|fired|sacked|dismissed|made\s+redundant|cut)\b|\b(?:rather\s+than|instead\s+of)\s+(?:losing|lose)\s+their\s+jobs\b/i,
  },
  // "about 7,800 of those jobs could be replaced by AI over five years": a forecast of what a
  // technology might do, not a cut anyone decided.
  {
    id: 'filter:speculation',
    re: /\b(?:could|might|may|would|will)\s+(?:eventually\s+|potentially\s+|soon\s+|one\s+day\s+)?be\s+(?:replaced|automated|displaced|eliminated|lost)\s+(?:by|to|through|with)\s+(?:ai|a\.i\.|artificial\s+intelligence|automation|generative|robots|machines|chatbots|software|technology)\b/i,
  },
  // "planned to hire 3,000 workers"; age-discrimination rulings and other court language
  // "a tribunal ordered Pellam Mills to reinstate 46 workers it dismissed for joining a strike",
  // "staff sacked over a go-slow": people dismissed for what they did (a strike, misconduct) and
  // put back by a court are no layoff.
  {
    id: 'filter:dismissal-for-cause',
    re: /\b(?:order(?:s|ed|ing)?|direct(?:s|ed|ing)?|compel(?:s|led|ling)?)\s+(?:[\w’'-]+\s+){0,6}?to\s+reinstate\b|\breinstate(?:d|ment)?\s+(?:of\s+)?(?:the\s+)?(?:(?:about|some|all|nearly|more\s+than)\s+)?\d[\d,]*\s+(?:[\w-]+\s+)?(?:workers|employees|staff|people)\b|\b(?:sacked|dismissed|fired|sacking|dismissing|firing)\s+(?:[\w-]+\s+){0,4}?(?:over|for)\s+(?:(?:taking\s+part|participating)\s+in\s+|joining\s+|staging\s+|their\s+(?:role|part)\s+in\s+)?(?:an?\s+|the\s+)?(?:illegal\s+|unprotected\s+|wildcat\s+|unlawful\s+)?(?:go-slow|strike|walkout|sit-in|work\s+stoppage|industrial\s+action|misconduct|gross\s+misconduct|absenteeism|insubordination)\b/i,
  },
  // "Numsa warned the closure could put tens of thousands of jobs at risk across the steel value
  // chain", "moves expected to lead to thousands of job losses across the health service", "tariffs
  // could cost tens of thousands of auto jobs": a forecast for a whole industry or economy names no
  // employer's cut. An employer's own cut "across the company" or "across the country" is no
  // sector, and "could eliminate tens of thousands of jobs" is an employer's (rumoured) cut.
  {
    id: 'filter:sector-forecast',
    // Each form is found from its rarest words ("across the <sector>", "tens of thousands"), the
    // rest is checked around them, so most sentences cost one failed scan.
    re: /\b(?:across|throughout)(?<=\b(?:jobs?|job\s+losses|lay-?offs|redundancies|workers)\s+(?:[\w-]+\s+){0,3}?(?:across|throughout))\s+the\s+(?:[\w-]+\s+){0,3}?(?:value\s+chain|supply\s+chain|industry|sector|economy|health\s+service)\b(?:(?<=\b(?:could|might|may|would|expected\s+to|likely\s+to|set\s+to|warn\w*|fears?|feared|threaten\w*|predict\w*|forecast\w*|estimat\w*)\b[^]*)|(?=[^]*\b(?:could|might|may|would|expected\s+to|likely\s+to|set\s+to|warn\w*|fears?|feared|threaten\w*|predict\w*|forecast\w*|estimat\w*)\b))|\b(?:(?:tens|hundreds)\s+of\s+thousands|millions)\b(?<=\b(?:could|might|may|would)\s+(?:\w+\s+){0,2}?(?:put|cost|threaten|destroy|wipe\s+out|lead\s+to|mean|result\s+in|endanger)\s+(?:\w+\s+){0,2}?(?:(?:tens|hundreds)\s+of\s+thousands|millions))/i,
  },
  // "Meta, Amazon and Google together shed tens of thousands of workers", "the three banks have
  // collectively cut 9,000 jobs": one figure for several employers belongs to none of them.
  {
    id: 'filter:collective-figure',
    re: /\b(?:together|collectively|combined|between\s+them)\s+(?:have\s+|had\s+|will\s+)?(?:shed|cut|axed|slashed|eliminated|laid\s+off|let\s+go(?:\s+of)?|fired|sacked)\b/i,
  },
  // "This six-part comedy is set inside Nimbus, a fictional software firm whose new boss announces
  // that half of the staff will be let go": a plot, not a report.
  {
    id: 'filter:fiction',
    re: /\b(?:fictional|fictitious|sitcom|storyline)\b|\bset(?<=\b(?:comedy|drama|series|novel|film|movie|play|musical|thriller)\s+(?:is\s+|was\s+)?set)\s+(?:in|inside|at|around)\b|\bepisode(?<=\b(?:opening|first|final|pilot)\s+episode)\b/i,
  },
  // "Tri-Vale Plastics withdrew its notice for 90 workers after winning a new order", "the layoffs
  // were rescinded", "scrapped plans to cut 200 jobs", "reversed its decision to lay off": a cut
  // taken back before it happened is no layoff. Only the notice, the layoffs or the plan to cut
  // count ("withdrew its offer" or "withdrew from the market" say nothing of it).
  {
    id: 'filter:withdrawn',
    re: /\b(?:withdr[ae]w|withdrawn|withdrawing|rescind(?:s|ed|ing)?|retract(?:s|ed|ing)?|revok(?:e|es|ed|ing)|cancel(?:s|led|ed|ling|ing)?|revers(?:e|es|ed|ing))\s+(?:its\s+|their\s+|the\s+|a\s+)?(?:warn\s+|layoff\s+|lay-off\s+|redundancy\s+|retrenchment\s+)?(?:notices?|lay-?offs|job\s+cuts|redundancies|retrenchments)\b(?!\s+(?:policy|rules?|law))|\b(?:notices?|lay-?offs|job\s+cuts|redundancies)\b[^.;:]{0,60}?\s(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:withdrawn|rescinded|cancell?ed|revoked|reversed)\b|\b(?:withdr[ae]w|withdrawn|withdraws|withdrawing|rescind(?:ed|s|ing)?|revers(?:ed|es|ing)|call(?:ed|s|ing)?\s+off|cancel(?:l?ed|s|l?ing)?|scrapp?(?:ed|s|ing)?|shelv(?:ed|es|ing)|abandon(?:ed|s|ing)?)\s+(?:(?:its|the|their|a|an)\s+)?(?:(?:planned|proposed|earlier|previous|announced|WARN|layoff|lay-off|closure)\s+)*(?:notices?|lay-?offs?|job\s+cuts|redundanc(?:y|ies)|plans?\s+to\s+(?:cut|lay|shed|eliminate)|decision\s+to\s+(?:cut|lay|shed|eliminate))\b/i,
  },
  {
    id: 'filter:court',
    re: /\b(?:plaintiffs?|lawsuit\s+alleg\w+|the\s+court\s+(?:held|ruled|found)|age\s+discrimination)\b/i,
  },
];

/** A whole article that is a template or a sample letter: nothing in it is an event. */
export const TEMPLATE_ARTICLE =
  /\[(?:employee|company|name|recipient|date|manager)[^\]]{0,30}\]|\bsample\s+(?:layoff|termination)\s+letter\b|\blayoff\s+letter\s+template\b/i;
