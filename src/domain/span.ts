/**
 * A piece of an article's text, by UTF-16 offsets (as JavaScript strings count them), end
 * exclusive. Invariant everywhere: `body.slice(span.start, span.end) === span.text`.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export function makeSpan(body: string, start: number, end: number): Span {
  return { start, end, text: body.slice(start, end) };
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** The text between two spans, in order: the glue a merge rule looks at ("Amazon" ", the" "AWS"). */
export function textBetween(body: string, a: Span, b: Span): string {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  return first.end <= second.start ? body.slice(first.end, second.start) : '';
}

export function isValidSpan(body: string, span: Span): boolean {
  return (
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.end <= body.length &&
    span.start <= span.end &&
    body.slice(span.start, span.end) === span.text
  );
}
