/**
 * Places, lowercase: a capitalised run that is a place is a location of the cuts, never the
 * company ("Jobs will be cut in Germany and Poland, Kessler AG said").
 */
export const COUNTRIES: readonly string[] = (
  'us|u.s.|usa|united states|america|uk|u.k.|britain|great britain|england|scotland|wales|northern ireland|ireland|' +
  'india|china|japan|germany|france|italy|spain|portugal|netherlands|belgium|poland|sweden|norway|denmark|finland|' +
  'switzerland|austria|canada|mexico|brazil|argentina|chile|colombia|australia|new zealand|singapore|malaysia|' +
  'indonesia|philippines|vietnam|thailand|south korea|korea|taiwan|hong kong|israel|turkey|lebanon|egypt|nigeria|' +
  'kenya|south africa|pakistan|bangladesh|sri lanka|uae|saudi arabia|qatar|russia|ukraine|europe|asia|africa|' +
  'latin america|middle east|emea|apac|north america|south america|' +
  // more countries whose possessive opens a company's name ("Greece's Kestrel Bank")
  'greece|hungary|czech republic|czechia|romania|bulgaria|croatia|serbia|slovakia|slovenia|luxembourg|' +
  'iceland|estonia|latvia|lithuania|peru|venezuela|ecuador|uruguay|iran|iraq|morocco|algeria|tunisia|' +
  'ghana|ethiopia|tanzania|uganda|kuwait|oman|bahrain|nepal|cambodia|myanmar|kazakhstan'
).split('|');

/**
 * US states by their full names, as news writes them after a town ("Harlingen, Texas"), lowercase.
 * ("dakota" stands for both Dakotas' second word.)
 */
export const US_STATES: readonly string[] = (
  'texas|california|ohio|oregon|florida|virginia|west virginia|new jersey|massachusetts|michigan|' +
  'illinois|pennsylvania|georgia|colorado|arizona|nevada|utah|minnesota|wisconsin|missouri|tennessee|' +
  'kentucky|indiana|iowa|kansas|north carolina|south carolina|alabama|louisiana|oklahoma|arkansas|' +
  'mississippi|connecticut|maryland|delaware|maine|vermont|new hampshire|rhode island|idaho|montana|' +
  'wyoming|nebraska|dakota|alaska|hawaii'
).split('|');

export const CITIES: readonly string[] = (
  'london|new york|san francisco|seattle|los angeles|chicago|boston|austin|dallas|houston|washington|atlanta|' +
  'denver|miami|toronto|vancouver|montreal|paris|berlin|munich|frankfurt|dublin|amsterdam|stockholm|madrid|' +
  'barcelona|milan|rome|zurich|geneva|bangalore|bengaluru|mumbai|delhi|new delhi|hyderabad|chennai|pune|gurugram|' +
  'gurgaon|noida|kolkata|tokyo|osaka|beijing|shanghai|shenzhen|seoul|sydney|melbourne|tel aviv|istanbul|beirut|' +
  'lagos|johannesburg|cape town|karachi|lahore|dhaka|swansea|cardiff|leeds|manchester|birmingham|glasgow|' +
  'edinburgh|belfast|bristol|liverpool|whitehouse|newell|cincinnati|portland|beaverton|redmond|cupertino|' +
  'mountain view|menlo park|palo alto|silicon valley|bay area|' +
  // more Bay Area towns where tech sites are cut ("worked at a Santa Clara facility")
  'santa clara|sunnyvale|san jose|san mateo|fremont|oakland|' +
  'w.va.|karnataka|maharashtra|capital|' +
  // regions of a country that news names an employer by ("A Midwest hospital system", "a WA nickel
  // mine"): a place, never the company
  'midwest|mid-atlantic|pacific northwest|western australia|queensland|new south wales|wa|nsw|qld'
)
  .split('|')
  .concat(US_STATES);

/**
 * Abbreviations of US states and Canadian provinces as news style writes them after a town
 * ("Gastonia, N.C.", "Flint, Mich.", "London, Ont."): places, never the company. Lowercase,
 * with their dots.
 */
export const STATE_ABBREVIATIONS: readonly string[] = (
  'ala. ariz. ark. calif. colo. conn. del. d.c. fla. ga. ill. ind. kan. kans. ky. la. md. mass. ' +
  'mich. minn. miss. mo. mont. neb. nev. n.h. n.j. n.m. n.y. n.c. n.d. okla. ore. pa. r.i. s.c. ' +
  's.d. tenn. tex. va. vt. wash. wis. wyo. w.va. ' +
  'ont. que. b.c. alta. sask. n.s. n.b. nfld. p.e.i.'
).split(' ');

/** Regions a company reports its staff by ("employees in Asia Pacific, the Middle East and Africa"). */
export const REGIONS: readonly string[] = [
  'asia pacific',
  'asia-pacific',
  'western europe',
  'eastern europe',
  'southeast asia',
];
