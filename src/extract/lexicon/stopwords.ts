/**
 * Capitalised words that are not company names, as lowercase data. The company parser drops a
 * capitalised run made only of these ("In January", "CEO", "LATEST NEWS", "Reuters" as reporter).
 */

/** Sentence-initial and headline words that are capitalised only by position or style. */
export const COMMON_WORDS: readonly string[] = (
  'a an the this that these those it its it’s they their them there here he she his her we our us you your i ' +
  'in on at by for of to from with without into onto over under after before during since until about around ' +
  'and or but nor so yet if as while when where which who whom whose what why how than then also too ' +
  'all any some many most more much few several other another each every both either neither no not only just ' +
  'meanwhile however moreover furthermore thereafter notably earlier later last next first second third latest ' +
  "alongside besides separately additionally elsewhere likewise similarly indeed ahead amid amidst unfortunately fortunately typically finally overall instead half quarter one two three four five six seven eight nine ten we’re we're it's it’s they're they’re " +
  'worker workers adjustment retraining notification notice stock news ax axe axes slashes cuts trims sheds lays fires ' +
  'news breaking update updated published posted read more key takeaways home share related video watch listen ' +
  'business tech technology markets economy world politics opinion sports sport culture science health money ' +
  'layoffs layoff jobs job cuts cut workers employees staff people report reports analysis explainer live ' +
  'according despite although though because unlike like including include nearly almost around roughly some ' +
  'today yesterday tomorrow now still even already again recently once twice up ' +
  'mr mrs ms dr sir dear prof st ' +
  'ceo cfo coo cto chief executive president chairman chairwoman chair founder co-founder director officer ' +
  'spokesperson spokesman spokeswoman manager head boss minister secretary chancellor analyst analysts senior svp vp ' +
  'government union unions management employees officials official members member ' +
  'big global international national local federal state city county ' +
  'is are was were be been has have had will would could should may might must can do does did ' +
  'yes no was this article helpful min minutes sign subscribe newsletter ' +
  'artificial intelligence ai covid-19 covid coronavirus pandemic warn act wall street street ' +
  'tech layoffs tracker data sector market stock shares stocks ' +
  'photo image getty images file caption source sources ' +
  // quantity words that open a sentence: "Thousands of Twitter workers lost their jobs"
  'thousands hundreds dozens millions tens scores dozen hundred thousand million ' +
  // a weekday shortened in a page's date line ("Published Thu, May 2 2024"); "Sun" may be a name
  'mon tue tues wed thu thur thurs fri sat ' +
  // the headline verb "OK" ("School board OKs budget that cuts 142 positions"), never a name
  "oks oked ok'd ok’d okays okayed " +
  // a clock time's half of the day ("Posted: 9:14 AM, Jan 16"), never a name
  'am pm a.m p.m'
).split(' ');

export const MONTHS: readonly string[] = (
  'january february march april may june july august september october november december ' +
  'jan feb mar apr jun jul aug sep sept oct nov dec'
).split(' ');

/**
 * Holidays and seasons a date is named by ("will be let go by Christmas", "before Easter"): a
 * capitalised word of time, never an employer.
 */
export const HOLIDAYS: readonly string[] =
  'christmas xmas easter thanksgiving hanukkah diwali eid ramadan halloween passover'.split(' ');

export const WEEKDAYS: readonly string[] = 'monday tuesday wednesday thursday friday saturday sunday'.split(
  ' ',
);

/**
 * News outlets and agencies: when they report, they are the source, not the company that cuts
 * ("Reuters reported that ..."). A sentence about the outlet's own cuts still has its name as
 * subject, so these are only skipped as agents when another company is present.
 */
