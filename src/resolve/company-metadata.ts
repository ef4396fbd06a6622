/**
 * Well-known employers: canonical name, other names the news uses, industry, headquarters
 * country (ISO 3166 alpha-2 names as Layoffs.fyi writes them), and units whose names appear
 * on their own ("AWS cut hundreds" is Amazon, unit AWS). Data only; normalize-company.ts reads it.
 */
export interface CompanyMetadata {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly industry: string;
  readonly country: string;
  readonly units?: readonly { readonly name: string; readonly aliases: readonly string[] }[];
}

export const COMPANY_METADATA: readonly CompanyMetadata[] = [
  {
    name: 'Amazon',
    aliases: ['Amazon.com', 'Amazon.com Inc'],
    industry: 'Retail',
    country: 'United States',
    units: [
      { name: 'AWS', aliases: ['Amazon Web Services'] },
      { name: 'Twitch', aliases: [] },
      { name: 'Audible', aliases: [] },
      { name: 'Whole Foods', aliases: ['Whole Foods Market'] },
    ],
  },
  {
    name: 'Alphabet',
    aliases: ['Google', 'Google LLC'],
    industry: 'Consumer',
    country: 'United States',
    units: [
      { name: 'Verily', aliases: ['Verily Life Sciences'] },
      { name: 'YouTube', aliases: [] },
      { name: 'Waymo', aliases: [] },
    ],
  },
  {
    name: 'Meta',
    aliases: ['Facebook', 'Meta Platforms'],
    industry: 'Consumer',
    country: 'United States',
    units: [
      { name: 'Instagram', aliases: [] },
      { name: 'WhatsApp', aliases: [] },
    ],
  },
  {
    name: 'Microsoft',
    aliases: [],
    industry: 'Other',
    country: 'United States',
    units: [
      { name: 'Activision Blizzard', aliases: ['Activision', 'Blizzard'] },
      { name: 'LinkedIn', aliases: [] },
      { name: 'GitHub', aliases: [] },
    ],
  },
  { name: 'Twitter', aliases: ['X Corp', 'X'], industry: 'Consumer', country: 'United States' },
  { name: 'Salesforce', aliases: [], industry: 'Sales', country: 'United States' },
  { name: 'Spotify', aliases: [], industry: 'Media', country: 'Sweden' },
  { name: 'Intel', aliases: [], industry: 'Hardware', country: 'United States' },
  { name: 'HP', aliases: ['Hewlett-Packard', 'HP Inc'], industry: 'Hardware', country: 'United States' },
  { name: 'Cisco', aliases: ['Cisco Systems'], industry: 'Infrastructure', country: 'United States' },
  { name: 'Instacart', aliases: ['Maplebear'], industry: 'Food', country: 'United States' },
  { name: 'Apple', aliases: [], industry: 'Consumer', country: 'United States' },
  { name: 'Netflix', aliases: [], industry: 'Media', country: 'United States' },
  { name: 'Tesla', aliases: [], industry: 'Transportation', country: 'United States' },
  { name: 'IBM', aliases: [], industry: 'Other', country: 'United States' },
  { name: 'Dell', aliases: ['Dell Technologies'], industry: 'Hardware', country: 'United States' },
  { name: 'PayPal', aliases: [], industry: 'Finance', country: 'United States' },
  { name: 'Uber', aliases: [], industry: 'Transportation', country: 'United States' },
  { name: 'Snap', aliases: ['Snapchat'], industry: 'Consumer', country: 'United States' },
  { name: 'BuzzFeed', aliases: [], industry: 'Media', country: 'United States' },
  {
    name: 'Disney',
    aliases: ['Walt Disney', 'The Walt Disney Company'],
    industry: 'Media',
    country: 'United States',
  },
  { name: 'Nike', aliases: [], industry: 'Retail', country: 'United States' },
  {
    name: 'Ford',
    aliases: ['Ford Motor', 'Ford Motor Company'],
    industry: 'Transportation',
    country: 'United States',
  },
  { name: 'Goldman Sachs', aliases: [], industry: 'Finance', country: 'United States' },
  { name: 'Citigroup', aliases: ['Citi', 'Citibank'], industry: 'Finance', country: 'United States' },
  { name: 'Morgan Stanley', aliases: [], industry: 'Finance', country: 'United States' },
  { name: 'Deutsche Bank', aliases: [], industry: 'Finance', country: 'Germany' },
  {
    name: 'BBC',
    aliases: ['British Broadcasting Corporation'],
    industry: 'Media',
    country: 'United Kingdom',
    units: [{ name: 'World Service', aliases: ['BBC World Service'] }],
  },
  { name: 'Royal Mail', aliases: [], industry: 'Logistics', country: 'United Kingdom' },
  {
    name: 'BT',
    aliases: ['BT Group', 'British Telecom'],
    industry: 'Infrastructure',
    country: 'United Kingdom',
  },
  { name: 'BP', aliases: [], industry: 'Energy', country: 'United Kingdom' },
  { name: 'Exxon Mobil', aliases: ['ExxonMobil', 'Exxon'], industry: 'Energy', country: 'United States' },
  { name: 'Swiggy', aliases: [], industry: 'Food', country: 'India' },
  {
    name: "Byju's",
    aliases: ['Byjus', 'BYJU’S'],
    industry: 'Education',
    country: 'India',
    units: [
      { name: 'Toppr', aliases: [] },
      { name: 'WhiteHat Jr', aliases: [] },
    ],
  },
  {
    name: 'Paytm',
    aliases: ['One97 Communications', 'One97 Communication'],
    industry: 'Finance',
    country: 'India',
  },
  { name: 'Ola', aliases: ['Ola Cabs', 'ANI Technologies'], industry: 'Transportation', country: 'India' },
  { name: 'Zoom', aliases: ['Zoom Video Communications'], industry: 'Other', country: 'United States' },
  { name: 'Stripe', aliases: [], industry: 'Finance', country: 'United States' },
  { name: 'Shopify', aliases: [], industry: 'Retail', country: 'Canada' },
  { name: 'SAP', aliases: [], industry: 'Other', country: 'Germany' },
  {
    name: 'Los Angeles Times',
    aliases: ['LA Times', 'L.A. Times'],
    industry: 'Media',
    country: 'United States',
  },
];
