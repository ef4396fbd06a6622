/**
 * Sentence filters: a layoff word in a sentence that is not a layoff report. Each has an id that
 * the debug trace prints. They run before any parser, so a rejected sentence costs one regex.
 */
export interface SentenceFilter {
  readonly id: string;
  readonly re: RegExp;
}

export const SENTENCE_FILTERS: readonly SentenceFilter[] = [
  // "Pellucid denied reports that it would cut 10,000 jobs"; "Stellan has ruled out layoffs";
  // a rhetorical "You cannot cut a fifth of the staff and keep the service" is no report either
  {
    id: 'filter:denial',
    re: /\b(?:denied|denies|deny|denying|dismissed\s+reports|ruled\s+out|rules\s+out|rule\s+out|no\s+(?:plans?\s+(?:for|to)\s+(?:any\s+)?)?(?:lay-?offs?|job\s+cuts|redundancies)|not\s+(?:planning|going|looking)\s+to\s+(?:cut|lay)|(?:won['’]t|will\s+not|would\s+not|does\s+not|did\s+not|do\s+not|cannot|can['’]t|can\s+not|could\s+not|couldn['’]t)\s+(?:just\s+|simply\s+)?(?:cut|lay|shed|slash|make\s+any)|(?:pledged?|promised?|vowed?|committed|pledging)\s+(?:not\s+to|to\s+avoid|no\b)|avoid(?:ing)?\s+(?:any\s+)?(?:lay-?offs|job\s+cuts)|without\s+(?:any\s+)?(?:lay-?offs|job\s+cuts)|there\s+(?:were|will\s+be|are)\s+no\s+(?:lay-?offs|job\s+cuts)|no\s+["“]?\w+["”]?\s+(?:lay-?offs|job\s+cuts)|(?:not|n['’]t)\s+(?:have\s+to\s+)?worry)/i,
  },
  // "Dear [Employee Name], we regret to inform you that your position has been eliminated."
  {
    id: 'filter:template',
    re: /\[[^\]]{2,40}\]|\bdear\s+(?:\[|employee|team)|\bwe\s+regret\s+to\s+inform\b|\byour\s+(?:position|employment|role|job)\b/i,
  },
  // "head into the playoffs after a lengthy layoff"
  {
    id: 'filter:sports',
    re: /\bplay-?offs?\b|\b(?:lengthy|long|extended|injury|two-year|year-long|months-long|\d+-(?:month|year|week))\s+lay-?off\b|\b(?:UFC|NBA|NFL|NHL|MLB|octagon|bout|fighter|knockout|quarterback)\b/i,
  },
  // "Related: Corvex to shed 300 jobs", "READ MORE: ...": a link to another story, not this one's text.
  {
    id: 'filter:related-link',
    re: /^\s*(?:related|read\s+more|also\s+read|see\s+also|more\s+on\s+this|recommended|must\s+read|trending)\s*[:|–—-]/i,
  },
  // "Furloughed workers will return"; "a furlough is not a layoff"
  { id: 'filter:furlough', re: /\bfurlough/i },
  // Explainers and legal text: "An employer must give 60 days' notice before a mass layoff".
  {
    id: 'filter:explainer',
    re: /\b(?:what\s+is\s+an?|is\s+defined\s+as|refers\s+to\s+(?:a|the)|if\s+you(?:['’]re|\s+are|\s+have)|you\s+(?:may|might|can|will|should|are)|employers?\s+(?:must|are\s+required|should|may)|an?\s+employer\s+(?:must|may|is)|the\s+warn\s+act\s+(?:requires|applies)|under\s+the\s+warn\s+act|covered\s+employers?|mass\s+layoff\s+(?:is|means|occurs))\b/i,
  },
  // "a consultation is required when 100 or more redundancies are proposed", "employers with 50 or
  // more workers must file": a threshold of the law, not a cut.
  {
    id: 'filter:threshold',
    re: /\b(?:when|if|where|once)\s+(?:at\s+least\s+)?\d[\d,]*\s+or\s+more\b|\b(?:employers?|companies|firms|businesses)\s+with\s+(?:at\s+least\s+)?\d[\d,]*\s+or\s+more\b/i,
  },
  // "Canada lost 41,000 jobs in September, Statistics Canada said": the economy's net change in
  // jobs, from a statistics office, names no employer that cut.
  {
    id: 'filter:macro',
    re: /\b(?:Statistics\s+Canada|Bureau\s+of\s+Labou?r\s+Statistics|Office\s+for\s+National\s+Statistics|Australian\s+Bureau\s+of\s+Statistics|unemployment\s+rate|jobless\s+rate|non-?farm\s+payrolls|labou?r\s+force\s+survey)\b/i,
  },
  // "Goldman Sachs typically cuts between 1% and 5% of its workforce each year": routine, not an event.
  {
    id: 'filter:routine',
    re: /\b(?:typically|usually|routinely|normally)\s+(?:cuts?|lays?\s+off|trims?|sheds?)\b/i,
  },
  // "thousands of workers took voluntary buyouts rather than face layoffs", "it shrank mainly by
  // not replacing people who left, rather than through layoffs": the sentence says the jobs went
  // some other way than by layoffs (buyouts, attrition), so nobody was laid off.
  {
    id: 'filter:instead-of-layoffs',
    re: /\b(?:rather\s+than|instead\s+of)\s+(?:(?:face|facing|through|via|by|with|forced|compulsory|involuntary|any|making|resorting\s+to)\s+){0,2}(?:lay-?offs|job\s+cuts|redundancies|firings)\b/i,
  },
  // "about 7,800 of those jobs could be replaced by AI over five years": a forecast of what a
  // technology might do, not a cut anyone decided.
  {
    id: 'filter:speculation',
    re: /\b(?:could|might|may|would|will)\s+(?:eventually\s+|potentially\s+|soon\s+|one\s+day\s+)?be\s+(?:replaced|automated|displaced|eliminated|lost)\s+(?:by|to|through|with)\s+(?:ai|a\.i\.|artificial\s+intelligence|automation|generative|robots|machines|chatbots|software|technology)\b/i,
  },
  // "planned to hire 3,000 workers"; age-discrimination rulings and other court language
  {
    id: 'filter:court',
    re: /\b(?:plaintiffs?|lawsuit\s+alleg\w+|the\s+court\s+(?:held|ruled|found)|age\s+discrimination)\b/i,
  },
];

/** A whole article that is a template or a sample letter: nothing in it is an event. */
export const TEMPLATE_ARTICLE =
  /\[(?:employee|company|name|recipient|date|manager)[^\]]{0,30}\]|\bsample\s+(?:layoff|termination)\s+letter\b|\blayoff\s+letter\s+template\b/i;
