import type { Span } from '../../domain/span.ts';
import { html, type SafeHtml } from '../html.ts';

/** Characters of article text shown on each side of the evidence sentence. */
export const CONTEXT_CHARS = 280;

export interface ExcerptInput {
  /** The whole article text, when the store hands it out; else only the evidence is shown. */
  readonly text: string | null;
  readonly evidence: Span;
  /** Field name → span in the same text ("count" → "several hundred"). */
  readonly fieldSpans: Readonly<Record<string, Span>>;
}

/**
 * The evidence sentence in its paragraph: context before and after as plain text, the evidence in
 * <mark>, and inside it each field's words in <b data-field="count">. All text goes through the
 * `html` escaper, so an article body containing `<script>` shows as text. Spans that do not match
 * the text (a stale offset) are skipped rather than trusted: a wrong highlight is worse than none.
 */
export function renderExcerpt(input: ExcerptInput): SafeHtml {
  const { evidence } = input;
  const text =
    input.text !== null && input.text.slice(evidence.start, evidence.end) === evidence.text
      ? input.text
      : null;
  // Work in evidence-relative offsets so the no-text case shares the code.
  const fields = Object.entries(input.fieldSpans)
    .filter(([, s]) => s.start >= evidence.start && s.end <= evidence.end && s.end > s.start)
    .filter(([, s]) => evidence.text.slice(s.start - evidence.start, s.end - evidence.start) === s.text)
    .sort(([, a], [, b]) => a.start - b.start || b.end - a.end);
  const parts: SafeHtml[] = [];
  let cursor = 0;
  for (const [name, span] of fields) {
    const start = span.start - evidence.start;
    if (start < cursor) continue; // overlaps the previous field: keep the first, longer one
    parts.push(
      html`${evidence.text.slice(cursor, start)}<b class="hl" data-field="${name}">${span.text}</b>`,
    );
    cursor = span.end - evidence.start;
  }
  parts.push(html`${evidence.text.slice(cursor)}`);
  const marked = html`<mark>${parts}</mark>`;
  if (!text) return html`<blockquote class="excerpt">${marked}</blockquote>`;
  const before = contextBefore(text, evidence.start);
  const after = contextAfter(text, evidence.end);
  return html`<blockquote class="excerpt">${before.cut ? '… ' : ''}${before.text}${marked}${after.text}${after.cut ? ' …' : ''}</blockquote>`;
}

/** Up to CONTEXT_CHARS before `end`, starting at a word boundary: "…the company said. Amazon" */
function contextBefore(text: string, end: number): { text: string; cut: boolean } {
  const from = Math.max(0, end - CONTEXT_CHARS);
  if (from === 0) return { text: text.slice(0, end), cut: false };
  const slice = text.slice(from, end);
  const space = slice.search(/\s/);
  return { text: space >= 0 ? slice.slice(space + 1) : slice, cut: true };
}

function contextAfter(text: string, start: number): { text: string; cut: boolean } {
  const to = Math.min(text.length, start + CONTEXT_CHARS);
  if (to === text.length) return { text: text.slice(start), cut: false };
  const slice = text.slice(start, to);
  const space = slice.search(/\s\S*$/);
  return { text: space > 0 ? slice.slice(0, space) : slice, cut: true };
}
