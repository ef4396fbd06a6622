/**
 * Atom 1.0 (RFC 4287) writer for the events feed. Event text comes from articles, so every text
 * node and attribute is XML-escaped; `AT&T <cuts>` → `AT&amp;T &lt;cuts&gt;`. Characters XML 1.0
 * forbids (control characters other than tab/newline/CR) are dropped, or the feed would not parse.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters XML 1.0 forbids.
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(XML_FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export interface AtomEntry {
  /** A stable IRI: tag:…,event/42 — an updated event keeps its id and changes `updated`. */
  readonly id: string;
  readonly title: string;
  readonly link: string;
  /** RFC 3339 date-time. */
  readonly updated: string;
  readonly published?: string;
  readonly summary: string;
}

export interface AtomFeed {
  readonly id: string;
  readonly title: string;
  readonly selfLink: string;
  readonly alternateLink: string;
  readonly updated: string;
  readonly entries: readonly AtomEntry[];
}

export function renderAtom(feed: AtomFeed): string {
  const e = escapeXml;
  const entries = feed.entries
    .map(
      (entry) => `  <entry>
    <id>${e(entry.id)}</id>
    <title type="text">${e(entry.title)}</title>
    <link rel="alternate" type="text/html" href="${e(entry.link)}"/>
    <updated>${e(entry.updated)}</updated>${entry.published ? `\n    <published>${e(entry.published)}</published>` : ''}
    <summary type="text">${e(entry.summary)}</summary>
  </entry>
`,
    )
    .join('');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${e(feed.id)}</id>
  <title type="text">${e(feed.title)}</title>
  <link rel="self" type="application/atom+xml" href="${e(feed.selfLink)}"/>
  <link rel="alternate" type="text/html" href="${e(feed.alternateLink)}"/>
  <updated>${e(feed.updated)}</updated>
  <author><name>Layoff Tracker</name></author>
${entries}</feed>
`;
}

/** "2024-04-03" → "2024-04-03T00:00:00Z"; Atom wants full date-times. */
export function atomDate(day: string | null | undefined, fallback: string): string {
  if (day && /^\d{4}-\d{2}-\d{2}$/.test(day)) return `${day}T00:00:00Z`;
  return fallback;
}
