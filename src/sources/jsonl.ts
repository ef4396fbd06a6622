import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import type { ArticleInput } from '../domain/article.ts';
import { normalizeDate } from './dates.ts';
import { SourceError, toSourceError } from './errors.ts';
import { extractHtmlArticle, outletFromUrl } from './html.ts';
import { MAX_FILE_BYTES, titleFromText } from './text-file.ts';

/** Characters of a bad line kept in its error, enough to find it in the file. */
export const BAD_LINE_EXCERPT_CHARS = 120;

/** One line's outcome; a bad line does not stop the stream. `line` is 1-based. */
export type JsonlRecord =
  | {
      readonly line: number;
      readonly ok: true;
      readonly input: ArticleInput;
      readonly warnings: readonly string[];
    }
  | { readonly line: number; readonly ok: false; readonly error: SourceError; readonly excerpt: string };

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v : null;
}

/**
 * One JSON object → an article: `{"url","title","published","outlet"?,"file"?,"text"}` or with
 * "html" instead of "text" (then the page goes through extractHtmlArticle, and the line's own
 * fields win over the page's metadata).
 */
export function jsonlObjectToArticle(
  row: unknown,
  where: string,
): { input: ArticleInput; warnings: string[] } {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) {
    throw new SourceError('jsonl', 'not a JSON object', { source: where });
  }
  const r = row as Record<string, unknown>;
  const warnings: string[] = [];
  const url = str(r.url);
  const rawPublished = str(r.published);
  const published = normalizeDate(rawPublished);
  if (rawPublished && !published)
    warnings.push(`"published" ${JSON.stringify(rawPublished)} is not a date; ignored`);
  const given = {
    url,
    title: str(r.title)?.trim() ?? null,
    outlet: str(r.outlet)?.trim() ?? null,
    file: str(r.file) ?? null,
    published,
  };
  const text = str(r.text);
  const html = str(r.html);
  if (text) {
    const input: ArticleInput = {
      text,
      file: given.file,
      url,
      outlet: given.outlet ?? outletFromUrl(url),
      title: given.title ?? titleFromText(text),
      published,
      publishedBasis: published ? 'metadata' : null,
    };
    return { input, warnings };
  }
  if (html) {
    const page = extractHtmlArticle(html, { url, file: given.file });
    warnings.push(...page.warnings);
    const p = page.input;
    const input: ArticleInput = {
      ...p,
      title: given.title ?? p.title ?? null,
      outlet: given.outlet ?? p.outlet ?? null,
      published: published ?? p.published ?? null,
      publishedBasis: published ? 'metadata' : (p.publishedBasis ?? null),
    };
    return { input, warnings };
  }
  throw new SourceError('jsonl', 'no "text" or "html" field', { source: where });
}

/**
 * Articles from a JSONL file, one per line, read as a stream (a 1 GB export never sits in
 * memory whole). Blank lines are skipped; a line that is not JSON, has no text, or holds a
 * paywall page yields `{ok: false, error}` and reading goes on. A file that cannot be opened
 * throws SourceError 'io'.
 */
export async function* readJsonlArticles(
  path: string,
  opts: { readonly maxLineChars?: number } = {},
): AsyncGenerator<JsonlRecord, void, undefined> {
  const maxLineChars = opts.maxLineChars ?? MAX_FILE_BYTES;
  const stream = createReadStream(path, { encoding: 'utf8' });
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNo = 0;
  try {
    for await (const raw of lines) {
      lineNo++;
      const line = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
      if (!line.trim()) continue;
      const where = `${basename(path)}:${lineNo}`;
      const excerpt = line.slice(0, BAD_LINE_EXCERPT_CHARS);
      let record: JsonlRecord;
      try {
        if (line.length > maxLineChars) {
          throw new SourceError(
            'too-large',
            `line of ${line.length} characters, over the ${maxLineChars} cap`,
            {
              source: where,
            },
          );
        }
        let row: unknown;
        try {
          row = JSON.parse(line);
        } catch (e) {
          throw new SourceError('jsonl', `not JSON: ${(e as Error).message}`, { source: where });
        }
        const { input, warnings } = jsonlObjectToArticle(row, where);
        record = { line: lineNo, ok: true, input, warnings };
      } catch (e) {
        record = { line: lineNo, ok: false, error: toSourceError(e, 'jsonl', where), excerpt };
      }
      yield record;
    }
  } catch (e) {
    throw toSourceError(e, 'io', path);
  } finally {
    lines.close();
    stream.destroy();
  }
}
