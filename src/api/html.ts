/*
 * The dashboard's single escaping point. `html` is a tagged template: every interpolated value is
 * escaped unless it is already SafeHtml (the result of another `html` call), so article text
 * like `<img src=x onerror=alert(1)>` prints as text, and a page is built only from templates.
 *
 * Hand-written rather than a dependency: the auto-escaping template libraries that exist are
 * either tied to a front-end framework or a client-side renderer (lit-html, htm + preact), or
 * full template languages with their own syntax and file loaders (nunjucks, eta, handlebars);
 * none is a small, maintained, server-side "escape every interpolation" function that fits a
 * TypeScript-only Fastify app. The whole job is ~30 lines, tested in test/api/html.test.ts.
 */

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/** Escapes for both text and quoted attribute values: `"a<b" & 'c'` → `&quot;a&lt;b&quot; &amp; &#39;c&#39;`. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => ESCAPES[c] ?? c);
}

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.value;
  if (value === null || value === undefined || value === false || value === true) return '';
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** html`<p>${userText}</p>`: escapes userText; nested html`` and arrays of them pass through. */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? '');
  return new SafeHtml(out);
}

/**
 * A link target for untrusted URLs: only absolute http(s) URLs survive, so `javascript:alert(1)`,
 * `data:text/html,...` and ` jAvAsCrIpT:` (leading space, mixed case) all give null and the caller
 * renders plain text instead of a link.
 */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A same-site link with a query string built from non-empty values: `/events?company=amazon`. */
export function hrefWithQuery(
  path: string,
  query: Readonly<Record<string, string | number | null | undefined>>,
): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v !== null && v !== undefined && v !== '') params.set(k, String(v));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}
