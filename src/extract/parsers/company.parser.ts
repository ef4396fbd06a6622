import { makeSpan } from '../../domain/span.ts';
import type { Candidate, ExtractionContext, Parser } from '../context.ts';
import { CITIES, COUNTRIES, STATE_ABBREVIATIONS, US_STATES } from '../lexicon/places.ts';
import {
  COMMON_WORDS,
  DOLLAR_CURRENCIES,
  FIRST_NAMES,
  FOCUS_NOUNS,
  HOLIDAYS,
  LETTER_CURRENCIES,
  MONTHS,
  OUTLETS,
  PERSON_ROLES,
  PERSON_TITLES,
  UNIONS,
  WEEKDAYS,
} from '../lexicon/stopwords.ts';
import { TRACKERS } from '../lexicon/trackers.ts';
import { isAcronymOf } from '../refiners/article.refiner.ts';
import type { UnitEntry } from '../lexicon/units.ts';
import { escapeRegExp, matchAny } from '../patterns.ts';
import type { Sentence } from '../sentences.ts';
import { perArticle } from './util.ts';

// Character codes and small string helpers for the hot paths below, which look at single
// characters instead of running an end-anchored regex over the whole string.
const DOT = 0x2e;
const COMMA = 0x2c;
const HYPHEN = 0x2d;
const UNDERSCORE = 0x5f;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const LOWER_S = 0x73;

const isQuote = (code: number): boolean => code === APOSTROPHE || code === RIGHT_QUOTE;
const isUpperAscii = (code: number): boolean => code >= 0x41 && code <= 0x5a;
const isAsciiLetter = (code: number): boolean => isUpperAscii(code) || (code >= 0x61 && code <= 0x7a);

/** "Grab's", "Halloway’s", "Workers'": a word written as a possessive. */
function endsInPossessive(word: string): boolean {
  const n = word.length;
  return (
    (n >= 3 && word.charCodeAt(n - 1) === LOWER_S && isQuote(word.charCodeAt(n - 2))) ||
    (n >= 2 && isQuote(word.charCodeAt(n - 1)))
  );
}

/** s without its trailing run of "." and "," ("Amazon.," → "Amazon"), as `replace(/[,.]+$/, '')`. */
function stripTrailingDotsCommas(s: string): string {
  let end = s.length;
  while (end > 0 && (s.charCodeAt(end - 1) === DOT || s.charCodeAt(end - 1) === COMMA)) end--;
  return end === s.length ? s : s.slice(0, end);
}

/**
 * Runs a sticky regex at one position of the sentence. The "..._AT" patterns are lookbehinds:
 * `(?<=X)` at a name's offset asks what `X$` asks of the text before the name ("... according
 * to " before "Reuters"), but matches backwards from that one position instead of trying every
 * earlier position of the sentence, and needs no slice of it.
 */
function testAt(re: RegExp, text: string, pos: number): boolean {
  re.lastIndex = pos;
  const hit = re.test(text);
  re.lastIndex = 0;
  return hit;
}

const STOP = new Set([...COMMON_WORDS, ...MONTHS, ...WEEKDAYS, ...HOLIDAYS]);
/** "by Christmas": a holiday is a time, but after "&" it is a name's ("Challenger, Gray & Christmas"). */
const HOLIDAY_SET = new Set(HOLIDAYS);
/**
 * Adjectives that start a description ("Swedish music-streaming giant") but may end a name
 * ("Halcyon Media"), and role nouns that open a sentence before a name ("Rival FedEx said").
 */
const LEADING_ONLY = new Set([
  ...NATIONALITIES(),
  ...['rival', 'rivals', 'competitor', 'peer', 'fellow', 'parent', 'giant', 'chipmaker', 'carmaker'],
  ...['automaker', 'drugmaker', 'retailer', 'lender', 'insurer', 'broadcaster', 'airline', 'startup'],
]);
/**
 * Places, as written, and the state abbreviations with a dot inside as lookupForm spells them
 * without their last dot ("n.c"), so that "Gastonia, N.C.," closes a name instead of being one.
 * A one-word abbreviation keeps its dot ("calif."): a name "Calif" alone is rejected by its dotted
 * form, while "Mass General Brigham" is no "Mass." and stays whole.
 */
const PLACES = new Set([
  ...COUNTRIES,
  ...CITIES,
  ...STATE_ABBREVIATIONS,
  ...STATE_ABBREVIATIONS.filter((a) => a.indexOf('.') < a.length - 1).map(stripTrailingDotsCommas),
]);
/**
 * Countries whose full name may end a company's name: "ArcelorMittal South Africa", "Sahel Mobile
 * Nigeria", "Dunleigh Motors Canada" (a national arm is named by its country). Abbreviations
 * ("US", "UK") and continents are left out: "Meta UK staff", "Amazon Europe".
 */
const NAME_COUNTRIES = new Set(
  COUNTRIES.filter(
    (c) => c.length > 4 && !/\.|europe|asia|africa$|america|middle east|emea|apac/.test(c),
  ).concat(['south africa']),
);
/**
 * Last words that make a name of the place before them: "Cardiff University", "The Washington
 * Post", "Japan Airlines", "Leeds City Council". With any other last word a place stays a place
 * ("Seattle Tech", "in London Barclays").
 */
const INSTITUTION_TAIL = new Set([
  ...['university', 'college', 'school', 'hospital', 'hospitals', 'clinic', 'library', 'museum', 'zoo'],
  ...['post', 'times', 'tribune', 'herald', 'journal', 'gazette', 'chronicle', 'press', 'courier'],
  ...['council', 'airlines', 'airways', 'airport', 'port', 'exchange', 'symphony', 'orchestra', 'opera'],
]);
/**
 * Words that open a name when a capitalised word follows: "American Airlines", "British Airways",
 * "National Geographic", "Danish Crown". Before a lowercase word they stay a description
 * ("the Swedish music-streaming giant"); a country's demonym never names an employer alone.
 */
const NAME_LEAD_WORDS = new Set([
  ...(
    'american british indian chinese japanese german french swedish dutch irish canadian australian ' +
    'israeli turkish lebanese nigerian pakistani bangladeshi korean welsh scottish english italian ' +
    'spanish swiss russian ukrainian brazilian mexican indonesian malaysian singaporean vietnamese thai ' +
    'filipino taiwanese kenyan egyptian saudi emirati qatari danish finnish norwegian polish portuguese ' +
    'belgian austrian greek hungarian czech'
  ).split(' '),
  ...['national', 'international', 'global'],
]);
/** "ArcelorMittal South Africa": a compass word that a country's name may open. */
const COMPASS_WORDS = new Set([
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
]);
const OUTLET_SET = new Set(OUTLETS);
const UNION_SET = new Set(UNIONS);
const FIRST = new Set(FIRST_NAMES);
/** A title right before a name ("CEO Dana Whitfield", "boss, Bob Iger"); tested with testAt. */
const TITLES_BEFORE_AT = new RegExp(`(?<=\\b${matchAny(PERSON_TITLES)}\\s*,?\\s*)`, 'iy');
/** ", the CEO", ", chief executive of", " said" after two capitalised words → a person. */
const TITLE_AFTER = new RegExp(
  `^\\s*,?\\s*(?:the\\s+|its\\s+|a\\s+)?(?:[\\w-]+\\s+){0,2}?${matchAny(PERSON_TITLES)}\\b`,
  'i',
);
/** ", a coach in Austin", ", an economist at ...": what a person is, in apposition after the name. */
const ROLE_AFTER = new RegExp(
  `^\\s*,\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,2}?${matchAny(PERSON_ROLES)}\\b`,
  'i',
);
/**
 * "the comparison website owner Finchley Group": after "the" and a lowercase description, "owner"
 * describes the company that follows, not a person. Tested with testAt.
 */
const OWNER_DESCRIPTION_BEFORE_AT = /(?<=\b[Tt]he\s+(?:[a-z][\w-]*\s+){1,3}owner\s+)/y;
/**
 * "Channel 12's owner Vistacast said ...", "KTVR's owner, Brightline Media,": after what a
 * possessive owns, "owner" describes the company that follows. Tested with testAt.
 */
