/**
 * Why a source could not give us an article. One closed union so the CLI can print a short
 * reason per input and go on ("site.com/x: not-article (cookie wall)"), and tests can assert the
 * kind of failure rather than a message.
 */
export type SourceErrorCode =
  /** A file that is not text: NUL bytes, many control characters (a PDF, a PNG renamed .txt). */
  | 'binary'
  /** Larger than the size cap (file or HTTP body). */
  | 'too-large'
  /** A declared charset we cannot decode ("charset=x-klingon"). */
  | 'bad-encoding'
  /** Decoded fine but holds no article: paywall stub, cookie wall, a page with 12 words. */
  | 'not-article'
  /** HTTP status not 2xx, too many redirects, a bad URL, a refused connection. */
  | 'http'
  | 'timeout'
  /** The host resolves to a loopback, private or link-local address (and allowPrivate is off). */
  | 'private-address'
  /** The server sent a type we do not read (image/png for an article). */
  | 'content-type'
  /** Not a feed, or a feed the parser rejects. */
  | 'feed'
  /** A CSV missing required columns, or a row that does not fit its schema. */
  | 'csv'
  /** A JSONL line that is not JSON or lacks text/html. */
  | 'jsonl'
  /** A manifest, OPML or feed-state file that cannot be read. */
  | 'io';

export class SourceError extends Error {
  override readonly name = 'SourceError';
  readonly code: SourceErrorCode;
  /** The file path or URL the error is about, when known. */
  readonly source: string | null;

  constructor(
    code: SourceErrorCode,
    message: string,
    options: { source?: string | null; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.source = options.source ?? null;
  }
}

export function isSourceError(e: unknown): e is SourceError {
  return e instanceof SourceError;
}

/** For catch blocks: keep a SourceError as is, wrap anything else under `code`. */
export function toSourceError(e: unknown, code: SourceErrorCode, source: string | null): SourceError {
  if (e instanceof SourceError) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new SourceError(code, message, { source, cause: e });
}