export const OUTLETS: readonly string[] = [
  'reuters',
  'bloomberg',
  'bloomberg news',
  'cnbc',
  'cnn',
  'bbc news',
  'associated press',
  'ap',
  'afp',
  'the new york times',
  'new york times',
  'the times',
  'times',
  'the wall street journal',
  'wall street journal',
  'wsj',
  'financial times',
  'ft',
  'business insider',
  'insider',
  'the information',
  'techcrunch',
  'the verge',
  'axios',
  'geekwire',
  'moneycontrol',
  'moneycontrol.com',
  'business today',
  'economic times',
  'the guardian',
  'guardian',
  'forbes',
  'fortune',
  'semafor',
  'study hall',
  'the independent',
  'independent',
  'sky news',
  'press trust of india',
  'pti',
  'ians',
  'kltv',
  'wtrf',
  'linkedin',
  'twitter post',
  'blind',
  'dow jones',
  'bernstein',
  'layoffs.fyi',
  'layoffs tracker',
  'trueup',
  'crunchbase',
  'challenger',
  'challenger, gray & christmas',
];

/** Titles in front of a person's name: "CEO Dana Whitfield", "boss Bob Iger". */
export const PERSON_TITLES: readonly string[] = [
  'ceo',
  'co-ceo',
  'chief executive',
  'chief executive officer',
  'boss',
  'founder',
  'co-founder',
  'chairman',
  'chairwoman',
  'president',
  'cfo',
  'chief financial officer',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'director',
  'minister',
  'chancellor',
  'secretary',
  'analyst',
  'svp',
  'vice president',
  'head',
  'mr',
  'mrs',
  'ms',
  'dr',
  'senator',
  'governor',
  'mayor',
  'reporter',
  'editor',
  'owner',
  'executive',
  'manager',
];

/**
 * Common given names: a capitalised run starting with one is a person ("Daniel Ek said"), not an
 * employer. A short list is enough because titles and "said" catch most of the rest.
 */
export const FIRST_NAMES: readonly string[] = (
  'aaron adam alan alex alexander alice amanda amy andrew andy angela ann anna anne anthony arvind ashley barbara ben ' +
  'benjamin bill bob brad brian bruce carl carol catherine charles chris christine christopher chuck dan dana daniel ' +
  'david deborah dennis donald doug douglas ed edward elizabeth elon emily emma eric frank gary george gordon greg ' +
  'hannah harry helen henry jack jacob james jamie jane janet jason jeff jennifer jeremy jessica jim joe john jon ' +
  'jonathan joseph josh julia julie karen kate kevin kim larry laura lisa mark marc mary matt matthew michael ' +
  'michelle mike nancy nick nicole pat patrick paul peter rachel richard rick robert ryan sam samantha sandra sarah ' +
  'satya scott sean sheryl simon stephen steve steven sue sundar susan thomas tim tom tony victoria william ' +
  'rishi rahul raj priya amit sriharsha saptarshi vijay sanjay anil sunil ravi mukesh nandan byju ' +
  'jack andy jassy sheryl pichai mark zuckerberg bob iger lip-bu pat gelsinger christian sewing ' +
  // more given names common in English-language news (quoted workers, coaches, analysts)
  'lauren megan melissa rebecca natalie olivia sophie lucy abigail hailey ' +
  'kayla brittany courtney heather stephanie danielle erin kristen ' +
  'caroline linda margaret patricia ruth sharon teresa nadia maria ana ' +
  'carlos jose luis juan miguel diego pedro antonio marco luca giulia hans klaus jurgen ingrid ' +
  'lars sven anders erik olga ivan dmitri yuki kenji hiroshi wei chen ming mohammed ahmed omar ' +
  'ali fatima aisha brandon justin kyle derek trevor cody dustin owen ' +
  'noah liam lucas mason caleb aaron evan ian connor dylan gavin victor vincent ' +
  'roger ronald wayne keith gregory jeffrey timothy jerry terry'
).split(' ');

/**
 * What a person is, said right after the name in apposition ("Lauren Blake, a coach in Austin",
 * "Pia Lund, an economist at ..."): the name before is a person. Never a word news also uses for
 * a company ("developer", "provider"), so "Kestrel Labs, a developer of ..." stays a company.
 */
export const PERSON_ROLES: readonly string[] = [
  'coach',
  'professor',
  'economist',
  'recruiter',
  'consultant',
  'lawyer',
  'attorney',
  'researcher',
  'scientist',
  'strategist',
  'adviser',
  'advisor',
  'teacher',
  'nurse',
  'engineer',
  'designer',
  'programmer',
  'journalist',
  'writer',
  'author',
  'lecturer',
  'student',
  'worker',
  'employee',
  'veteran',
  'expert',
  'specialist',
  'organizer',
  'organiser',
  'activist',
  'mother',
  'father',
  'resident',
];

