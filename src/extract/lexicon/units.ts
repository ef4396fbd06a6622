/**
 * Well-known parent/unit pairs: a cut at the unit is the parent's, with the unit kept in its own
 * field ("AWS" → Amazon / AWS). Extendable with options.unitsFile (a JSON array of the same
 * shape). Names are matched case-sensitively as whole words; the longest alias wins.
 */
export interface UnitEntry {
  readonly parent: string;
  /** Canonical unit name, or null when the alias is just another spelling of the parent. */
  readonly unit: string | null;
  readonly aliases: readonly string[];
}

export const UNITS: readonly UnitEntry[] = [
  { parent: 'Amazon', unit: 'AWS', aliases: ['Amazon Web Services', 'AWS'] },
  { parent: 'Amazon', unit: null, aliases: ['Amazon.com', 'Amazon'] },
  { parent: 'Amazon', unit: 'Twitch', aliases: ['Twitch'] },
  { parent: 'Amazon', unit: 'Audible', aliases: ['Audible'] },
  { parent: 'Amazon', unit: 'Prime Video', aliases: ['Amazon Prime Video', 'Prime Video'] },
  { parent: 'Amazon', unit: 'MGM Studios', aliases: ['Amazon MGM Studios', 'Amazon Studios', 'MGM Studios'] },
  { parent: 'Amazon', unit: 'Whole Foods', aliases: ['Whole Foods Market', 'Whole Foods'] },
  { parent: 'Amazon', unit: 'Zoox', aliases: ['Zoox'] },
  { parent: 'Alphabet', unit: null, aliases: ['Alphabet'] },
  { parent: 'Google', unit: 'YouTube', aliases: ['YouTube'] },
  { parent: 'Google', unit: 'Verily Life Sciences', aliases: ['Verily Life Sciences', 'Verily'] },
  { parent: 'Google', unit: 'DeepMind', aliases: ['Google DeepMind', 'DeepMind'] },
  { parent: 'Google', unit: 'Waymo', aliases: ['Waymo'] },
  { parent: 'Meta', unit: 'Instagram', aliases: ['Instagram'] },
  { parent: 'Meta', unit: 'WhatsApp', aliases: ['WhatsApp'] },
  { parent: 'Meta', unit: 'Reality Labs', aliases: ['Reality Labs'] },
  { parent: 'Meta', unit: null, aliases: ['Meta Platforms', 'Meta'] },
  { parent: 'Microsoft', unit: 'Activision Blizzard', aliases: ['Activision Blizzard', 'Activision'] },
  { parent: 'Microsoft', unit: 'LinkedIn', aliases: ['LinkedIn'] },
  { parent: 'Microsoft', unit: 'GitHub', aliases: ['GitHub'] },
  { parent: 'Microsoft', unit: 'Xbox', aliases: ['Xbox'] },
  { parent: 'Disney', unit: null, aliases: ['Walt Disney', 'Disney'] },
  { parent: 'Disney', unit: 'ESPN', aliases: ['ESPN'] },
  { parent: 'Disney', unit: 'Hulu', aliases: ['Hulu'] },
  { parent: 'Byju\u2019s', unit: 'Toppr', aliases: ['Toppr'] },
  { parent: 'Byju\u2019s', unit: 'WhiteHat Jr', aliases: ['WhiteHat Jr'] },
  { parent: 'Salesforce', unit: 'Slack', aliases: ['Slack'] },
  { parent: 'Salesforce', unit: 'MuleSoft', aliases: ['MuleSoft'] },
  { parent: 'Salesforce', unit: 'Tableau', aliases: ['Tableau'] },
  { parent: 'BBC', unit: 'World Service', aliases: ['BBC World Service'] },
];