const POSSESSIVE_OWNER_BEFORE_AT = /(?<=[\w.)]['’]s?\s+(?:new\s+|parent\s+)?owner,?\s+)/y;
/** Last words that mark a company's name ("Finchley Group", "Halloway Holdings"), lower-cased. */
const ORG_TAIL_WORDS = new Set(
  (
    'group holdings media partners capital brands industries enterprises ventures entertainment networks ' +
    'systems technologies labs foods company co corp inc plc ltd llc gmbh ag sa nv insurance bank publishing ' +
    'communications investments properties resorts hotels motors airlines airways studios games ' +
    'pharmaceuticals energy logistics retail stores solutions software interactive digital'
  ).split(' '),
);
/**
 * "IG Metall union", "its Unite union": a name followed by "union" is a union, a source. So is a
 * name in apposition with a union ("Kovu, the metalworkers' union, warned ...") and a union's
 * branch ("Teamsters Local 710", "AFSCME Local 1123"). A credit union is a lender and stays. The
 * members' trade may stand before "union" ("the ALBA-CSU metalworkers' union", "the Tolvo
 * dockworkers union", "the NKTU teachers' union").
 */
const UNION_AFTER =
  /^\s+(?:trade\s+|labou?r\s+|sector\s+|[a-z]*workers['’]?\s+|[a-z]+s['’]\s+)?unions?\b|^\s*,\s+(?:the|a|an|its)\s+(?:(?!credit\b)[\w'’-]+\s+){0,3}?unions?\b(?![-’'])|^\s+Local\s+\d/i;
/** ", a fictional London software firm", ", an imaginary start-up": the name is of a story. */
const FICTIONAL_AFTER = /^\s*,\s+(?:a|an|the)\s+(?:fictional|fictitious|imaginary|made-up|invented)\b/i;
/**
 * "Windsor parts maker Lakeshore Stamping", "Ohio steelmaker Corran Steel": a name before a trade
 * noun that another name follows only describes that company (its town, its field).
 */
const TRADE_NOUNS =
  '(?:maker|makers|manufacturer|supplier|producer|retailer|distributor|processor|wholesaler|automaker|carmaker|chipmaker|drugmaker|steelmaker|miner|brewer|grocer|contractor|operator|provider|lender|insurer|airline|carrier|firm|company|startup|developer|publisher|studio|chain)';
const TRADE_NOUN_THEN_NAME = new RegExp(`^\\s+(?:[a-z][\\w-]*\\s+){0,2}?${TRADE_NOUNS}\\s+\\p{Lu}`, 'u');
/** "a Dunford cabinet maker is closing": a trade noun (up to two words before it) after a name. */
const TRADE_NOUN_AFTER = new RegExp(`^\\s+(?:[a-z][\\w-]*\\s+){0,2}?${TRADE_NOUNS}\\b`);
/**
 * An outlet as the subject of a layoff: "Business Insider is laying off 21% of its staff",
 * "Kestrel Post will cut", "Axios lays off". A few auxiliaries may come between.
 */
const OUTLET_CUTS_AFTER =
  /^(?:['’]s\s+\w+\s+)?\s+(?:(?:is|was|has|had|have|will|would|also|again|now|reportedly|plans\s+to|planned\s+to|is\s+planning\s+to|to|began|begins|started|starts)\s+){0,3}(?:lay(?:s|ing)?\s+off|laid\s+off|cut(?:s|ting)?|eliminat(?:e|es|ed|ing)|shed(?:s|ding)?|slash(?:es|ed|ing)?|trim(?:s|med|ming)?|ax(?:e|es|ed|ing)|fir(?:e|es|ed|ing)|reduc(?:e|es|ed|ing)\s+(?:its\s+)?(?:staff|workforce|headcount|newsroom))\b/i;
/**
 * "CNN said in January it would cut about 200 jobs": the outlet tells of its own cuts ("it"), not
 * of another company's ("Reuters said Kestrel would cut").
 */
const OUTLET_SAID_IT_CUTS_AFTER =
  /^\s+(?:said|says|announced|announces|confirmed|confirms|told\s+\w+)\b[^,.;:]{0,30}?\s(?:that\s+)?it\s+(?:would|will|was|is|had|has|plans\s+to|planned\s+to)\s+(?:be\s+|also\s+)?(?:lay(?:ing)?\s+off|laid\s+off|cut(?:ting)?|eliminat(?:e|ed|ing)|shed(?:ding)?|slash(?:ed|ing)?|trim(?:med|ming)?|ax(?:e|ed|ing))\b/i;

/** Legal forms after a name ("Orbis Inc.", "Kessler GmbH"), in the order LEGAL_SUFFIX tries them. */
const LEGAL_FORMS = [
  'Inc',
  'Corp',
  'Corporation',
  'Co',
  'Ltd',
  'Limited',
  'LLC',
  'plc',
  'PLC',
  'Plc',
  'LLP',
  'GmbH',
  'S.A',
  'N.V',
  'Pty',
  'Holdings',
  // Malaysia's "Sdn Bhd" and "Bhd", Singapore's "Pte Ltd", India's "Pvt Ltd" (the "Ltd" goes first)
  'Sdn Bhd',
  'Bhd',
  'Pte',
  'Pvt',
];
/** "Corvane Systems, Inc.": the legal form after the comma is never a name of its own. */
const LEGAL_FORM_WORDS = new Set(LEGAL_FORMS.map((f) => f.toLowerCase()));
/**
 * Names in a press release's furniture that never cut: stock exchanges in "(NASDAQ: CRVN)" and
 * the wires in "/PRNewswire/".
 */
const NEVER_EMPLOYERS = new Set([
  ...['nasdaq', 'nyse', 'nyse american', 'lse', 'tsx', 'tsxv', 'asx', 'bse', 'nse', 'otc', 'otcqx'],
  ...['prnewswire', 'pr newswire', 'business wire', 'businesswire', 'globenewswire', 'globe newswire'],
  ...['accesswire', 'newsfile', 'cision'],
  // page furniture: "Advertisement", "SKIP ADVERTISEMENT", "Share", "Save", "Listen"
  ...['advertisement', 'skip advertisement', 'share', 'save', 'listen', 'sign up', 'subscribe'],
  // a question-and-answer page's answer words: "Does my employer have to tell anyone? Yes."
  ...['yes', 'no'],
  // a body's head word alone ("Department store chain Bramley's"): no name left
  ...['department', 'ministry', 'agency', 'administration'],
  // a kind of employer alone, capitalised as a headline's first word ("Bank to cut 80 jobs",
  // "Charity axes 20 posts"): the headline leaves the employer unnamed ("Bank of Corwen" stays)
  ...['bank', 'chain', 'firm', 'charity', 'university', 'college', 'council', 'supermarket', 'builder'],
  ...['housebuilder', 'supplier', 'developer', 'mutual', 'society', 'telco', 'hospital', 'bakery'],
  // a public programme that pays for care employs no one: "amid a Medicaid shortfall", "lower
  // Medicare rates" (the body that runs one, "Centers for Medicare and Medicaid Services", stays)
  ...['medicaid', 'medicare', 'obamacare', 'social security', 'universal credit'],
]);
/** "Advertisement", "NASDAQ", "PRNewswire": words of a page's furniture, never an employer. */
export const isPageFurniture = (name: string): boolean => NEVER_EMPLOYERS.has(name.toLowerCase());

const LEGAL_SUFFIX = new RegExp(`(?:,?\\s+(?:${LEGAL_FORMS.map(escapeRegExp).join('|')}))\\.?$`);
/**
 * Last characters of the legal forms: a name ending in anything else ("Veltrix", "Corbel Steel.")
 * cannot carry one, so LEGAL_SUFFIX, which tries every position of the name, is skipped.
 */
const LEGAL_FORM_LAST = new Set(LEGAL_FORMS.map((f) => f.charCodeAt(f.length - 1)));

/** Could LEGAL_SUFFIX match s? Its last character (before one optional ".") must end a legal form. */
function mayEndInLegalForm(s: string): boolean {
  let end = s.length;
  if (end > 0 && s.charCodeAt(end - 1) === DOT) end--;
  return end > 0 && LEGAL_FORM_LAST.has(s.charCodeAt(end - 1));
}

/**
 * "according to Reuters", "data from the", "told": the text before a name that makes it a source.
 * The body a notice or filing goes to is a source too: "filed a notice with the state Department
 * of Labor", "a filing with Ohio's Department of Job and Family Services", "a notice sent to the
 * Kentucky Office of ...". So is the outlet a document was shown to: "a memo seen by the Harbour
 * Ledger", "emails obtained by Kestrel News". Tested with testAt.
 */
const SOURCE_BEFORE_AT =
  /(?<=\b(?:according\s+to|(?:collected|compiled|gathered|tracked)\s+by|(?:filings?|filed|documents?|submitted|notices?|sent|letters?)(?:\s+(?:a|an|its|their)\s+(?:[\w-]+\s+)?(?:notice|filing|letter|report))?\s+(?:with|to)(?:\s+the)?(?:\s+U\.?S\.?|\s+UK|\s+(?:state|federal|provincial|county|city)|\s+[A-Z][a-z]+(?:['’]s)?)?|notified(?:\s+the)?(?:\s+(?:state|federal|provincial|county|city))?|reported\s+by|(?:seen|obtained|reviewed)\s+by|told|said\s+to|citing|analysts?\s+(?:at|from)|economists?\s+(?:at|from)|reports?\s+(?:by|from|in)|data\s+from|per)\s+(?:the\s+)?)/iy;
/**
 * A name before what reports: "the Kestrel report", "Halden first reported", and a tracker's name
 * ("The Game Industry Layoffs tracker estimates ...", "the Orvia layoffs tally"). A company that
 * "reported a quarterly loss" (profit, revenue, results, earnings) reports its own figures, no news
 * of another's cut.
 */
const SOURCE_AFTER =
  /^\s*(?:\([^)]*\)\s*)?(?:(?:report|review|study|survey|inquiry)\b|(?:layoffs?\s+|job\s+cuts?\s+)?(?:tracker|tally)\b|(?:first\s+)?(?:reported|reports|reporting|has\s+reported|news\s+reported|said\s+in\s+a\s+report|cited|quoted)\b(?!\s+(?:an?\s+|its\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:loss|losses|profits?|revenues?|results|earnings|sales|income|deficit|surplus|turnover)\b))/i;

function NATIONALITIES(): string[] {
  return (
    'american british indian chinese japanese german french swedish dutch irish canadian australian israeli ' +
    'turkish lebanese nigerian pakistani bangladeshi korean south european asian african global welsh scottish ' +
    'english italian spanish swiss nordic russian ukrainian brazilian mexican food sportswear software streaming ' +
    'music media education edtech fintech online digital retail retailer e-commerce cloud social internet ' +
    'network chipmaker carmaker automaker grocery delivery consulting accounting investment telecom ' +
    // more demonyms: "at the Indonesian e-commerce unit" names a country's unit, never a company
    'indonesian malaysian singaporean vietnamese thai filipino taiwanese kenyan ghanaian egyptian ' +
    'moroccan ethiopian ugandan tanzanian saudi emirati qatari iranian iraqi nepalese lankan ' +
    'danish finnish norwegian polish portuguese belgian austrian greek hungarian czech romanian ' +
    'argentine argentinian chilean colombian peruvian venezuelan cambodian kazakh'
  ).split(' ');
}

/** Canonical company name as the article writes it, without legal suffix, ".com" or possessive. */
export function canonicalName(raw: string): string {
  let s = raw.trim();
  // "Byju's" → "Byju", then "Workers'" → "Workers" (as /['’]s$/ then /['’]$/).
  let n = s.length;
  if (n >= 2 && s.charCodeAt(n - 1) === LOWER_S && isQuote(s.charCodeAt(n - 2))) s = s.slice(0, n - 2);
  n = s.length;
  if (n >= 1 && isQuote(s.charCodeAt(n - 1))) s = s.slice(0, n - 1);
  // "Acme Holdings Ltd." loses both forms; the regex only runs when the last letter can end one.
  for (let i = 0; i < 2; i++) s = (mayEndInLegalForm(s) ? s.replace(LEGAL_SUFFIX, '') : s).trim();
  if (s.length >= 4 && s.charCodeAt(s.length - 4) === DOT) s = s.replace(/\.com$/i, '');
  s = s.replace(/^The\s+/, '');
  return stripTrailingDotsCommas(s).trim();
}

// One capitalised word: "Amazon", "Byju's", "P&G", "iMFLUX", "3M", "Amazon.com", and "St." when a
// name follows ("St. Brendan Medical Center"), which the first form cannot end with a dot. Letters
// are any script's ("Condé Nast", "Nestlé", "Ørsted", "Müller"): an accented letter inside a name
// must not cut it in two ("Cond" + "Nast").
const L = `\\p{L}\\p{N}_`;
const WORD = `(?:St\\.(?=\\s+\\p{Lu})|\\p{Lu}[${L}’'&.-]*[${L}’']|\\p{Lu}|\\p{Ll}{1,3}\\p{Lu}[${L}&-]*|\\d+\\p{Lu}[${L}&-]*)`;
// No "d" flag: extract reads only m[0] and m.index, and match indices cost an array per match.
const NAME_RE = new RegExp(`${WORD}(?:(?:\\s+(?:of|for|de|du|&|and)\\s+|\\s+|-)${WORD})*`, 'gu');

/**
 * Section and heading words that may still close (or continue) a name that began before them:
 * "Sky News", "CVS Health", "Ravel Home", "Acme Business Solutions", "Marriott International".
 * Alone or first they stay stopwords ("Health", "LATEST NEWS Business Tech").
 */
const NAME_TAIL_WORDS: ReadonlySet<string> = new Set([
  'news',
  'health',
  'home',
  'business',
  'tech',
  'technology',
  'markets',
  'economy',
  'world',
  'politics',
  'culture',
  'science',
  'money',
  'sports',
  'sport',
  'data',
  'video',
  'international',
  'global',
  // "Northvale County Council", "Leeds City Council": a local authority's kind inside its name
  'county',
  'city',
  'district',
  'borough',
  'council',
]);
/**
 * Titles that head a company, so "CEO of Tallyloop" names the company, not a person; "Minister of
 * Finance" or "head of Sales" head no company, so their "of" keeps the next words a person's title.
 */
const COMPANY_TITLES = new Set([
  'ceo',
  'co-ceo',
  'cfo',
  'coo',
  'cto',
  'founder',
  'co-founder',
  'cofounder',
  'chairman',
  'chairwoman',
  'president',
  'executive',
  'officer',
  'owner',
  'boss',
]);
/** "Stafford Road", "Peach Street": a name closed by one of these is an address, not an employer. */
const STREET_WORDS = new Set([
  'road',
  'rd',
  'street',
  'avenue',
  'ave',
  'boulevard',
  'blvd',
  'lane',
  'highway',
  'parkway',
]);
/**
 * "on Route 9", "off Interstate 95", "Building 4": a word for a road or a numbered site before a
 * number is an address, not an employer.
 */
const NUMBERED_PLACE_WORDS = new Set([
  'route',
  'highway',
  'interstate',
  'hwy',
  'exit',
  'junction',
  'building',
  'terminal',
  'gate',
  'pier',
  'dock',
  'hangar',
]);
/**
 * Last words of a street that may also end an employer's name ("United Way", "Sunrise Drive
 * Partners" aside): an address only after "on", "off" or "along" ("the depot on Commerce Way").
 */
const STREET_AFTER_ON_WORDS = new Set([
  ...STREET_WORDS,
  ...['way', 'drive', 'dr', 'court', 'ct', 'place', 'pike', 'trail', 'circle', 'plaza', 'row', 'terrace'],
]);
/**
 * "the Penrith Industrial Estate", "Harbour Business Park", "Kelso Science Park": the last two
 * words of a trading estate's or a park's name, where firms have their sites. So are an export
 * or economic zone's ("the Tarn Valley Export Processing Zone", "Morro Economic Zone", "Lanao IT
 * Park") and the bare "Park" or "Zone" left when a place before them ends the run ("in Lanao IT
 * Park": "Lanao" is a town).
 */
const SITE_NAME_END =
  /(?:^|\s)(?:Industrial|Trading|Business|Retail|Science|Technology|Tech|Enterprise|Commerce|Logistics|IT)\s+(?:Estate|Park)$|(?:^|\s)(?:Economic|Processing|Export|Industrial|Trade|Enterprise)\s+Zone$|^(?:Park|Zone|Estate)$/;
/** "on ", "off ", "along " right before a name. Tested with testAt. */
const ON_STREET_BEFORE_AT = /(?<=\b(?:on|off|along)\s+)/y;

/** "on Commerce Way", "off Mill Drive": a name that ends in a street's word after "on" is an address. */
function isStreetAfterOn(text: string, sentence: string, offset: number): boolean {
  const space = text.lastIndexOf(' ');
  if (space < 0 || !STREET_AFTER_ON_WORDS.has(lookupForm(text.slice(space + 1)))) return false;
  return testAt(ON_STREET_BEFORE_AT, sentence, offset);
}
/** The name's last word, or the one before its number, is a road's or a site's ("Route 9")? */
function isNumberedPlace(text: string, tail: string): boolean {
  const words = text.split(/\s+/);
  let last = words[words.length - 1] ?? '';
  let numbered = /^\s+\d/.test(tail);
  if (/^\d+$/.test(last)) {
    last = words[words.length - 2] ?? '';
    numbered = true;
  }
  return numbered && NUMBERED_PLACE_WORDS.has(lookupForm(last));
}
/**
 * Head words of a public body's name ("Food and Drug Administration", "National Institutes of
 * Health", "Education Department"). A segment holding one keeps the words before it that would
 * otherwise only open a description ("Food", "National", "Education").
 */
const BODY_WORDS = new Set([
  'department',
  'administration',
  'agency',
  'service',
  'services',
  'bureau',
  'commission',
  'institute',
  'institutes',
  'center',
  'centers',
  'centre',
  'centres',
  'office',
  'authority',
  'board',
  'council',
  'ministry',
]);
/**
 * Stopwords that may open a body's name ("Federal Aviation Administration", "State Department",
 * "Health and Human Services"); besides them, the LEADING_ONLY words ("Food", "Education").
 */
const BODY_LEAD_WORDS = new Set([
  'federal',
  'national',
  'state',
  'international',
  'global',
  'health',
  'business',
  'technology',
  'science',
  'economy',
]);
/**
 * Titles of public office, which are no stopwords: "Dunmore Mayor Alice Brandt", "Ohio Governor
 * ...", "State Senator ...", "Superintendent Ana Ruiz", "Schools Commissioner ...". Inside a run
 * they end the name before them and open a person.
 */
const CIVIC_TITLES = new Set([
  ...['mayor', 'governor', 'senator', 'councillor', 'councilman', 'councilwoman', 'alderman', 'sheriff'],
  ...['superintendent', 'commissioner', 'provost', 'treasurer', 'comptroller', 'headteacher', 'headmaster'],
]);
/**
 * Titles that are also names' words ("Principal Financial", "Dean Foods"): a person only when a
 * given name and a surname, and nothing more, follow ("Principal Nora Quist said").
 */
const NAME_WORD_TITLES = new Set(['principal', 'dean']);
/**
 * Verbs a press release's title-case headline puts after the company: "Orrin Biosciences Announces
 * Strategic Reprioritization", "Kestrel Labs Unveils Restructuring Plan". In a title-case line
 * such a verb ends the name run before it; elsewhere it stays a word of a name.
 */
const HEADLINE_VERBS = new Set(
  (
    'announces unveils launches completes provides receives appoints approves outlines initiates ' +
    'implements commences prioritizes prioritises reprioritizes reprioritises streamlines restructures ' +
    'reduces eliminates shutters discontinues narrows sharpens refocuses updates'
  ).split(' '),
);
/** Words that join the parts of a name ("Bank of America", "Procter And Gamble"), lower-cased. */
const CONNECTOR_WORDS = new Set(['of', 'for', 'de', 'du', '&', 'and']);
const TITLE_SET = new Set(PERSON_TITLES);
const WHITESPACE_RUN = /(\s+)/;
/**
 * "Berlin-based", "AI-powered", "Bhavish Aggarwal-led": a description before the name, not part of
 * it. The capitalised words the description began with go with it ("San Francisco-based" is no
 * company "San"; "Dana Whitfield-led Kestrel Labs" is Kestrel Labs).
 */
const AFFILIATION =
  /-(?:based|powered|owned|backed|headquartered|listed|led|run|controlled|founded|funded)$/i;

/**
 * Is the word a connector ("of", "And")? Same answer as /^(?:of|for|de|du|&|and)$/i: that test is
 * ASCII-only and no other character lower-cases to these letters, and lower-casing never shortens
 * a word, so a word of four characters or more is never one.
 */
function isConnector(word: string): boolean {
  return word.length <= 3 && CONNECTOR_WORDS.has(word.toLowerCase());
}

/**
 * The word as the stopword lists spell it: lower case, without "'s" and trailing "." or ","
 * ("Reuters'," stays "reuters'", "Monday's" → "monday", "Inc.," → "inc").
 */
function lookupForm(word: string): string {
  let lower = word.toLowerCase();
  const n = lower.length;
  if (n >= 2 && lower.charCodeAt(n - 1) === LOWER_S && isQuote(lower.charCodeAt(n - 2)))
    lower = lower.slice(0, n - 2);
  return stripTrailingDotsCommas(lower);
}

/**
 * Splits a capitalised run at words that are not name parts ("LATEST NEWS Business Tech Layoffs",
 * "New York Daily News Layoffs Ax Half The Newsroom", "Bank of America CEO Brian Moynihan") and
 * returns the name-like segments with their offsets. A segment after a title is a person.
 *
 * The run is split into words and the whitespace between them (odd parts of the split); a segment
 * is a contiguous stretch of parts, so it is kept as offsets into the run. Trailing connectors and
 * whitespace are dropped ("Kestrel and" → "Kestrel"): `keepEnd` is the end of its last other part.
 */
function segmentRun(
  raw: string,
  offset: number,
  titleCase: () => boolean = () => false,
): { text: string; offset: number }[] {
  const parts = raw.split(WHITESPACE_RUN);
  const out: { text: string; offset: number }[] = [];
  let pos = 0;
  /** Start of the open segment in raw, or -1. */
  let from = -1;
  let keepEnd = 0;
  let person = false;
  let afterTitle = false;
  /** The title word that set afterTitle ("ceo"), for "CEO of Tallyloop". */
  let lastTitle = '';
  /** 0: no place just closed; 1: a place ("Redmond"); 2: a place and then "and" ("Redmond and"). */
  let afterPlace = 0;
  /** Start of the words before the open segment that may open a body's name ("Food and"), or -1. */
  let leadFrom = -1;
  /** leadFrom when the open segment began; the segment holds a body's head word ("Administration"). */
  let segLead = -1;
  let segBody = false;
  /** The part before was a connector ("Department of" before "State"). */
  let afterConnector = false;
  /** That connector was "&". */
  let afterAmpersand = false;
  /** Start of the one-word place right before this word ("Cardiff" before "University"), or -1. */
  let placeFrom = -1;
  /** placeFrom when the open segment began: "Cardiff University" may start at the place. */
  let segPlace = -1;
  /** The last word kept in the open segment, as lookupForm spells it ("university"). */
  let lastLower = '';
  /** "Co Cork", "County Kerry": the next word is an Irish county, a place. */
  let countyNext = false;
  /** Words kept in the open segment. */
  let segWords = 0;
  /**
   * Closes the open segment: a body's name starts at its leading words ("Food and Drug
   * Administration"), and a name that ends in an institution's word at the place before it
   * ("Cardiff University", "Leeds City Council").
   */
  const close = (): void => {
    if (from < 0 || person) return;
    let start = from;
    if (segBody && segLead >= 0) start = segLead;
    else if (segPlace >= 0 && (INSTITUTION_TAIL.has(lastLower) || segBody)) start = segPlace;
    out.push({ text: raw.slice(start, keepEnd), offset: offset + start });
  };
  /** Opens a segment at this word (or keeps the open one) and keeps the word in it. */
  const keep = (lower: string, end: number, placeBefore: number): void => {
    if (from < 0) {
      from = pos;
      // A segment after a title is a person, and one after "Redmond and" a place: both dropped.
      person = afterTitle || afterPlace === 2;
      segLead = leadFrom;
      segBody = false;
      segPlace = placeBefore;
      segWords = 0;
      leadFrom = -1;
    }
    if (BODY_WORDS.has(lower)) segBody = true;
    keepEnd = end;
    lastLower = lower;
    segWords++;
    afterTitle = false;
    afterPlace = 0;
  };
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    const end = pos + part.length;
    if (i % 2 === 1 || part === '') {
      // Whitespace joins an open segment and never closes one. (An empty part, only at either end
      // of a run that starts or ends with whitespace, counted as kept text in the token version.)
      if (from >= 0 && part === '') keepEnd = end;
    } else if (isConnector(part)) {
      // "Department for Work and Pensions": kept only when a name part follows. "co-founder and
      // CEO of Tallyloop": after a company's title, "of" leads to the company, not to a person.
      if (afterTitle && from < 0 && COMPANY_TITLES.has(lastTitle) && part === 'of') afterTitle = false;
      // "in Redmond and Bellevue": a name joined to a place by "and" is a place too.
      afterPlace = afterPlace === 1 && (part === 'and' || part === '&') ? 2 : 0;
      afterConnector = true;
      afterAmpersand = part === '&';
      placeFrom = -1;
      pos = end;
      continue;
    } else {
      const lower = lookupForm(part);
      const joined = afterConnector;
      const afterAmp = afterAmpersand;
      afterConnector = false;
      afterAmpersand = false;
      const placeBefore = placeFrom;
      placeFrom = -1;
      const upper = isUpperAscii(part.charCodeAt(0));
      // A plain word: not possessive, no trailing dot or comma ("Washington", not "Gastonia,").
      const plain = lower.length === part.length;
      if (countyNext) {
        // "in Ringaskiddy, Co Cork": the county is a place.
        countyNext = false;
        close();
        from = -1;
        afterPlace = 1;
      } else if (from >= 0 && segBody && joined && BODY_LEAD_WORDS.has(lower)) {
        // "Department of State": a body's area may be a word that elsewhere only opens a name.
        keepEnd = end;
      } else if (from >= 0 && NAME_TAIL_WORDS.has(lower) && upper) {
        // "New York Daily News", "Sky News", "CVS Health": a heading word that ends a name already begun.
        keepEnd = end;
        lastLower = lower;
        segWords++;
      } else if (from < 0 && placeBefore >= 0 && NAME_TAIL_WORDS.has(lower) && upper) {
        // "Leeds City Council": after a place, "City" or "County" may open a body's name.
        keep(lower, end, placeBefore);
      } else if (from >= 0 && STREET_WORDS.has(lower) && upper) {
        // "on the Stafford Road industrial estate": the name before it was a street, no employer.
        from = -1;
        afterTitle = false;
      } else if (from < 0 && i >= 2 && !joined && STREET_WORDS.has(lower) && upper) {
        // "the plant on Virginia Avenue", "off First Street": the street's first word was a place
        // or a stopword, so no segment is open; the street word ends the address, never a name.
        // (Opening its run, "Avenue Partners" may be a company.)
        afterTitle = false;
        afterPlace = 0;
      } else if (from < 0 && lower === 'st' && i + 2 < parts.length && upper) {
        // "St. Brendan Medical Center": "St." with a name after it is part of that name.
        from = pos;
        person = afterTitle;
        keepEnd = end;
        lastLower = lower;
        segWords = 1;
        afterTitle = false;
        segLead = -1;
        segBody = false;
        segPlace = -1;
      } else if (from < 0 && (lower === 'co' || lower === 'county') && upper && opensName(parts[i + 2])) {
        // "Co Cork", "Co. Kerry", "County Clare": an Irish county, a place, not the company "Co Cork".
        countyNext = true;
        afterTitle = false;
      } else if (from >= 0 && countryEndsName(lower, lastLower, segWords, joined, titleCase)) {
        // "ArcelorMittal South Africa", "Sahel Mobile Nigeria", "Bank of America": a country that
        // ends a name already begun names the company's national arm, or follows "of".
        keepEnd = end;
        lastLower = lower;
        segWords++;
      } else if (from < 0 && !afterTitle && plain && NAME_LEAD_WORDS.has(lower) && opensName(parts[i + 2])) {
        // "American Airlines", "National Geographic": a demonym before a capitalised word opens it.
        keep(lower, end, -1);
      } else if (
        upper &&
        plain &&
        (CIVIC_TITLES.has(lower) || (NAME_WORD_TITLES.has(lower) && titleBeforePerson(parts, i)))
      ) {
        // "Dunmore Mayor Alice Brandt proposed ...": the title ends the town's name and makes the
        // words after it a person.
        close();
        from = -1;
        leadFrom = -1;
        afterTitle = true;
        lastTitle = lower;
        afterPlace = 0;
      } else if (from >= 0 && upper && plain && HEADLINE_VERBS.has(lower) && titleCase()) {
        // "Orrin Biosciences Announces Strategic ...": the headline's verb ends the company's name.
        close();
        from = -1;
        leadFrom = -1;
        afterTitle = false;
        afterPlace = 0;
      } else if (
        from < 0 &&
        upper &&
        plain &&
        COMPASS_WORDS.has(lower) &&
        i + 2 < parts.length &&
        PLACES.has(lookupForm(parts[i + 2] ?? ''))
      ) {
        // "A Northern Virginia contractor", "in Southern Ohio": a compass word before a place is
        // part of the place's name, no name of its own ("Northern Trust" has no place after it).
        leadFrom = -1;
        afterTitle = false;
        afterPlace = 0;
      } else if (from >= 0 && upper && plain && lower === 'local' && /^Schools?$/.test(parts[i + 2] ?? '')) {
        // "Harmon Local School District", "Brill Local Schools": an Ohio school district's name
        // holds "Local" ("Local" alone stays a word: "Local officials said").
        keep(lower, end, placeBefore);
      } else if (from >= 0 && upper && plain && lower === 'state' && opensName(parts[i + 2])) {
        // "Granite State Distribution", "Golden State Movers": "State" between two words of a
        // name is the name's (a state nickname); alone it stays a word ("State officials").
        keep(lower, end, placeBefore);
      } else if (
        from >= 0 &&
        upper &&
        plain &&
        !joined &&
        BODY_LEAD_WORDS.has(lower) &&
        BODY_WORDS.has(lookupForm(parts[i + 2] ?? '')) &&
        isUpperAscii((parts[i + 2] ?? '').charCodeAt(0)) &&
        !endsInPossessive(parts[i - 2] ?? '')
      ) {
        // "Tamsin Federal Services", "Corvane National Services": a body's opening word after a
        // name already begun, before a body's word, goes on with that name; it opens no body
        // ("Federal Services") of its own.
        keep(lower, end, placeBefore);
      } else if (
        (STOP.has(lower) && !(afterAmp && HOLIDAY_SET.has(lower))) ||
        (LEADING_ONLY.has(lower) && from < 0) ||
        PLACES.has(lower) ||
        (part.includes('-') && AFFILIATION.test(part))
      ) {
        // "The San Francisco-based company": the words the affiliation began with describe it too.
        if (part.includes('-') && AFFILIATION.test(part)) from = -1;
        close();
        // "Food and Drug Administration", "Federal Aviation ...": words that may open a body's
        // name, unless possessive or dotted ("Federal's") or after a title ("Secretary of State").
        const lead =
          !afterTitle &&
          lower.length === part.length &&
          (LEADING_ONLY.has(lower) || BODY_LEAD_WORDS.has(lower));
        leadFrom = lead ? (leadFrom >= 0 ? leadFrom : pos) : -1;
        from = -1;
        afterTitle = TITLE_SET.has(lower) || COMPANY_TITLES.has(lower);
        lastTitle = lower;
        afterPlace = PLACES.has(lower) ? 1 : 0;
        // "Cardiff" before "University": a one-word place may open an institution's name.
        if (plain && PLACES.has(lower) && !lower.includes(' ')) placeFrom = pos;
      } else {
        keep(lower, end, placeBefore);
      }
    }
    pos = end;
  }
  close();
  return out;
}

/**
 * "Principal Nora Quist": exactly two more words in the run, capitalised, the last no word that
 * ends a company's name ("Principal Financial Group" stays a company).
 */
function titleBeforePerson(parts: readonly string[], i: number): boolean {
  if (parts.length !== i + 5) return false;
  const given = parts[i + 2] ?? '';
  const surname = parts[i + 4] ?? '';
  return (
    /^\p{Lu}\p{Ll}+$/u.test(given) &&
    /^\p{Lu}\p{Ll}/u.test(surname) &&
    !ORG_TAIL_WORDS.has(lookupForm(surname)) &&
    !STOP.has(lookupForm(surname))
  );
}

/**
 * Does this next word open a name? A capitalised word that is no stopword, place, connector or
 * description word: "Airlines" after "American", "Cork" after "Co"; not "Layoffs" or "Canada".
 */
function opensName(next: string | undefined): boolean {
  if (!next) return false;
  const code = next.codePointAt(0) ?? 0;
  if (!(isUpperAscii(code) || (code > 0x7f && /\p{Lu}/u.test(String.fromCodePoint(code))))) return false;
  const lower = lookupForm(next);
  return !STOP.has(lower) && !PLACES.has(lower) && !LEADING_ONLY.has(lower) && !isConnector(next);
}

/**
 * A country that ends a name already begun (`words` long, its last word `prev`): after "of" any
 * place ("Bank of America", "University of Michigan", "Port of Seattle"); else a country's full name ("Sahel Mobile Nigeria", "ArcelorMittal
 * South Africa"), outside title-case headlines, where "Tech Layoffs Hit India" would make "Hit
 * India". A compass word alone is no name ("North Korea").
 */
function countryEndsName(
  lower: string,
  prev: string,
  words: number,
  joined: boolean,
  titleCase: () => boolean,
): boolean {
  if (joined) return PLACES.has(lower);
  const country = COMPASS_WORDS.has(prev) ? `${prev} ${lower}` : lower;
  if (!NAME_COUNTRIES.has(country) || (country !== lower && words < 2)) return false;
  return !titleCase();
}

/**
 * Sentence-initial single words need a subject cue to be a name ("Tesseract will ...", not "Typically,").
 * An apposition may open with another company's possessive: "GoTo, Tokopedia's former owner, ...".
 */
const SUBJECT_AFTER =
  /^(?:['’]s\b|\s*,\s+(?:the|a|an|which|who|founded|based|headquartered|owned|backed|once|now|whose|one\s+of)\b|\s*,\s+[A-Z][\w&.-]*['’]s\s+[a-z]|\s+\([^)]*\)|\s+(?:shares|stock|will|would|has|have|had|is|was|are|were|said|says|plans?|planned|to|announced|announces|confirmed|confirms|cut|cuts|cutting|laid|lays|laying|let|lets|letting|fired|fires|firing|slashed|slashes|slashing|shed|sheds|shedding|axed|axes|axing|trims|trimmed|trimming|eliminated|eliminates|eliminating|sacks|sacked|began|begins|followed|follows|joined|joins|unveiled|unveils|disclosed|discloses|revealed|reveals|dismissed|dismisses|started|starts|also|on|reportedly|could|may|might|did|does|expects|told|intends|must|layoffs|lay-offs|job\s+cuts|to\s+cut|to\s+lay|agreed|agrees|reached|signed|preparing|prepares|readies|readying|mulls|mulling|weighs|weighing|considers|considering)\b|\s+and\s+(?:the\s+|its\s+)?[A-Z])/;
/**
 * A list of names goes on after a sentence-initial word: "Pitchfork, Orla Media and Vox ...",
 * "Block, Stripe and the cost of ...". An adverb never opens one ("Fortunately, Kestrel and ...").
 */
/**
 * "Halvard CEO Mira Osk told staff ...", "Quillon co-founder Ada Brenn wrote": a company's title and
 * a person's name after a sentence-initial word make that word the company the person heads, the
 * company the sentence is about.
 */
const HEAD_TITLE_AFTER =
  /^\s+(?:CEO|Co-CEO|co-CEO|[Cc]hief\s+[Ee]xecutive|(?:[Cc]o-?)?[Ff]ounder|[Cc]hair(?:man|woman)|[Pp]resident|[Bb]oss)\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u;
const LIST_AFTER = /^\s*,\s+[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*)*(?:,|\s+(?:and|or|&)\s)/;
const ADVERB = /ly$/;

/**
 * Where a clause starts as a sentence does: after a semicolon, colon, bullet or line break. A lone
 * capitalised word there is often an imperative or a heading word ("...: Close a facility; Lay off
 * 50 workers"), so it needs the same subject cue as a sentence-initial word.
 */
const CLAUSE_START_AT = /(?<=(?:^|[;:•\n]|^\s*\d+\.|^\s*date\s+\d{4}-\d{2}-\d{2}\s)\W*)/y;
/**
 * A dateline: "SANTIAGO (Andes Wire) – Chilean carrier ...", "PORT ELLIS, Ont. -- ...", "HALDEN,
 * Norway, May 2 — ...", and a press release's "DURHAM, N.C., March 4, 2025 (GLOBE NEWSWIRE) --"
 * or "BOISE, Idaho, Jan. 8, 2025 /PRNewswire/ --". The town, written in capitals, opens its line;
 * a region, a date (with its year), the agency in brackets or the wire between slashes, and a
 * dash may follow. The town only says where the story was filed: the employer is named after the
 * dash. A ticker in the brackets ("VANTEC (NASDAQ: VNTC) –") makes the name the company's. (The
 * location parser reads the same shape for known places.)
 */
const DATELINE_TOWN = /^[\p{Lu}\d][\p{Lu}\d\s.'’&-]*$/u;
const LINE_OPEN_AT = /(?<=(?:^|\n)[^\S\n]*(?:date\s+\d{4}-\d{2}-\d{2}\s+)?)/y;
const DATELINE_AFTER =
  /^(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*)?(?:,?\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\([^):\n]*\)\s*|\/[^/\n]{2,30}\/\s*)?(?:[—–]|-{1,2})\s/u;
/**
 * "SANTIAGO (Andes Wire) –": the name in brackets after a dateline's town is the agency, a source;
 * so is the capitalised part of a joint agency's name ("HAMBURG (dpa-AFX) –" names "AFX").
 */
const DATELINE_AGENCY_BEFORE_AT =
  /(?<=(?:^|\n)[^\S\n]*(?:date\s+\d{4}-\d{2}-\d{2}\s+)?\p{Lu}[\p{Lu}.'’-]*(?:\s+\p{Lu}[\p{Lu}.'’-]*)*(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*)?(?:,?\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*\(\s*(?:\p{Ll}+-)?)/uy;

/** Is the name at offset a dateline's town ("SANTIAGO" before "(Andes Wire) –")? */
function isDatelineTown(text: string, name: string, offset: number): boolean {
  return (
    DATELINE_TOWN.test(name) &&
    /\p{Lu}{2}/u.test(name) &&
    testAt(LINE_OPEN_AT, text, offset) &&
    DATELINE_AFTER.test(text.slice(offset + name.length))
  );
}

/** Is the name at offset the agency in a dateline's brackets ("(Andes Wire)")? */
function isDatelineAgency(text: string, offset: number): boolean {
  // Only a name right after "(" (or after "(dpa-") can be one; the lookbehind runs for those alone.
  let i = offset - 1;
  if (text.charCodeAt(i) === HYPHEN) {
    i--;
    while (i >= 0 && text.charCodeAt(i) >= 0x61 && text.charCodeAt(i) <= 0x7a) i--;
  }
  while (i >= 0 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i--;
  return text.charCodeAt(i) === 0x28 && testAt(DATELINE_AGENCY_BEFORE_AT, text, offset);
}

/**
 * "Written by Mira Sen | Tarnpur |", "By Jo Hale, Staff Writer": a byline names its writer, the
 * town filed from and the outlet, never an employer (but for the writer's own company, below).
 * Short and with no full stop, unlike "By March, Orvane will cut 200 jobs."
 */
const BYLINE_OPEN = /^\s*(?:(?:Written|Reported|Words|Story)\s+)?[Bb]y\s+\p{Lu}/u;
const BYLINE_MAX_CHARS = 100;
/** "By Mira Sen, co-founder and CEO of Orvane": the writer's own company is named after "of" or "at". */
const OF_OR_AT_BEFORE_AT = /(?<=\b(?:of|at)\s+)/y;

function isBylineLine(line: string): boolean {
  return (
    line.length <= BYLINE_MAX_CHARS && BYLINE_OPEN.test(line) && !testAt(SENTENCE_END_AT, line, line.length)
  );
}

/** Caption and credit lines ("Photo: Jane Roe/Agency via Getty Images") name people, not employers. */
const CREDIT_LINE = /^\s*(?:photo|image|picture|credit|file\s+photo|video|illustration)s?\b\s*[:|-]/i;

/** The line of the sentence that holds offset (sentences may span a caption line and a paragraph). */
function lineOf(text: string, offset: number): string {
  const from = text.lastIndexOf('\n', offset - 1) + 1;
  const to = text.indexOf('\n', offset);
  return text.slice(from, to === -1 ? text.length : to);
}

/** Share of capitalised words above which a line is a headline or heading ("Tech Giant Cuts Jobs"). */
const TITLE_CASE_SHARE = 0.6;
const TITLE_CASE_MIN_WORDS = 2;
/** A line that ends as a sentence does ("... jobs." / "... cuts?”"), tested at the line's end. */
const SENTENCE_END_AT = /(?<=[.!?]["”’]?\s*)/y;

/** The last line asked about and its answer: the names of one sentence mostly share their line. */
let titleCaseMemo: { line: string; value: boolean } | null = null;

function isTitleCaseLine(line: string): boolean {
  if (titleCaseMemo?.line === line) return titleCaseMemo.value;
  const value = titleCaseShare(line);
  titleCaseMemo = { line, value };
  return value;
}

/** [\w’'-]: what may follow the first letter of a word that titleCaseShare counts. */
function continuesLineWord(code: number): boolean {
  return (
    isAsciiLetter(code) ||
    (code >= 0x30 && code <= 0x39) ||
    code === UNDERSCORE ||
    code === APOSTROPHE ||
    code === RIGHT_QUOTE ||
    code === HYPHEN
  );
}

function titleCaseShare(line: string): boolean {
  // A line that ends as a sentence does is no heading, whatever its words (most body lines).
  if (testAt(SENTENCE_END_AT, line, line.length)) return false;
  // The words of /[A-Za-z][\w’'-]*/g, scanned by hand without a match object per word: a word
  // starts at an ASCII letter and runs over [\w’'-] ("Half", "co-founder", "Byju’s").
  let long = 0;
  let capitalised = 0;
  const n = line.length;
  for (let i = 0; i < n;) {
    const first = line.charCodeAt(i);
    if (!isAsciiLetter(first)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && continuesLineWord(line.charCodeAt(j))) j++;
    if (j - i >= 4) {
      long++;
      if (isUpperAscii(first)) capitalised++;
    }
    i = j;
  }
  if (long < TITLE_CASE_MIN_WORDS) return false;
  return capitalised / long >= TITLE_CASE_SHARE;
}

/** Characters of body text (outside the headline's line) below which a text is taken as a headline alone. */
const BODY_MIN_CHARS = 200;
/** Capitalised words from a position, joined by single spaces or "&": "Valley Regional Transit's". */
const CAPITALISED_RUN_AT = /\p{Lu}[\p{L}\p{N}'’.&-]*(?:[^\S\n](?:&[^\S\n])?\p{Lu}[\p{L}\p{N}'’.&-]*)*/uy;

/**
 * Does the article write the name of a title-case headline again in a line of its body? Only a
 * run that starts where the name does counts, and one of them must open the other: "Orvane" or
 * "Orvane Labs Inc" for "Orvane Labs", but not "Wagga Wagga" for "Wagga Homes". A text with
 * (almost) no body beside the line is not judged.
 */
function namedInBody(ctx: ExtractionContext, name: string, at: number): boolean {
  const memo = namedInBodyMemo(ctx);
  const from = ctx.text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = ctx.text.indexOf('\n', at);
  const to = lineEnd < 0 ? ctx.text.length : lineEnd;
  const key = `${from}:${name}`;
  let value = memo.get(key);
  if (value === undefined) {
    value = ctx.text.length - (to - from) < BODY_MIN_CHARS || findsNameInBody(ctx.text, name, from, to);
    memo.set(key, value);
  }
  return value;
}

/** Per article: whether the body names a headline's run, by the run's line start and name. */
const namedInBodyMemo = perArticle((): Map<string, boolean> => new Map());

function findsNameInBody(text: string, name: string, from: number, to: number): boolean {
  const words = name.split(/\s+/);
  const first = words[0] ?? '';
  if (first === '') return true;
  for (let i = text.indexOf(first); i >= 0; i = text.indexOf(first, i + 1)) {
    if (i >= from && i < to) continue;
    // The run must start here: "Ohio Valley" holds no name "Valley".
    if (i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1] ?? '')) continue;
    if (i > 1 && text[i - 1] === ' ' && joinsNameBefore(wordBefore(text, i - 1))) continue;
    CAPITALISED_RUN_AT.lastIndex = i;
    const run = CAPITALISED_RUN_AT.exec(text)?.[0] ?? '';
    const runWords = canonicalName(run).split(/\s+/);
    const n = Math.min(runWords.length, words.length);
    let same = n > 0;
    for (let k = 0; k < n && same; k++) same = runWords[k] === words[k];
    if (!same) continue;
    // A heading that holds the name alone ("Orvane Labs" over its paragraph) names it as a body does.
    const line = lineOf(text, i);
    if (!isTitleCaseLine(line) || line.trim() === run) return true;
  }
  return false;
}

/** The word that ends at `end` (exclusive), or ''. */
function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && /[\p{L}\p{N}'’.&-]/u.test(text[i - 1] ?? '')) i--;
  return text.slice(i, end);
}

/** A capitalised word that is no stopword ("Ohio", not "The") makes the name after it part of its run. */
function joinsNameBefore(word: string): boolean {
  return /^\p{Lu}/u.test(word) && !STOP.has(lookupForm(word));
}

/** Every word of the name also appears in lower case in the article ("Notices" / "notice"). */
function isCommonWordHere(ctx: ExtractionContext, name: string): boolean {
  if (!ctx.lowercaseWords) return false;
  // The answer depends only on the article and the name ("Amazon" is asked about in many
  // sentences), so it is kept per article.
  let memo = commonWordMemo.get(ctx);
  if (!memo) {
    memo = new Map();
    commonWordMemo.set(ctx, memo);
  }
  let value = memo.get(name);
  if (value === undefined) {
    value = allWordsWrittenLower(ctx, name);
    memo.set(name, value);
  }
  return value;
}

const commonWordMemo = new WeakMap<ExtractionContext, Map<string, boolean>>();

function allWordsWrittenLower(ctx: ExtractionContext, name: string): boolean {
  const words = name.split(/\s+/).map((t) => t.toLowerCase());
  // Each form looked up below ("notices", "notice", "notic", "noticess") starts with the shortest
  // one, and a word of the article is a piece of its text: when the text does not hold that piece
  // at all ("veltrix"), the word is not there, and the article's word set need not be built.
  for (const w of words) {
    const shortest = w.endsWith('es') ? w.slice(0, -2) : w.endsWith('s') ? w.slice(0, -1) : w;
    if (!ctx.text.includes(shortest)) return false;
  }
  const lower = ctx.lowercaseWords?.();
  if (!lower) return false;
  return words.every(
    (w) =>
      lower.has(w) ||
      lower.has(w.endsWith('s') ? w.slice(0, -1) : w) ||
      lower.has(w.endsWith('es') ? w.slice(0, -2) : w) ||
      lower.has(`${w}s`),
  );
}

function isAllStop(text: string): boolean {
  return text.split(/\s+/).every((t) => STOP.has(t.toLowerCase().replace(/['’]s$/, '')));
}

/**
 * Capitalised names that are not stopwords, places or people: "Veltrix", "Corbel Steel",
 * "Department for Work and Pensions", "Byju's". Outlets are kept but marked as sources.
 */
export const capitalisedNameParser: Parser = {
  name: 'CapitalisedNameParser',
  pattern: () => NAME_RE,
  extract(ctx, s, m) {
    const out: Candidate[] = [];
    // Whether the run's line is a title-case headline, asked only when a country may end a name.
    const titleCase = (): boolean => isTitleCaseLine(lineOf(s.text, m.index));
    for (const found of outletRun(m[0], m.index) ?? segmentRun(m[0], m.index, titleCase)) {
      // "Challenger, Gray & Christmas": a tracker whose name holds a comma is one source.
      const tracker = trackerAt(s, found.offset);
      if (tracker !== null && tracker.name === '') {
        // "... Gray & Christmas and Ardent Partners": what follows the tracker in the run is joined
        // to a source, so it is a source too.
        const rest = found.text.slice(tracker.end - found.offset);
        const joined = /^\s+(?:and|&)\s+/.exec(rest);
        if (!joined) continue;
        const offset = tracker.end + joined[0].length;
        const c = nameCandidate(ctx, s, rest.slice(joined[0].length), offset);
        if (c?.kind === 'company')
          out.push({ ...c, value: { ...c.value, source: true }, rule: 'company:capitalised:source' });
        continue;
      }
      if (tracker) {
        out.push(trackerCandidate(ctx, s, tracker.name, found.offset));
        continue;
      }
      const seg = ownerBeforeWorkplace(s, withNumber(s, found, m.index + m[0].length));
      // Only "Department", "Ministry" or "Office" can open a ministry named by a list.
      const listName = BODY_INITIALS.has(s.text.charCodeAt(seg.offset))
        ? BODY_WITH_LIST.exec(s.text.slice(seg.offset))
        : null;
      if (listName && listName[0].length > seg.text.length) {
        const c = nameCandidate(ctx, s, listName[0], seg.offset);
        if (c) out.push(c);
        continue;
      }
      // "Around 60 posts would go from the Faculty of Law and Letters, the university said": a
      // faculty, school or department of the institution the sentence names is a unit of that
      // employer, not an employer of its own (the whole run, "and Letters" too).
      if (isUnitOfInstitution(s, seg)) continue;
      // "according to Vale and Orne": the names joined to a source are sources too, and "in
      // Ontario and Quebec": the names joined to a place are places.
      let sourceRun = false;
      let placeRun = false;
      for (const part of splitAtAnd(seg.text, seg.offset, s.text)) {
        if (placeRun || isPlaceAt(ctx, s, part.text, part.offset)) {
          placeRun = true;
          continue;
        }
        const c = possessiveUnit(ctx, s, part) ?? nameCandidate(ctx, s, part.text, part.offset);
        if (c?.kind === 'company' && sourceRun && !c.value.source) {
          out.push({ ...c, value: { ...c.value, source: true }, rule: 'company:capitalised:source' });
          continue;
        }
        if (c?.kind === 'company' && c.value.source) sourceRun = true;
        if (c) out.push(c);
      }
    }
    return out;
  },
};

/**
 * "rival station Metro 24 laid off about 30 staff", "Channel 9's owner said": a short number right
 * after a name, before its verb or possessive, ends the name. A number before a count noun stays
 * a count ("Kestrel 300 jobs to go" has no verb after the number).
 */
const NUMBER_IN_NAME_AFTER =
  /^ (\d{1,3})(?![\d,.%])(?=['’]s\b|\s+(?:is|was|has|had|have|will|would|said|says|announced|announces|confirmed|plans|planned|also|laid|lays|cut|cuts|shed|sheds|eliminated|eliminates|axed|slashed|trimmed|fired|let)\b)/;
/** "laid off", "cut", "fired": after a bare number these may be its passive ("Kestrel 300 laid off"). */
const PARTICIPLE_AFTER_NUMBER = /^\s+(?:laid|cut|shed|eliminated|axed|slashed|trimmed|fired|let)\b/;

/**
 * The segment with the number that ends its name ("Metro 24"), when the segment ends its run and
 * such a number follows. Before a verb that may be the number's own passive ("laid off"), the
 * sentence must hold another figure after it for the count.
 */
function withNumber(
  s: Sentence,
  found: { text: string; offset: number },
  runEnd: number,
): { text: string; offset: number } {
  const end = found.offset + found.text.length;
  if (end !== runEnd || s.text.charCodeAt(end) !== 0x20) return found;
  const rest = s.text.slice(end);
  const m = NUMBER_IN_NAME_AFTER.exec(rest);
  if (!m) return found;
  const after = rest.slice(m[0].length);
  if (PARTICIPLE_AFTER_NUMBER.test(after) && !/\d/.test(after)) return found;
  return { text: found.text + m[0], offset: found.offset };
}

/**
 * "Sony's Bungie laid off 8%": a company's possessive before a name makes the name its unit. Null
 * when the run holds no possessive before a name, or when what follows is only a legal form or a
 * company word ("McDonald's Corp", "Lowe's Companies", "Sainsbury's Bank" stay one name). When one
 * side is no company (a person: "Kestrel's Dana Whitfield"), the other side stands alone.
 */
function possessiveUnit(
  ctx: ExtractionContext,
  s: Sentence,
  part: { text: string; offset: number },
): Candidate | null {
  const m = POSSESSIVE_INSIDE.exec(part.text);
  if (!m) return null;
  const rest = part.text.slice(m.index + m[0].length);
  const restLower = lookupForm(rest);
  if (
    !/\s/.test(rest) &&
    (ORG_TAIL_WORDS.has(restLower) || LEGAL_FORM_WORDS.has(restLower) || restLower === 'companies')
  )
    return null;
  const ownerText = part.text.slice(0, m.index + m[0].trimEnd().length);
  // "Fort Wayne's Tri-Vale Plastics": a town's possessive places the company; it owns nothing.
  const owner = TOWN_NAME.test(canonicalName(ownerText))
    ? null
    : nameCandidate(ctx, s, ownerText, part.offset);
  // "Halvorsen Steel's Dutch arm", "Orvane's German unit": a nation's adjective describes a part
  // of the owner; it names no unit.
  if (!/\s/.test(rest) && LEADING_ONLY.has(restLower)) return owner;
  const unit = nameCandidate(ctx, s, rest, part.offset + m.index + m[0].length);
  if (owner?.kind !== 'company' || owner.value.source) return unit;
  if (unit?.kind !== 'company' || unit.value.source) return owner;
  const start = s.start + part.offset;
  return {
    ...owner,
    span: makeSpan(ctx.text, start, start + part.text.length),
    value: { ...owner.value, unit: unit.value.name },
    rule: 'company:possessive-unit',
  };
}

/**
 * An outlet's name that holds a stopword ("Business Insider", "The Wall Street Journal") is one
 * name: split at its stopword it would become "Insider" or "Journal". Only runs of two words or
 * more are looked up.
 */
function outletRun(raw: string, offset: number): { text: string; offset: number }[] | null {
  if (raw.indexOf(' ') < 0) return null;
  const the = raw.startsWith('The ') ? 4 : 0;
  const text = raw.slice(the);
  return OUTLET_SET.has(lookupForm(text)) ? [{ text, offset: offset + the }] : null;
}

/** Tracker names that hold a comma, so a run of capitalised words never covers them whole. */
const COMMA_TRACKERS = TRACKERS.filter((t) => t.includes(', '));
/** Where, in each of those names, a part after a comma starts ("Gray" in "Challenger, Gray & ..."). */
const TRACKER_PART_STARTS = COMMA_TRACKERS.map((t) => {
  const starts: number[] = [];
  for (let i = t.indexOf(', '); i >= 0; i = t.indexOf(', ', i + 1)) starts.push(i + 2);
  return starts;
});
/**
 * The comma-holding tracker name that starts at offset, with where it ends in the sentence; a
 * name of '' when offset is a later part of one ("Gray & Christmas" after "Challenger, "); or null.
 */
function trackerAt(s: Sentence, offset: number): { name: string; end: number } | null {
  const first = s.text.charCodeAt(offset);
  for (let k = 0; k < COMMA_TRACKERS.length; k++) {
    const t = COMMA_TRACKERS[k] ?? '';
    if (t.charCodeAt(0) === first && s.text.startsWith(t, offset)) return { name: t, end: offset + t.length };
    // A later part follows ", ": only then can it sit inside a tracker name.
    if (offset < 2 || s.text.charCodeAt(offset - 2) !== COMMA) continue;
    for (const start of TRACKER_PART_STARTS[k] ?? [])
      if (offset >= start && s.text.startsWith(t, offset - start))
        return { name: '', end: offset - start + t.length };
  }
  return null;
}

function trackerCandidate(ctx: ExtractionContext, s: Sentence, name: string, offset: number): Candidate {
  const start = s.start + offset;
  return {
    kind: 'company',
    span: makeSpan(ctx.text, start, start + name.length),
    sentenceIndex: s.index,
    value: { name, unit: null, via: 'name', source: true },
    stated: 'stated',
    rule: 'company:capitalised:source',
  };
}

/**
 * Workplaces a company names by their town: "its Pittsburgh office", "Marlbrook Foods' Dayton
 * plant", "the company's Utica campus", "its Tacoma craft brewery". Up to two words may describe
 * the workplace ("its Dayton assembly plant").
 */
const WORKPLACE_AFTER =
  /^\s+(?:[a-z-]+\s+){0,2}?(?:plants?|offices?|factory|factories|brewery|breweries|depots?|hubs?|campus(?:es)?|sites?|stores?|shops?|warehouses?|headquarters|HQ|studios?|mills?|facility|facilities|base|bakery|bakeries|branch(?:es)?|cent(?:re|er)s?|labs?|yards?|shipyard|refinery|smelter|mines?|shafts?|operations?|works|outlets?)\b/;
/**
 * "shut both paper machines at Holmbury", "the smelter near Karsvik": a name after "at", "near" or
 * "outside" that follows a plant, a site or its machinery is the town it stands in. Shops, offices
 * and operations are left out: "stores at Kestrel", "operations at Kestrel" may name the company.
 * Tested with testAt.
 */
const SITE_AT_BEFORE_AT =
  /(?<=\b(?:plants?|mills?|factory|factories|brewery|breweries|depots?|sites?|warehouses?|facility|facilities|bakery|bakeries|yards?|shipyards?|refinery|refineries|smelters?|mines?|works|machines|(?:production|assembly|bottling|packing)\s+lines?|furnaces?|kilns?)\s+(?:at|near|outside)\s+)/y;
/** "its ", "their ", "Acme's ", "Marlbrook Foods' " before a workplace's town. Tested with testAt. */
const POSSESSIVE_BEFORE_AT = /(?<=(?:\b(?:its|their|our|his|her)|\w['’]s?)\s+)/y;
/** A word of a run that ends in a possessive ("Foods'", "Kessel's"), with what follows it. */
const POSSESSIVE_INSIDE = /['’]s?\s+(?=[A-Z])/;

/**
 * "Marlbrook Foods' Dayton plant": a run that holds a possessive and goes on to a workplace is its
 * owner, up to the possessive, and then the workplace's town; only the owner is kept.
 */
function ownerBeforeWorkplace(
  s: Sentence,
  seg: { text: string; offset: number },
): { text: string; offset: number } {
  const quote = seg.text.search(POSSESSIVE_INSIDE);
  if (quote < 0) return seg;
  if (!WORKPLACE_AFTER.test(s.text.slice(seg.offset + seg.text.length))) return seg;
  const end = seg.text.charCodeAt(quote + 1) === LOWER_S ? quote + 2 : quote + 1;
  return { text: seg.text.slice(0, end), offset: seg.offset };
}

/**
 * "in Exeter", "In Ontario": a name right after "in" is where something happens; so is one after
 * "the outskirts of" ("a plant on the outskirts of Eastvale") or "across" / "throughout", with or
 * without "the" ("schools in villages across Tarnshire", "Studios across Bellmoor have been
 * trimming staff", "Lenders throughout the Harrow Valley"). Tested with testAt.
 */
const IN_BEFORE_AT =
  /(?<=\b(?:[Ii]n|(?:outskirts|suburbs|edge)\s+of|(?:[Aa]cross|[Tt]hroughout)(?:\s+the)?)\s+)/y;
/**
 * "on Eastvale's south side", "Dunford's downtown", "Brannock's outskirts": a possessive before a
 * part of a town is the town's. Run on what follows the name, with or without its "'s".
 */
const PART_OF_TOWN_AFTER =
  /^(?:['’]s?)?\s+(?:(?:far\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+(?:side|end|edge|suburbs|outskirts)|downtown|outskirts|suburbs|waterfront|riverfront|(?:city|town)\s+(?:cent(?:re|er)|limits))\b/i;
/**
 * "in the Tamsin Valley area", "across the Harrow region", "suppliers in the Orla valley": a name
 * between a preposition with "the" and a word for an area or a landform is the area's name. Run on
 * what follows the name (AREA_AFTER) and at the name's offset (IN_THE_BEFORE_AT).
 */
const AREA_AFTER =
  /^\s+(?:(?:metro(?:politan)?|industrial|business|trading|economic|enterprise)\s+)?(?:area|region|metro|metroplex|valley|basin|delta|peninsula|estate|zone)\b/;
const IN_THE_BEFORE_AT =
  /(?<=\b(?:[Ii]n|[Aa]cross|[Tt]hroughout|[Aa]round|near|outside|within|from)\s+the\s+)/y;
/**
 * "close 22 branches in the Marianas and let go of 150", "across the Lowlands,": one word after
 * "in the" that ends its phrase is a region's name. Tested with testAt, and on what follows.
 */
const IN_THE_REGION_BEFORE_AT = /(?<=\b(?:[Ii]n|[Aa]cross|[Tt]hroughout|[Aa]round)\s+[Tt]he\s+)/y;
const PHRASE_END_AFTER = /^\s*(?:[,.;:)]|(?:and|or)\s|$)/;
/** The same in a title-case headline, whose small words are capitalised: "Cuts Around The Dales In May". */
const TITLE_PHRASE_END_AFTER = /^\s*(?:[,.;:)]|(?:[Aa]nd|[Oo]r|In|On|At|As|After|Amid|For)\s|$)/;
/**
 * ", Texas," / ", Ky." / ", Ont. (": a state or province right after a name, as news writes a town
 * ("plants in Dunford, Ohio, and Calloway, Texas, ..."). The state must end the phrase (a comma,
 * a stop, a bracket, a dash or a lowercase word follow), so that "Vermont Teddy" or "Texas-based"
 * stay what they are.
 */
const STATE_AFTER = new RegExp(
  `^,[^\\S\\n]+(?:${matchAny([...US_STATES, ...STATE_ABBREVIATIONS, 'ontario', 'quebec', 'alberta', 'british columbia'])})(?=[,;)]|\\.(?!\\w)|[^\\S\\n]+[a-z(—–]|[^\\S\\n]+-|$)`,
  'i',
);
/**
 * The towns an article files from, by its dateline ("DUNFORD, Md. (WDFR) —", "CALLOWAY —"),
 * lower-cased; one scan per article, on first use. Elsewhere in that article the town before a
 * workplace, a trade or a job noun ("as Dunford cabinet plant shuts", "A Dunford cabinet maker",
 * "210 Dunford jobs cut") is a place: the employer is named apart.
 */
const DATELINE_LINE =
  /^[^\S\n]*(?:date\s+\d{4}-\d{2}-\d{2}\s+)?(\p{Lu}[\p{Lu}.'’&-]*(?:[^\S\n]+\p{Lu}[\p{Lu}.'’&-]*)*)(?=[,(—–-]|[^\S\n]+[(—–-])/gmu;
/** " jobs", " workers": a job noun right after a name ("210 Dunford jobs"). */
const TOWN_JOBS_AFTER = /^\s+(?:jobs?|roles?|positions?|posts|workers?|employees|staff)\b/;
const datelineTowns = perArticle((ctx): ReadonlySet<string> => {
  const found = new Set<string>();
  for (const m of ctx.text.matchAll(DATELINE_LINE)) {
    const town = m[1] ?? '';
    if (isDatelineTown(ctx.text, town, m.index + m[0].length - town.length)) found.add(town.toLowerCase());
  }
  return found;
});

/** "at ", "near " right before a name. Tested with testAt. */
const AT_BEFORE_AT = /(?<=\b(?:at|near)\s+)/y;
/** " plant", " assembly plant", " site": a workplace right after a name, at most one word between. */
const TOWN_WORKPLACE_AFTER =
  /^\s+(?:[a-z-]+\s+)?(?:plant|factory|mill|site|works|depot|warehouse|facility|smelter|refinery|mine|shipyard|bakery|brewery)\b/;
/** "a stake in Orvia", "invested in Kessel": after these, "in" leads to a company. Tested with testAt. */
const OWNERSHIP_IN_BEFORE_AT = /(?<=\b(?:stakes?|shares|holdings?|invest\w*|interest|merger|deal)\s+in\s+)/iy;

/**
 * Is this name a place by its position? "at its Pittsburgh office" (a town between an owner and a
 * workplace), "closed its base in Exeter", "jobs in Ontario" (a name after "in" that the lexicon
 * does not know as a company), "paper machines at Holmbury" (after a site and "at"). "Acme's"
 * after "in" or "at" owns what follows ("in Acme's sales team").
 */
function isPlaceAt(ctx: ExtractionContext, s: Sentence, text: string, offset: number): boolean {
  const tail = s.text.slice(offset + text.length, offset + text.length + 40);
  if (WORKPLACE_AFTER.test(tail) && testAt(POSSESSIVE_BEFORE_AT, s.text, offset)) return true;
  if (PART_OF_TOWN_AFTER.test(tail)) return true;
  if (AREA_AFTER.test(tail) && testAt(IN_THE_BEFORE_AT, s.text, offset)) return true;
  if (
    !/\s/.test(text) &&
    testAt(IN_THE_REGION_BEFORE_AT, s.text, offset) &&
    (PHRASE_END_AFTER.test(tail) ||
      (TITLE_PHRASE_END_AFTER.test(tail) && isTitleCaseLine(lineOf(s.text, offset))))
  )
    return true;
  // "Calloway, Texas, assembly lines": a one-word name (or one in capitals) with its state is a town.
  if (
    tail.charCodeAt(0) === COMMA &&
    (!/\s/.test(text) || text === text.toUpperCase()) &&
    STATE_AFTER.test(tail)
  )
    return true;
  // "as Dunford cabinet plant shuts", "210 Dunford jobs" in an article filed from DUNFORD: the
  // town's workplace, the town's jobs.
  if (
    (WORKPLACE_AFTER.test(tail) || TRADE_NOUN_AFTER.test(tail) || TOWN_JOBS_AFTER.test(tail)) &&
    datelineTowns(ctx).has(text.toLowerCase())
  )
    return true;
  // "retrenchment notice at Dunford plant", "jobs go at Kelso site": one word between "at" and a
  // workplace, with neither a possessive nor "the", is the town the workplace stands in (a
  // company's would be "at Kestrel's plant"). Names the unit lexicon knows stay companies.
  if (
    !/\s/.test(text) &&
    TOWN_WORKPLACE_AFTER.test(tail) &&
    testAt(AT_BEFORE_AT, s.text, offset) &&
    !unitRegex(ctx.units).byAlias.has(text)
  )
    return true;
  const siteAt = testAt(SITE_AT_BEFORE_AT, s.text, offset);
  if (!siteAt && (!testAt(IN_BEFORE_AT, s.text, offset) || testAt(OWNERSHIP_IN_BEFORE_AT, s.text, offset)))
    return false;
  const n = text.length;
  const possessive =
    isQuote(tail.charCodeAt(0)) ||
    isQuote(text.charCodeAt(n - 1)) ||
    (text.charCodeAt(n - 1) === LOWER_S && isQuote(text.charCodeAt(n - 2)));
  if (possessive) return false;
  return !unitRegex(ctx.units).byAlias.has(text);
}

/** "Faculty of Law", "School of Nursing": the head word of a part of a university or college. */
const INSTITUTION_UNIT_HEAD =
  /^(?:Faculty|School|College|Department|Institute|Division|Directorate)\s+(?:of|for)\s/;
/** "the university", "Dunmore College's": the sentence names one institution (not "universities"). */
const INSTITUTION_WORD = /\b(?:[Uu]niversity|[Cc]ollege)\b/;

/**
 * "the Faculty of Law and Letters", "the School of Nursing", with "the university" or "Brackley
 * College" elsewhere in the sentence: a part of the institution, so a unit of the employer. The
 * institution must be named in the same sentence, singular, outside the part's own name, so that
 * "the Department of Education" in a story about universities stays a body of its own.
 */
function isUnitOfInstitution(s: Sentence, seg: { text: string; offset: number }): boolean {
  if (!INSTITUTION_UNIT_HEAD.test(seg.text) || !testAt(THE_BEFORE_AT, s.text, seg.offset)) return false;
  return INSTITUTION_WORD.test(s.text.slice(0, seg.offset) + s.text.slice(seg.offset + seg.text.length));
}

/** "Department for Environment, Food and Rural Affairs": a ministry named by a list of its areas. */
const BODY_WITH_LIST =
  /^(?:Department|Ministry|Office)\s+(?:for|of)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?:,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)+,?\s+and\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*/;

/** First letters of the words BODY_WITH_LIST starts with. */
const BODY_INITIALS = new Set(['Department', 'Ministry', 'Office'].map((w) => w.charCodeAt(0)));

/** Bodies whose own name holds "and": "Department for Work and Pensions", "Procter and Gamble". */
const AND_IN_NAME = /^(?:Department|Ministry|Office|Inland|Bank|Board|Procter|Johnson|Marks|Standard)\b/;

/**
 * A body named by its areas: "Centers for Disease Control and Prevention", "National Institutes
 * of Health and ...": a head word, then "of"/"for" before the "and".
 */
const BODY_HEAD_OF =
  /^(?:[A-Z][\w’'.-]*\s+){0,2}(?:Centers?|Centres?|Department|Ministry|Office|Bureau|Institutes?|Agency|Administration|Commission|Council|Board|Authority|Services?)\s+(?:of|for)\s/;
/** A body's name ends in its head word: "Food and Drug Administration", "Fish and Wildlife Service". */
const BODY_TAIL =
  /\s(?:Department|Administration|Agency|Services?|Bureau|Commission|Institutes?|Cent(?:er|re)s?|Office|Authority|Board|Council|Ministry)$/;

/**
 * Is the "and" of text inside one body's name? "Food and Drug Administration" (one word, "and",
 * a name ending in a head word); "Centers for Medicare and Medicaid Services" and "Centers for
 * Disease Control and Prevention" (head "for" areas, where what follows the last "and" is one word
 * or ends in a head word). "Bank of America and Wells Fargo"-like pairs of two full names split.
 */
function andInsideBody(text: string): boolean {
  const lastAnd = text.lastIndexOf(' and ');
  const after = text.slice(lastAnd + 5);
  const tail = BODY_TAIL.test(text);
  if (tail && /^[A-Z][\w’'-]*\s+and\s/.test(text)) return true;
  return BODY_HEAD_OF.test(text) && (tail || !/\s/.test(after));
}

/** Two single words joined by "and": "Think and Learn", "Kestrel and Dunlin". */
const WORD_AND_WORD = /^[^\s]+\s+and\s+[^\s]+$/;
/**
 * After a pair, what makes it one subject: a singular verb ("... is", "... has") or "said it",
 * possibly after an apposition ("Think and Learn, which operates the Byju's brand, said it would
 * cut 2,500 jobs"). Two companies would be "they".
 */
const SINGULAR_SUBJECT_AFTER =
  /^(?:\s*,[^,;]{1,80},)?\s+(?:is|was|has|(?:said|says|announced|confirmed)\s+(?:(?:on|in|last|this)\s+\w+\s+)?(?:that\s+)?it)\b/;

/**
 * "Kestrel and Dunlin" are two names; each keeps its own offset. Two words joined by "and" that the
 * sentence then treats as one subject ("Think and Learn ... said it would cut") are one name.
 */
function splitAtAnd(text: string, offset: number, sentence: string): { text: string; offset: number }[] {
  if (!/\sand\s/.test(text) || AND_IN_NAME.test(text) || andInsideBody(text)) return [{ text, offset }];
  if (WORD_AND_WORD.test(text) && SINGULAR_SUBJECT_AFTER.test(sentence.slice(offset + text.length)))
    return [{ text, offset }];
  const out: { text: string; offset: number }[] = [];
  let from = 0;
  for (const m of text.matchAll(/\s+and\s+/g)) {
    out.push({ text: text.slice(from, m.index), offset: offset + from });
    from = m.index + m[0].length;
  }
  out.push({ text: text.slice(from), offset: offset + from });
  return out.filter((p) => p.text.length > 0);
}

/**
 * Unions speak for workers; they are not the employer that cuts: "57 members of the Harbour
 * Press Guild", "the Transport Workers Union said". A credit union is a lender, so it stays.
 */
const UNION_NAME =
  /(?<!\bCredit)\s(?:Guild|Unions?|Federation|Confederation|Congress)$|\s(?:Workers|Employees)$/;

/**
 * "the National Union of Cabin Crew Selandia": the words after a union's "Union of" finish the
 * union's own name (the run is split at "of"), a source like the union, never an employer.
 * Tested with testAt.
 */
const UNION_OF_BEFORE_AT = /(?<=\b(?:Union|Federation|Confederation|Guild|Brotherhood)\s+of\s+(?:the\s+)?)/y;

/**
 * "NewsGuild-CWA", "IBEW-UAW": two unions joined by a hyphen name a union and the federation it
 * belongs to, a source like either of them.
 */
function isUnionPair(lower: string): boolean {
  const dash = lower.indexOf('-');
  if (dash < 0) return false;
  const parts = lower.split('-');
  return parts.length === 2 && parts.every((p) => UNION_SET.has(p));
}

/** "under the " right before a name, and " brand" after it: "trades under the Pellory brand". */
const UNDER_THE_BEFORE_AT = /(?<=\bunder\s+the\s+)/y;
const BRAND_NAME_AFTER = /^\s+(?:brand|banner|label|name)\b/;
/** "the " or "The " right before a name. Tested with testAt. */
const THE_BEFORE_AT = /(?<=\b[Tt]he\s+)/y;
/** A word for the company in focus right after a name, with up to one word between ("studio"). */
const FOCUS_NOUN_AFTER = new RegExp(`^\\s+(?:[a-z][\\w-]*\\s+)?${matchAny(FOCUS_NOUNS)}\\b`);

/** A lowercase noun right after a name ("HR software"): the name is that noun's modifier. */
const DESCRIBED_NOUN_AFTER = /^\s+([a-z][a-z-]+)\b(?![-'’])/;
/**
 * Inside an apposition that describes a company (", the Austin-based maker of payroll and "),
 * after a lowercase word and before the apposition's closing comma. Tested with testAt.
 */
const DESCRIPTION_BEFORE_AT = /(?<=[\w.)],\s+(?:the|a|an)\s+[^,;:()"“”\n]*?\b[a-z][\w-]*\s+)/y;

/**
 * "a loss of Dh14.1 billion", "Rs 500 crore", "HK$3 billion", "R5bn": a currency mark before a
 * figure (run on the name and what follows it) is an amount, never an employer. Rand, naira and
 * kwacha ("R500m", "N5bn", "K300") are one letter glued to a figure, which must then look like
 * money (a magnitude or three digits) so that "K2 Partners" stays a name.
 */
const CURRENCY_AMOUNT = new RegExp(
  `^(?:(?:${matchAny(DOLLAR_CURRENCIES)})\\$|(?:${matchAny(LETTER_CURRENCIES)})\\.?\\s*\\$?|[RNK](?=\\d+(?:[.,]\\d+)*\\s*(?:bn|billion|m|mn|million|tn|trillion)\\b|\\d{1,3},\\d{3}|\\d{3}))\\s*\\d`,
);
/**
 * "fired 900 people on a Zoom call", "in a Microsoft Teams meeting": a name before a word for a
 * call or a message names the tool the news came through, never the employer.
 */
const CHANNEL_BEFORE_AT = /(?<=\b(?:on|in|during|over|via|through|by)\s+(?:a|an|the)\s+)/y;
const CHANNEL_NOUN_AFTER =
  /^\s+(?:video\s+|conference\s+|group\s+)?(?:calls?|meetings?|webinars?|videos?|messages?|chats?|livestreams?|posts?|emails?|town\s+halls?)\b/;
/**
 * "told staff via Slack", "announced the cuts over Microsoft Teams": a name after "via", or after
 * "over"/"through" when a verb of telling opens the clause, is the channel of the news.
 */
const VIA_BEFORE_AT = /(?<=\bvia\s+)/y;
const TOLD_OVER_BEFORE_AT =
  /(?<=\b(?:told|informed|notified|announced|emailed|messaged|addressed|fired|laid\s+off|let\s+go|broke\s+the\s+news)\b[^.;:!?]{0,80}?\b(?:over|through)\s+)/y;
/**
 * "co-founder Jess Ortega wrote in a LinkedIn post", "the founder posted on LinkedIn", "said on
 * Bluesky": a platform the news was posted on is where it was told, not who cut. After "on" a
 * platform's name counts only when a verb of posting or saying comes before it in the clause
 * ("cuts on Kestrel's staff" names no platform).
 */
const PLATFORMS = new Set(
  (
    'twitter linkedin threads bluesky mastodon facebook instagram tiktok youtube reddit substack medium ' +
    'slack discord blind telegram whatsapp wechat weibo glassdoor'
  ).split(' '),
);
const POSTED_ON_BEFORE_AT =
  /(?<=\b(?:posted|posting|posts|wrote|writes|writing|said|says|announced|announcing|shared|sharing|tweeted|confirmed|revealed|disclosed|explained|complained|vented)\b[^.;:!?\n]{0,60}?\bon\s+)/y;

/** Is the name at offset the call, message, tool or platform the news came through? */
function isChannelAt(sentence: string, text: string, offset: number, tail: string): boolean {
  if (CHANNEL_NOUN_AFTER.test(tail) && testAt(CHANNEL_BEFORE_AT, sentence, offset)) return true;
  if (endsInPossessive(text) || isQuote(tail.charCodeAt(0))) return false;
  if (testAt(VIA_BEFORE_AT, sentence, offset) || testAt(TOLD_OVER_BEFORE_AT, sentence, offset)) return true;
  return PLATFORMS.has(text.toLowerCase()) && testAt(POSTED_ON_BEFORE_AT, sentence, offset);
}
/** "GOOG", "BZFD.O": what a ticker in parentheses looks like. */
const TICKER = /^[A-Z][A-Z.]{1,7}$/;
const OPEN_PAREN_AT = /(?<=\(\s*)/y;
/** The capitalised name right before an opening bracket: "Pellam & Rowe (". */
const NAME_BEFORE_PAREN = /([A-Z][\w’'.-]*(?:\s+(?:&|and|of|[A-Z][\w’'.-]*))*)\s*\(\s*$/;

/**
 * "Fort Wayne's Tri-Vale Plastics", "San Arcadio's": two words, the first a word towns are named
 * with, are a town when they own a company by their possessive (a company adds more words: "Fort
 * Ellis Metals's"). Alone such a name may stand for its city hall ("Port Alder will cut 38 jobs").
 */
const TOWN_NAME = /^(?:Fort|Ft\.|Port|San|Santa|Los|Las)\s+\p{Lu}\p{Ll}+$/u;

/**
 * "Orland County commissioners voted to eliminate 60 positions", "Orland County will lay off 40",
 * "Orland County employs 2,000": a county that acts, through its commissioners or as the subject
 * of a cut, is the local government that employs; elsewhere ("jobs will go in Harlan County") it
 * is a place.
 */
const COUNTY_ACTS_AFTER =
  /^\s+(?:commissioners|supervisors|board\s+of\s+(?:supervisors|commissioners)|government|officials|(?:(?:will|would|plans\s+to|is|has|also|to)\s+){1,2}(?:cut|cutting|eliminate|eliminating|lay\s+off|laying\s+off|shed|slash|furlough)|cuts|eliminates|eliminated|lays\s+off|laid\s+off|employs|sheds|slashes|slashed)\b/;

/** What nameCandidate needs to know about a name whatever its sentence ("Amazon's" → "Amazon"). */
interface NameFacts {
  readonly name: string;
  readonly lower: string;
  /** Too short, only stopwords, or a place: never a company. */
  readonly rejected: boolean;
  /** "Harlan County": a place, unless it acts as the employer (COUNTY_ACTS_AFTER). */
  readonly county: boolean;
  /** One word ("Tesseract"), which at a clause start needs a subject cue. */
  readonly oneWord: boolean;
  /** Looks like a ticker ("GOOG", "BZFD.O"). */
  readonly ticker: boolean;
  readonly tokenCount: number;
  /** Two words or more, the first a given name ("Daniel Ek"). */
  readonly startsWithFirstName: boolean;
  /** A union or an outlet by its name alone ("Transport Workers Union", "Reuters"). */
  readonly namedSource: boolean;
  /** An outlet by its name ("Reuters", "CNN Business"): a source unless it cuts its own staff. */
  readonly outlet: boolean;
  /** The last word is one companies end in ("Finchley Group"). */
  readonly orgTail: boolean;
}

/**
 * Facts by the raw text of a run, per article: an article names its companies many times
 * ("Amazon" in most of its sentences). Kept per article so that one article's work never speeds
 * up another's (the benchmark repeats the corpus).
 */
const nameFactsMemo = new WeakMap<ExtractionContext, Map<string, NameFacts>>();

function nameFacts(ctx: ExtractionContext, text: string): NameFacts {
  let memo = nameFactsMemo.get(ctx);
  if (!memo) {
    memo = new Map();
    nameFactsMemo.set(ctx, memo);
  }
  const known = memo.get(text);
  if (known) return known;
  const name = cityOfCouncil(ctx, canonicalName(text));
  const lower = name.toLowerCase();
  const tokens = name.split(/\s+/);
  const outlet =
    OUTLET_SET.has(lower) ||
    OUTLET_SET.has(`the ${lower}`) ||
    outletSection(lower) ||
    isCallSign(ctx, name) ||
    lower === masthead(ctx);
  const facts: NameFacts = {
    name,
    lower,
    rejected:
      name.length < 2 ||
      isAllStop(name) ||
      PLACES.has(lower) ||
      PLACES.has(`${lower}.`) ||
      NEVER_EMPLOYERS.has(lower) ||
      LEGAL_FORM_WORDS.has(lower) ||
      pageSections(ctx).has(lower),
    // "San Joaquin County": a county is a place; its council ("Northvale County Council") employs.
    // "Maple Ridge School District" runs schools and employs their staff, as a water or fire
    // district does.
    county:
      / (?:county|borough|district)$/.test(lower) &&
      !/ (?:school|schools|water|fire|hospital|transit|park|parks|library|utility) district$/.test(lower),
    oneWord: !/\s/.test(text),
    ticker: TICKER.test(text),
    tokenCount: tokens.length,
    // "Robert Bosch GmbH", "John Lewis plc": a legal form makes the name a company's, whatever
    // its first word.
    startsWithFirstName:
      tokens.length >= 2 &&
      FIRST.has((tokens[0] ?? '').toLowerCase()) &&
      !(mayEndInLegalForm(text) && LEGAL_SUFFIX.test(text)),
    namedSource: outlet || UNION_NAME.test(name) || UNION_SET.has(lower) || isUnionPair(lower),
    outlet,
    // Of the text as written: canonicalName drops a legal form ("Halloway Holdings" → "Halloway").
    orgTail: ORG_TAIL_WORDS.has(lookupForm(text.slice(text.lastIndexOf(' ') + 1))),
  };
  memo.set(text, facts);
  return facts;
}

/**
 * The page's masthead, lower-cased: its first line (after the page store's date stamp) when that
 * line is a name alone whose last word names a paper ("Tarnby Times", "Kirrin Valley Ledger",
 * "The Dunmore Echo"). The outlet is a source wherever the article names it again ("Follow
 * Tarnby Times on Telegram"), never the employer in focus.
 */
const MASTHEAD_LINE =
  /^\s*(?:date\s+\d{4}-\d{2}-\d{2}\s+)?((?:The\s+)?\p{Lu}[\p{L}'’.-]*(?:[^\S\n]+\p{Lu}[\p{L}'’.-]*){0,4})[^\S\n]*(?:\n|$)/u;
const MASTHEAD_WORDS = new Set(
  (
    'times post tribune herald journal gazette chronicle press courier mail news bulletin ledger ' +
    'dispatch echo star standard observer sentinel weekly daily record reporter examiner telegraph ' +
    'express mirror register globe advertiser argus inquirer leader'
  ).split(' '),
);
const masthead = perArticle((ctx): string | null => {
  const name = MASTHEAD_LINE.exec(ctx.text)?.[1];
  if (!name) return null;
  const last = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
  return MASTHEAD_WORDS.has(last) ? canonicalName(name).toLowerCase() : null;
});

/**
 * "More in Courts & Law", "Latest in Business": a link line that names a section of the page. The
 * section's name is page furniture wherever it stands ("Courts & Law" over the headline), never an
 * employer.
 */
const SECTION_LINK = /^[^\S\n]*(?:More|Latest|More stories|More news|Also)\s+in\s+([^\n]{2,40}?)[^\S\n]*$/gm;
const pageSections = perArticle((ctx): ReadonlySet<string> => {
  const found = new Set<string>();
  for (const m of ctx.text.matchAll(SECTION_LINK)) found.add((m[1] ?? '').toLowerCase());
  return found;
});

/**
 * A broadcaster's call sign: "KSEA-TV", and "KSEA" in an article that writes it with its channel
 * ("KSEA 4 | News", "by KSEA 4 News Staff") or in a dateline's brackets ("HARLOW, Ky. (WHRL) —").
 * A station is an outlet, a source (its own cuts aside), never the employer a page header names.
 * The bare letters alone ("KPMG") are no call sign.
 */
const CALL_SIGN = /^([KW][A-Z]{2,3})(-(?:TV|FM|AM|DT))?$/;
const CALL_SIGN_IN_TEXT =
  /\b([KW][A-Z]{2,3})(?:-(?:TV|FM|AM|DT)\b|[^\S\n]+\d{1,2}(?![\d,.%])\b|\)[^\S\n]*[—–-])/g;
const callSigns = perArticle(
  (ctx): ReadonlySet<string> => new Set([...ctx.text.matchAll(CALL_SIGN_IN_TEXT)].map((x) => x[1] ?? '')),
);

function isCallSign(ctx: ExtractionContext, name: string): boolean {
  const m = CALL_SIGN.exec(name);
  if (!m) return false;
  if (m[2]) return true;
  return callSigns(ctx).has(m[1] ?? '');
}

/** "Port Alder City Council" → "Port Alder". */
const CITY_COUNCIL = / City Council$/;

/**
 * "The Port Alder City Council voted to eliminate 64 positions ... The City of Port Alder employs
 * about 510 people": a city's council and the city are one employer, which the article also
 * names by the town alone ("Port Alder budget eliminates 64 positions"). When the article speaks
 * of "the City of X", "X City Council" is X; without that ("Leeds City Council") the council is
 * the employer as written. Asked once per name and article (nameFacts keeps the answer).
 */
function cityOfCouncil(ctx: ExtractionContext, name: string): string {
  if (!CITY_COUNCIL.test(name)) return name;
  const town = name.slice(0, -' City Council'.length);
  return ctx.text.includes(`City of ${town}`) ? town : name;
}

/**
 * "Business Insider is laying off about 21% of its staff", "CNN said in January it would cut about
 * 200 jobs": an outlet that is the subject of a layoff is the employer. "Reuters reported that
 * Kestrel will cut" and "Bloomberg said Kestrel would cut" keep it a source.
 */
function outletCutsOwnStaff(tail: string): boolean {
  return OUTLET_CUTS_AFTER.test(tail) || OUTLET_SAID_IT_CUTS_AFTER.test(tail);
}

/**
 * "the comparison website owner Finchley Group": "owner" after a lowercase description of what is
 * owned, before a name that ends as companies do, names a company ("the restaurant owner Maria
 * Ortiz" stays a person by her given name and her name's last word).
 */
function ownerDescribesCompany(facts: NameFacts, text: string, offset: number): boolean {
  if (facts.startsWithFirstName) return false;
  // "Channel 12's owner Vistacast": one word, or a name that ends as companies do; a person is
  // named in full ("the station's owner, Dana Whitfield").
  if ((facts.oneWord || facts.orgTail) && testAt(POSSESSIVE_OWNER_BEFORE_AT, text, offset)) return true;
  return (
    (facts.orgTail || /^[A-Z]{2,6}$/.test(facts.name)) && testAt(OWNER_DESCRIPTION_BEFORE_AT, text, offset)
  );
}

/** "CNN Business", "Reuters Health": an outlet's section is that outlet, a source. */
function outletSection(lower: string): boolean {
  const space = lower.lastIndexOf(' ');
  return space > 0 && NAME_TAIL_WORDS.has(lower.slice(space + 1)) && OUTLET_SET.has(lower.slice(0, space));
}

/**
 * "A Tarlac-based parts maker will cut 200 jobs, the Department of Labour (DOL) said": a
 * public body that says so at the end, of a subject the sentence only describes ("A ... operator",
 * "The company"), reports another's cut; the employer is named elsewhere. ("The agency will cut
 * 300 jobs, the Office of Personnel Management said" is the body's own cut: its noun is a body's.)
 */
const BODY_SAYS_AFTER = /^\s*(?:\([^)]*\)\s*)?,?\s+(?:said|says|reported|confirmed)\b[^,;:]{0,30}$/;
const BODY_NAME =
  /^(?:Department|Ministry|Office|Bureau|Agency|Commission)\s+(?:of|for)\s|\s(?:Department|Ministry|Agency|Bureau|Commission)$/;
const DESCRIBED_SUBJECT = new RegExp(
  `^(?:[^\\n]*?\\s[—–-]{1,2}\\s+)?(?:An?|The)\\s+(?:[\\w’'-]+\\s+){0,4}?${matchAny(
    FOCUS_NOUNS.filter((n) => !BODY_WORDS.has(n)),
  )}\\b`,
);

/** "the Ministry of Trade (MoT) said": the body's initials in brackets right after its name. */
const BODY_BEFORE_INITIALS = /(?:Department|Ministry|Office|Bureau|Agency|Commission)\b[^()]*\(\s*$/;

function bodyReportsDescribed(sentence: string, text: string, offset: number, tail: string): boolean {
  if (BODY_NAME.test(text))
    return BODY_SAYS_AFTER.test(tail) && DESCRIBED_SUBJECT.test(sentence.slice(0, offset));
  const close = /^\s*\)/.exec(tail);
  if (close === null || !BODY_SAYS_AFTER.test(tail.slice(close[0].length))) return false;
  const before = sentence.slice(0, offset);
  return BODY_BEFORE_INITIALS.test(before) && DESCRIBED_SUBJECT.test(before);
}

/**
 * "Orrin Biosciences Announces Plan to Focus on ORN-214": letters, a hyphen and a number name a
 * drug or a product ("VRD-204", "XR-7"), no employer, when a name of words is on the same line
 * before it. Alone ("WD-40 will cut 40 jobs") it may be the company.
 */
const PRODUCT_CODE = /^[A-Z]{1,5}-\d{1,5}[A-Za-z]?$/;
const WORD_NAME_IN_LINE = /\p{Lu}\p{Ll}+[^\S\n]+\p{Lu}\p{Ll}+/u;

function isProductCode(sentence: string, text: string, offset: number): boolean {
  if (!PRODUCT_CODE.test(text)) return false;
  const lineStart = sentence.lastIndexOf('\n', offset - 1) + 1;
  return WORD_NAME_IN_LINE.test(sentence.slice(lineStart, offset));
}

/**
 * A navigation or section line: two or more short capitalised labels split by "|", "›", "»" or
 * ">" and nothing else ("Business | Banking", "Home › Community › Charities", "MARKETS | TECH"),
 * possibly after the page store's date stamp. A label holds up to four words, each capitalised or
 * "&"/"and"; a headline with a verb in lower case ("Tech | Orvane cuts 200 jobs") is no such line.
 */
const NAV_LINE =
  /^[^\S\n]*(?:date\s+\d{4}-\d{2}-\d{2}\s+)?(?:\p{Lu}[\p{L}'’.-]*(?:[^\S\n]+(?:\p{Lu}[\p{L}'’.-]*|&|and)){0,3}[^\S\n]*[|›»>][^\S\n]*)+\p{Lu}[\p{L}'’.-]*(?:[^\S\n]+(?:\p{Lu}[\p{L}'’.-]*|&|and)){0,3}[^\S\n]*$/u;

/**
 * A breadcrumb trail: three or more labels joined by "›", "»", ">" or "/", each opening with a
 * capital, written in sentence case and without a figure ("Home › Money › Personal finance",
 * "News > Local news > Dunford", "Home / Business / Telecom"). Headlines do not chain those
 * marks, so lower-case words may follow a label's capital there. With "|" or a spaced dash, which
 * headlines use ("Orvane cuts jobs - Business - News"), a label is one or two capitalised words
 * ("Markets - Companies - Japan", "News - North Wales - Business").
 */
const BREADCRUMB_LABEL = String.raw`\p{Lu}[\p{L}'’.-]*(?:[^\S\n]+[\p{L}'’.&-]+){0,3}`;
const BREADCRUMB_LINE = new RegExp(
  String.raw`^[^\S\n]*(?:date\s+\d{4}-\d{2}-\d{2}\s+)?(?:${BREADCRUMB_LABEL}[^\S\n]*[›»>/][^\S\n]*){2,}${BREADCRUMB_LABEL}[^\S\n]*$`,
  'u',
);
const TITLE_LABEL = String.raw`\p{Lu}[\p{L}'’.-]*(?:[^\S\n]+(?:\p{Lu}[\p{L}'’.-]*|&))?`;
const DASHED_SECTIONS_LINE = new RegExp(
  String.raw`^[^\S\n]*(?:date\s+\d{4}-\d{2}-\d{2}\s+)?(?:${TITLE_LABEL}[^\S\n]+[-–—][^\S\n]+){2,}${TITLE_LABEL}[^\S\n]*$`,
  'u',
);

function isNavigationLine(line: string): boolean {
  // Only a line with a separator pays for the tests.
  if (/[|›»>/]/.test(line)) return NAV_LINE.test(line) || BREADCRUMB_LINE.test(line);
  return /\s[-–—]\s/.test(line) && DASHED_SECTIONS_LINE.test(line);
}

/** " team", " network", " division": a part of a company right after a name. */
const PART_OF_FOCUS_AFTER =
  /^\s+(?:teams?|network|division|unit|group|program(?:me)?|business|arm|project|department)\b/;
/** "its ", "the company's ", "the carmaker's " right before a name. Tested with testAt. */
const FOCUS_POSSESSIVE_BEFORE_AT = new RegExp(
  `(?<=\\b(?:its|their|[Tt]he\\s+(?:[\\w-]+\\s+)?${matchAny(FOCUS_NOUNS)}['’]s)\\s+)`,
  'y',
);

/**
 * "Shoemaker Calçados Serrana dismisses 500", "Grocer cuts 15% of staff", "Outfitter to cut 90
 * jobs": a word for a trade, capitalised only because it opens a headline or a sentence, describes
 * the company named after it (or one the headline leaves unnamed); it is no name's first word.
 * Words that open real names ("Carrier", "Operator", "Brewer") are left out.
 */
const TRADE_WORD =
  /^(?:\p{Lu}\p{Ll}*maker|Automaker|Grocer|Retailer|Outfitter|Wholesaler|Distributor|Manufacturer|Lender|Insurer|Broadcaster|Chainmaker|Miner|Publisher|Startup|Start-up)s?$/u;
const FIRST_WORD = /^\S+/;
/**
 * "Brewer Kessel Bros to cut 200 roles", "Developer Ostara lays off 90 staff": a trade word that
 * may also open a real name ("Carrier", "Developer") describes the company named after it when the
 * article also writes the word in lower case ("the Dutch brewer Kessel Bros", "the developer
 * said") and names the company without it more often than with it ("Kessel Bros, which ...").
 */
const NAME_OPENING_TRADE_WORD =
  /^(?:Brewer|Developer|Homebuilder|Housebuilder|Builder|Carrier|Operator|Supplier|Producer|Processor|Shipper|Airline|Chain|Distiller|Winemaker|Caterer|Contractor)s?$/;

/** How often `needle` stands in `text` (case-sensitive, whole occurrences). */
function occurrences(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** The name without its opening trade word, when the article names the company without it. */
function withoutDescribingTradeWord(ctx: ExtractionContext, text: string, first: string): string | null {
  const rest = /^\S+\s+(?=\S)/.exec(text);
  if (!rest || !isCommonWordHere(ctx, first)) return null;
  const name = text.slice(rest[0].length);
  return occurrences(ctx.text, name) > occurrences(ctx.text, text) ? rest[0] : null;
}

/** A name in a line written all in capitals ("KESSEL TO CUT 7%"), not a heading's acronym. */
function inCapsLine(s: Sentence, text: string, offset: number): boolean {
  return text === text.toUpperCase() && /[A-Z]{2}/.test(text) && !/[a-z]/.test(lineOf(s.text, offset));
}

/** "KESSEL" in a headline in capitals is "Kessel" when the article spells it so elsewhere. */
function articleSpelling(text: string, name: string): string {
  for (const m of text.matchAll(new RegExp(`\\b${escapeRegExp(name)}\\b`, 'gi')))
    if (m[0] !== m[0].toUpperCase()) return m[0];
  return name;
}

/**
 * "KESSEL PLANS TO SHUT BOTTLING LINE": in a line written all in capitals every word looks like a
 * name's; a word the article also writes in lower case ("plans", "bottling") is a word, so it
 * ends (or opens) no name. Returns the name's words left, with where they start in `text`, or
 * null when the text is not such a run or nothing is trimmed.
 */
function trimmedCapsRun(
  ctx: ExtractionContext,
  s: Sentence,
  text: string,
  offset: number,
): { text: string; at: number } | null {
  if (!/\s/.test(text) || !inCapsLine(s, text, offset)) return null;
  const words = [...text.matchAll(/\S+/g)];
  let i = 0;
  let j = words.length;
  const common = (w: RegExpExecArray | RegExpMatchArray | undefined): boolean =>
    w !== undefined && /^[A-Z][A-Z'’-]+$/.test(w[0]) && isCommonWordHere(ctx, w[0]);
  while (i < j && common(words[i])) i++;
  while (j > i && common(words[j - 1])) j--;
  if (i === 0 && j === words.length) return null;
  if (i === j) return { text: '', at: 0 };
  const from = words[i]?.index ?? 0;
  const last = words[j - 1];
  const to = (last?.index ?? 0) + (last?.[0].length ?? 0);
  return { text: text.slice(from, to), at: from };
}

function nameCandidate(ctx: ExtractionContext, s: Sentence, raw: string, offset: number): Candidate | null {
  const text = raw;
  const first = FIRST_WORD.exec(text)?.[0] ?? '';
  if (
    TRADE_WORD.test(first) &&
    (testAt(CLAUSE_START_AT, s.text, offset) || isTitleCaseLine(lineOf(s.text, offset)))
  ) {
    const rest = /^\S+\s+(?=\S)/.exec(text);
    return rest ? nameCandidate(ctx, s, text.slice(rest[0].length), offset + rest[0].length) : null;
  }
  if (
    NAME_OPENING_TRADE_WORD.test(first) &&
    (testAt(CLAUSE_START_AT, s.text, offset) || isTitleCaseLine(lineOf(s.text, offset)))
  ) {
    const lead = withoutDescribingTradeWord(ctx, text, first);
    if (lead) return nameCandidate(ctx, s, text.slice(lead.length), offset + lead.length);
  }
  const caps = trimmedCapsRun(ctx, s, text, offset);
  if (caps) return caps.text ? nameCandidate(ctx, s, caps.text, offset + caps.at) : null;
  const facts = nameFacts(ctx, text);
  if (facts.rejected) return null;
  const name = facts.name;
  if (facts.county && !COUNTY_ACTS_AFTER.test(s.text.slice(offset + text.length, offset + text.length + 40)))
    return null;
  if (isProductCode(s.text, text, offset)) return null;
  // The tests on the text before the name run at `offset` in the sentence (sticky lookbehinds).
  const tail = s.text.slice(offset + text.length);
  // "a loss of Dh14.1 billion": an amount.
  if (CURRENCY_AMOUNT.test(text + tail.slice(0, 16))) return null;
  // "on a Zoom call", "via Slack": the channel of the news.
  if (isChannelAt(s.text, text, offset, tail)) return null;
  // "close its lab on Route 9 by April": a road.
  if (isNumberedPlace(text, tail)) return null;
  // "close the center on Commerce Way": a street after "on", "off" or "along".
  if (isStreetAfterOn(text, s.text, offset)) return null;
  // "its factory on the Penrith Industrial Estate", "Harbour Business Park": a site, no employer.
  if (SITE_NAME_END.test(text)) return null;
  // "SANTIAGO (Andes Wire) – Chilean carrier Tern Air ...": a dateline's town is no employer.
  // The article's text, not the sentence's: "PORT ELLIS, Ont." may end a sentence of its own.
  if (isDatelineTown(ctx.text, text, s.start + offset)) return null;
  // "(GOOG)", "(BZFD.O)": a ticker in parentheses.
  if (facts.ticker && testAt(OPEN_PAREN_AT, s.text, offset) && /^\s*\)/.test(tail)) return null;
  // "Pellam & Rowe (P&R) will cut ...": initials in brackets right after the name they shorten are
  // that name again, not a second employer nearer the verb.
  if (text.length <= 6 && testAt(OPEN_PAREN_AT, s.text, offset) && /^\s*\)/.test(tail)) {
    const named = NAME_BEFORE_PAREN.exec(s.text.slice(Math.max(0, offset - 60), offset));
    if (named && isAcronymOf(text, named[1] as string)) return null;
  }
  // "Typically," / "Ahead of" / "Employers with": a lone capitalised word at the start needs a subject cue.
  let clauseStart: boolean | undefined;
  if (facts.oneWord) {
    clauseStart = testAt(CLAUSE_START_AT, s.text, offset);
    // "Grab's 1,000 cuts last June ...": a possessive owns what follows, as only a name can.
    // "KESSEL PLANS TO ...": in a line all in capitals the verb after the name is in capitals too.
    if (
      clauseStart &&
      !SUBJECT_AFTER.test(inCapsLine(s, text, offset) ? tail.toLowerCase() : tail) &&
      !HEAD_TITLE_AFTER.test(tail) &&
      !(LIST_AFTER.test(tail) && !ADVERB.test(text)) &&
      !endsInPossessive(text)
    )
      return null;
  }
  const line = lineOf(s.text, offset);
  if (CREDIT_LINE.test(line)) return null;
  if (isBylineLine(line) && !testAt(OF_OR_AT_BEFORE_AT, s.text, offset)) return null;
  // "Home › Business › Retail", "MARKETS | TECH": a line of section names is the page's navigation.
  if (isNavigationLine(line)) return null;
  // "the firm's Gridline team", "its Pathfinder division": a capitalised word between the focus
  // company's possessive and a word for a part of it names that part (a product, a programme).
  if (PART_OF_FOCUS_AFTER.test(tail) && testAt(FOCUS_POSSESSIVE_BEFORE_AT, s.text, offset)) return null;
  // "WARN Notices", "... Half The Newsroom Staff": in a title-case line or at a clause start a
  // word is capitalised by position; when the article also writes it in lower case it is a word.
  if (
    ((clauseStart ?? testAt(CLAUSE_START_AT, s.text, offset)) || isTitleCaseLine(line)) &&
    isCommonWordHere(ctx, name)
  )
    return null;
  // "Transit Agency Proposes Cutting 14 Routes", "Island Resort To Shut For Two-Year Rebuild": in
  // a title-case headline every word is capitalised, so a run of them is a name only when the
  // article's body writes it again ("Orvane Cuts 200 Jobs" over "Orvane Labs said on ..."). A
  // line that holds the name alone is a list's heading ("Orvane Labs" over its paragraph): a name.
  if (
    isTitleCaseLine(line) &&
    /\p{L}/u.test(line.replace(text, '')) &&
    !namedInBody(ctx, name, s.start + offset)
  )
    return null;
  // "The Helsinki studio behind ...", "the Toronto carrier": a name between "the" and a word for the
  // company in focus describes that company (its town); the reference stands for the employer.
  // ("which trades under the Pellory brand" names a unit: the candidates refiner gives it its owner.)
  if (
    testAt(THE_BEFORE_AT, s.text, offset) &&
    FOCUS_NOUN_AFTER.test(tail) &&
    !(BRAND_NAME_AFTER.test(tail) && testAt(UNDER_THE_BEFORE_AT, s.text, offset))
  )
    return null;
  // "Castellan, the Austin-based maker of payroll and HR software, will ...": a name used as a
  // modifier inside a description of the company names no employer of its own.
  if (DESCRIBED_NOUN_AFTER.test(tail) && !STOP.has(DESCRIBED_NOUN_AFTER.exec(tail)?.[1] ?? '')) {
    if (testAt(DESCRIPTION_BEFORE_AT, s.text, offset)) return null;
  }
  // "set inside Nimbus, a fictional London software firm": a company of fiction employs no one.
  if (FICTIONAL_AFTER.test(tail)) return null;
  // "Windsor parts maker Lakeshore Stamping": the town describes the maker named after it.
  if (!endsInPossessive(text) && TRADE_NOUN_THEN_NAME.test(tail)) return null;
  const tokenCount = facts.tokenCount;
  const person =
    facts.startsWithFirstName ||
    (testAt(TITLES_BEFORE_AT, s.text, offset) && !ownerDescribesCompany(facts, s.text, offset)) ||
    // "Match Group, the owner of Tinder": a name that ends as companies do ("Group", "Holdings")
    // is the owner a title describes, not a person.
    (tokenCount >= 2 &&
      tokenCount <= 3 &&
      !facts.orgTail &&
      (TITLE_AFTER.test(tail) || ROLE_AFTER.test(tail)) &&
      !/^\s*,?\s*the\s+(?:company|parent)/i.test(tail)) ||
    false;
  if (person) return null;
  // "... after Elon Musk took control" then "features Musk wants": a surname alone is that person.
  if (tokenCount === 1 && ctx.personSurnames?.().has(name)) return null;
  const sourceBefore =
    testAt(SOURCE_BEFORE_AT, s.text, offset) || isDatelineAgency(ctx.text, s.start + offset);
  const source =
    (facts.namedSource && !(facts.outlet && !sourceBefore && outletCutsOwnStaff(tail))) ||
    sourceBefore ||
    SOURCE_AFTER.test(tail) ||
    UNION_AFTER.test(tail) ||
    testAt(UNION_OF_BEFORE_AT, s.text, offset) ||
    bodyReportsDescribed(s.text, text, offset, tail);
  const start = s.start + offset;
  return {
    kind: 'company',
    span: makeSpan(ctx.text, start, start + text.length),
    sentenceIndex: s.index,
    value: {
      name: inCapsLine(s, text, offset) ? articleSpelling(ctx.text, name) : name,
      unit: null,
      via: 'name',
      source,
    },
    stated: 'stated',
    rule: source ? 'company:capitalised:source' : 'company:capitalised',
  };
}

const unitRegexCache = new WeakMap<readonly UnitEntry[], { re: RegExp; byAlias: Map<string, UnitEntry> }>();

function unitRegex(units: readonly UnitEntry[]): { re: RegExp; byAlias: Map<string, UnitEntry> } {
  const cached = unitRegexCache.get(units);
  if (cached) return cached;
  const byAlias = new Map<string, UnitEntry>();
  for (const u of units) for (const a of u.aliases) if (!byAlias.has(a)) byAlias.set(a, u);
  const aliases = [...byAlias.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const re = new RegExp(
    `(?<![\\w.])(?:${aliases.join('|') || '(?!)'})(?:\\s*\\((?:AWS|[A-Z]{2,5})\\))?(?![\\w])`,
    'g',
  );
  const out = { re, byAlias };
  unitRegexCache.set(units, out);
  return out;
}

/** Known parents and units from the lexicon: "Amazon Web Services (AWS)" → Amazon / AWS. */
export const unitLexiconParser: Parser = {
  name: 'UnitLexiconParser',
  pattern: (ctx) => unitRegex(ctx.units).re,
  extract(ctx, s, m): Candidate | null {
    // "Amazon Web Services (AWS)" → "Amazon Web Services"; only a match ending in ")" has one.
    const alias = m[0].endsWith(')') ? m[0].replace(/\s*\([^)]*\)$/, '') : m[0];
    const entry = unitRegex(ctx.units).byAlias.get(alias);
    if (!entry) return null;
    const start = s.start + m.index;
    const tail = s.text.slice(m.index + m[0].length);
    // "wrote in a LinkedIn post", "said on Instagram": the platform, not its parent, and no employer.
    if (isChannelAt(s.text, m[0], m.index, tail)) return null;
    const source = testAt(SOURCE_BEFORE_AT, s.text, m.index) || SOURCE_AFTER.test(tail);
    return {
      kind: 'company',
      span: makeSpan(ctx.text, start, start + m[0].length),
      sentenceIndex: s.index,
      value: { name: entry.parent, unit: entry.unit, via: 'lexicon', source },
      stated: 'stated',
      rule: 'company:lexicon',
    };
  },
};

const FOCUS_RE = new RegExp(
  `\\b[Tt]he\\s+(?:[\\w-]+\\s+){0,2}?${matchAny(FOCUS_NOUNS)}(?:['’]s)?\\b(?!\\s+(?:of|that|which|who)\\b)`,
  'g',
);

/** "the company", "the tech giant", "the firm's": a reference to the company in focus. */
export const focusReferenceParser: Parser = {
  name: 'FocusReferenceParser',
  pattern: () => FOCUS_RE,
  extract(ctx, s, m) {
    // "the parent company of Facebook" names another company; "the company in focus" is what we want.
    const start = s.start + m.index;
    return {
      kind: 'company',
      span: makeSpan(ctx.text, start, start + m[0].length),
      sentenceIndex: s.index,
      value: { name: '', unit: null, via: 'focus', source: false },
      stated: 'implied',
      rule: 'company:focus-reference',
    };
  },
};

const PUBLIC_BODY_RE =
  /\b(?:(UK|British|Irish|Canadian|Australian|Indian|federal|state)\s+)?civil\s+service\b(?!\s+(?:union|unions|pension|rules|code|commission))/gi;

/**
 * The civil service as an employer: "10,000 civil service jobs", "cuts to the UK civil service".
 * A public body named in lower case, so the capitalised-name parser cannot see it.
 */
export const publicBodyParser: Parser = {
  name: 'PublicBodyParser',
  pattern: () => PUBLIC_BODY_RE,
  extract(ctx, s, m): Candidate {
    const start = s.start + m.index;
    const prefix = m[1];
    const name = prefix && /^[A-Z]/.test(prefix) ? `${prefix} civil service` : 'civil service';
    return {
      kind: 'company',
      span: makeSpan(ctx.text, start, start + m[0].length),
      sentenceIndex: s.index,
      value: { name, unit: null, via: 'name', source: false },
      stated: 'stated',
      rule: 'company:public-body',
    };
  },
};

/**
 * "Elon Musk", "chief executive Niraj Shah": a given name or a title, then the surname, on one line.
 * The surname is a lookahead so that every capitalised word may open a pair: in "By Oliver
 * Grant\n\nJack Dorsey has", pairs consumed whole ("By Oliver", "Grant Jack") never reached
 * "Jack Dorsey".
 */
const FULL_NAME_RE = /\b([A-Z][a-z]+)[^\S\n]+(?=([A-Z][a-z][\w’'-]*)\b)/g;
/** ", Inc.", " GmbH", " Ltd" right after a given name and a surname: the pair names a company. */
const LEGAL_FORM_AFTER = new RegExp(`^,?[^\\S\\n]+(?:${LEGAL_FORMS.map(escapeRegExp).join('|')})\\b`);
/** Titles as written before a name: "chief executive", "Chief Executive", "CEO". */
const TITLE_FORMS = PERSON_TITLES.flatMap((t) => [
  t,
  t.replace(/\b\w/g, (c) => c.toUpperCase()),
  t.toUpperCase(),
]);
/**
 * "CEO Dana Whitfield" → Whitfield: a title, a given name, the surname. Sticky, tried only where
 * TITLE_START_RE finds a start (see titledSurnames).
 */
const TITLED_NAME_AT = new RegExp(
  `\\b${matchAny(TITLE_FORMS)}\\s+[A-Z][a-z]+\\s+([A-Z][a-z][\\w’'-]*)\\b`,
  'y',
);
/**
 * Where a titled name can start: a word that is the first letter run of a title, in any case
 * ("CEO", "Chief", "co" of "co-founder"). A title starts at a word boundary, so its first letter
 * run is a whole run of letters in the text, so every start of a titled name is found here. (A
 * title that starts with no letter adds the empty alternative, which stays exact.) Trying the three
 * written forms of every title at each word of the article cost more than this search for a few
 * dozen words, case-insensitive, and a sticky test at each hit.
 */
const TITLE_START_RE = new RegExp(
  `\\b(?:${matchAny(PERSON_TITLES.map((t) => /^[A-Za-z]*/.exec(t)?.[0] ?? ''))})(?![A-Za-z])`,
  'gi',
);

/**
 * The surnames of the titled names of the text, in order. As a global search would, it tries
 * starts from left to right (skipping only positions where no title starts) and goes on from the
 * end of each match, so the matches are the same leftmost, non-overlapping ones.
 */
function titledSurnames(text: string): string[] {
  const out: string[] = [];
  TITLE_START_RE.lastIndex = 0;
  for (let c = TITLE_START_RE.exec(text); c !== null; c = TITLE_START_RE.exec(text)) {
    TITLED_NAME_AT.lastIndex = c.index;
    const m = TITLED_NAME_AT.exec(text);
    if (!m) continue;
    out.push(m[1] ?? '');
    TITLE_START_RE.lastIndex = TITLED_NAME_AT.lastIndex;
  }
  TITLE_START_RE.lastIndex = 0;
  TITLED_NAME_AT.lastIndex = 0;
  return out;
}

/**
 * The surnames of the people an article names in full. Later in the article the surname alone
 * stands for the person ("Musk blamed activist groups"), never for an employer.
 */
export function personSurnames(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(FULL_NAME_RE)) {
    const first = (m[1] ?? '').toLowerCase();
    const last = m[2] ?? '';
    if (!FIRST.has(first) || STOP.has(last.toLowerCase()) || PLACES.has(last.toLowerCase())) continue;
    // "Robert Lindqvist GmbH said ... Lindqvist will cut": a legal form makes the pair a company's
    // name, so the surname alone later is that company, not a person.
    const after = m.index + m[0].length + last.length;
    if (LEGAL_FORM_AFTER.test(text.slice(after, after + 16))) continue;
    out.add(last);
  }
  for (const last of titledSurnames(text)) {
    if (/^[A-Z]/.test(last) && !STOP.has(last.toLowerCase())) out.add(last);
  }
  return out;
}

export const isPlaceName = (name: string): boolean => PLACES.has(name.toLowerCase());

/**
 * A byline or a person's name, never a company heading: "By Hannah Ostrowski", "Lauren Blake"
 * (a known given name first). For callers that take a bare heading line as a name.
 */
export function isBylineOrPerson(line: string): boolean {
  const words = line.trim().split(/\s+/);
  if (words.length >= 2 && /^by$/i.test(words[0] ?? '')) return true;
  return words.length >= 2 && words.length <= 3 && FIRST.has((words[0] ?? '').toLowerCase());
}
export type { ExtractionContext };