/**
 * Trade unions by name: they speak for workers and never cut jobs themselves ("Volkswagen and IG
 * Metall agreed to cut 35,000 jobs": the cut is Volkswagen's). Lowercase, matched as a whole name.
 */
export const UNIONS: readonly string[] = [
  'ig metall',
  'ig bce',
  'verdi',
  'ver.di',
  'unite',
  'unison',
  'gmb',
  'usdaw',
  'rmt',
  'aslef',
  'cwu',
  'pcs',
  'teamsters',
  'uaw',
  'afl-cio',
  'sag-aftra',
  'newsguild',
  'cwa',
  'seiu',
  'usw',
  'afge',
  'nteu',
  'unifor',
  'cupe',
  'fnv',
  'cgt',
  'cfdt',
  // more unions that news names by their initials
  'afscme',
  'ibew',
  'ufcw',
  'numsa',
  'cosatu',
  'siptu',
  'forsa',
  'ucu',
  'nuj',
  'rcn',
];

/** Generic references to the company in focus ("the company", "the tech giant", "the bank"). */
export const FOCUS_NOUNS: readonly string[] = [
  'company',
  'firm',
  'group',
  'giant',
  'tech giant',
  'retail giant',
  'software giant',
  'e-commerce giant',
  'business',
  'bank',
  'lender',
  'broadcaster',
  'retailer',
  'carrier',
  'automaker',
  'carmaker',
  'chipmaker',
  'maker',
  'startup',
  'start-up',
  'platform',
  'service',
  'streamer',
  'publisher',
  'network',
  'conglomerate',
  'corporation',
  'insurer',
  'airline',
  'operator',
  'multinational',
  'organisation',
  'organization',
  'outlet',
  'newspaper',
  'paper',
  'tabloid',
  'magazine',
  'agency',
  'provider',
  'supplier',
  'manufacturer',
  'postal company',
  'sportswear giant',
  'social media giant',
  'search giant',
  'media company',
  'tech company',
  'employer',
  // what news calls the employer by its trade: "the studio", "the brewer", "the chain", "the utility"
  'studio',
  'developer',
  'brewer',
  'distiller',
  'chain',
  'grocer',
  'supermarket',
  'hospital',
  'hospital system',
  'health system',
  'utility',
  'charity',
  // "The trust had already let go of 150 coordinators", "the exporter told its workers"
  'trust',
  'exporter',
  'nonprofit',
  'non-profit',
  'university',
  'council',
  'contractor',
  'distributor',
  'wholesaler',
  'producer',
  'processor',
  'drugmaker',
  'steelmaker',
  'miner',
  'fintech',
  'telco',
  'railroad',
  'railway',
  'brand',
  'marketplace',
];

/**
 * Currency marks written in letters before an amount: "a loss of Dh14.1 billion", "Rs 500 crore",
 * "HK$3 billion". `DOLLAR_CURRENCIES` stand before "$" ("A$2.5bn", "S$40m"); the others before
 * the figure itself, with or without a space. An amount is never an employer.
 */
export const DOLLAR_CURRENCIES: readonly string[] = [
  'HK',
  'NZ',
  'US',
  'NT',
  'A',
  'C',
  'S',
  'R',
  'Z',
  'J',
  'RD',
];
export const LETTER_CURRENCIES: readonly string[] = [
  ...['Dh', 'Dhs', 'AED', 'SAR', 'SR', 'QR', 'BD', 'KD', 'OMR', 'EGP', 'LE'],
  ...['Rs', 'INR', 'PKR', 'LKR', 'NPR', 'Tk', 'BDT', 'Rp', 'RM', 'Php', 'Rmb', 'RMB', 'CNY', 'JPY'],
  ...['KSh', 'Ksh', 'Sh', 'KES', 'NGN', 'ZAR', 'GHS', 'USD', 'EUR', 'GBP', 'CAD', 'AUD', 'CHF'],
  ...['SEK', 'NOK', 'DKK', 'TL', 'TRY'],
];
