import { html, type SafeHtml } from '../html.ts';

export type NavKey = 'home' | 'events' | 'companies' | 'methodology' | 'none';

const NAV: readonly { key: NavKey; href: string; label: string }[] = [
  { key: 'home', href: '/', label: 'Overview' },
  { key: 'events', href: '/events', label: 'Events' },
  { key: 'companies', href: '/companies', label: 'Companies' },
  { key: 'methodology', href: '/methodology', label: 'Methodology' },
];

export interface PageOptions {
  readonly title: string;
  readonly nav: NavKey;
  readonly body: SafeHtml;
  /** Pages with a chart load uPlot; the others ship no script at all. */
  readonly charts?: boolean;
}

/** The document shell: skip link, navigation, main landmark, footer with the API and feed. */
export function layout(page: PageOptions): SafeHtml {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} · Layoff Tracker</title>
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/static/style.css">
${page.charts ? html`<link rel="stylesheet" href="/static/vendor/uplot/uPlot.min.css">` : ''}
<link rel="alternate" type="application/atom+xml" title="Layoff Tracker: new and updated events" href="/feed.xml">
${page.charts ? html`<script src="/static/vendor/uplot/uPlot.iife.min.js" defer></script><script src="/static/charts.js" defer></script>` : ''}
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
  <a class="brand" href="/">Layoff Tracker</a>
  <nav aria-label="Main">
    <ul>
      ${NAV.map(
        (item) =>
          html`<li><a href="${item.href}"${item.key === page.nav ? html` aria-current="page"` : ''}>${item.label}</a></li>`,
      )}
    </ul>
  </nav>
</header>
<main id="main" tabindex="-1">
${page.body}
</main>
<footer class="site-footer">
  <p>Every figure links to the sentences it comes from. Data: <a href="/api/export.csv">CSV</a> ·
  <a href="/api/export.json">JSON</a> · <a href="/api/openapi.json">API (OpenAPI)</a> ·
  <a href="/feed.xml">Atom feed</a></p>
</footer>
</body>
</html>
`;
}

/** An error page in the same shell, for the dashboard's 400 and 404 answers. */
export function errorPage(status: number, message: string): SafeHtml {
  const title = status === 404 ? 'Not found' : status === 400 ? 'Bad request' : 'Something went wrong';
  return layout({
    title,
    nav: 'none',
    body: html`<h1>${title}</h1><p class="error-message">${message}</p><p><a href="/">Back to the overview</a></p>`,
  });
}
