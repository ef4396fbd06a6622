import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { ArticleInput, PublishedBasis } from '../domain/article.ts';
import { normalizeDate } from './dates.ts';
import { binaryReason, decodeBytes } from './decode.ts';
import { SourceError, toSourceError } from './errors.ts';
import { extractHtmlArticle } from './html.ts';

/** Largest article file we read. The longest news article is ~200 KB of text; 10 MB is a dump, not a story. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Extensions picked up when a folder is expanded. A file named explicitly is read whatever its name. */
export const ARTICLE_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.html', '.htm', '.md']);
const HTML_EXTENSIONS: ReadonlySet<string> = new Set(['.html', '.htm', '.xhtml']);
/** A first line longer than this is a paragraph, not a headline. */
export const MAX_TITLE_CHARS = 200;

/** One line of a manifest JSONL: `{"file":"001.txt","url":...,"outlet":...,"published":"2024-04-03"}`. */
export interface ManifestEntry {
  readonly file: string;
  readonly url: string | null;
  readonly outlet: string | null;
  readonly title: string | null;
  /** YYYY-MM-DD, normalised. */
  readonly published: string | null;
  readonly publishedBasis: PublishedBasis | null;
}

export type Manifest = ReadonlyMap<string, ManifestEntry>;

export interface ReadFileOptions {
  readonly maxBytes?: number;
  /** Force an encoding ("windows-1252"); otherwise BOM, <meta charset>, else UTF-8. */
  readonly encoding?: string | null;
  /** Metadata by file name (see loadManifest); its values win over what the file itself says. */
  readonly manifest?: Manifest | null;
}

export interface FileArticle {
  readonly path: string;
  readonly input: ArticleInput;
  readonly warnings: readonly string[];
}

function optionalString(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

const PUBLISHED_BASES: ReadonlySet<string> = new Set(['metadata', 'text', 'url', 'sibling']);

/**
 * A manifest JSONL → entries keyed by file *name* (not path), so one manifest serves a folder
 * wherever it is. Unknown fields are ignored (the corpus adds "group", "kind"). A broken line is
 * an error naming the line: a manifest is the user's own metadata and a silent skip would
 * misdate an article.
 */
export async function loadManifest(path: string): Promise<Map<string, ManifestEntry>> {
  const map = new Map<string, ManifestEntry>();
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Number.POSITIVE_INFINITY });
  let lineNo = 0;
  try {
    for await (const line of lines) {
      lineNo++;
      if (!line.trim()) continue;
      let row: unknown;
      try {
        row = JSON.parse(line);
      } catch (e) {
        throw new SourceError('io', `manifest line ${lineNo}: not JSON (${(e as Error).message})`, {
          source: path,
        });
      }
      if (typeof row !== 'object' || row === null || Array.isArray(row)) {
        throw new SourceError('io', `manifest line ${lineNo}: not an object`, { source: path });
      }
      const r = row as Record<string, unknown>;
      const file = optionalString(r.file);
      if (!file) throw new SourceError('io', `manifest line ${lineNo}: no "file"`, { source: path });
      const rawPublished = optionalString(r.published);
      const published = normalizeDate(rawPublished);
      if (rawPublished && !published) {
        throw new SourceError('io', `manifest line ${lineNo}: "published" ${rawPublished} is not a date`, {
          source: path,
        });
      }
      const basis = optionalString(r.published_source ?? r.publishedBasis);
      map.set(basename(file), {
        file: basename(file),
        url: optionalString(r.url),
        outlet: optionalString(r.outlet),
        title: optionalString(r.title),
        published,
        publishedBasis: published
          ? basis && PUBLISHED_BASES.has(basis)
            ? (basis as PublishedBasis)
            : 'metadata'
          : null,
      });
    }
  } catch (e) {
    throw toSourceError(e, 'io', path);
  }
  return map;
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    // .git, .DS_Store, editor swap files
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, out);
    else if (entry.isFile() && ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase())) out.push(path);
  }
}

/**
 * Paths → article files. A folder expands recursively to its .txt/.html/.htm/.md files sorted by
 * path (so "010.txt" follows "009.txt" and runs are repeatable); a file is kept as given.
 */
export async function expandPaths(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch (e) {
      throw toSourceError(e, 'io', path);
    }
    if (info.isDirectory()) {
      const found: string[] = [];
      await walk(path, found);
      found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      out.push(...found);
    } else {
      out.push(path);
    }
  }
  return out;
}

/** The headline of a plain-text article: its first non-empty line, when short enough to be one. */
export function titleFromText(text: string): string | null {
  const first = text
    .split(/\r?\n/)
    .find((l) => l.trim())
    ?.trim()
    .replace(/^#+\s*/, '');
  return first && first.length <= MAX_TITLE_CHARS ? first : null;
}

/**
 * A file → an article. HTML goes through extractHtmlArticle; anything else is text kept exactly
 * as decoded (every span the extractor reports points into it). Binary, over-size and empty files
 * are SourceErrors; invalid UTF-8 is a warning.
 */
export async function readArticleFile(path: string, opts: ReadFileOptions = {}): Promise<FileArticle> {
  const maxBytes = opts.maxBytes ?? MAX_FILE_BYTES;
  const file = basename(path);
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.size > maxBytes) {
      throw new SourceError('too-large', `${info.size} bytes, over the ${maxBytes}-byte cap`, {
        source: path,
      });
    }
    bytes = await readFile(path);
  } catch (e) {
    throw toSourceError(e, 'io', path);
  }
  const binary = binaryReason(bytes);
  if (binary) throw new SourceError('binary', `not a text file: ${binary}`, { source: path });

  const entry = opts.manifest?.get(file) ?? null;
  let input: ArticleInput;
  let warnings: readonly string[];
  if (HTML_EXTENSIONS.has(extname(file).toLowerCase())) {
    const page = extractHtmlArticle(bytes, { url: entry?.url ?? null, file });
    input = page.input;
    warnings = page.warnings;
  } else {
    const decoded = decodeBytes(bytes, { encoding: opts.encoding ?? null, source: path });
    if (!decoded.text.trim()) throw new SourceError('not-article', 'empty file', { source: path });
    input = { text: decoded.text, file, title: titleFromText(decoded.text) };
    warnings = decoded.warnings;
  }
  if (entry) {
    input = {
      ...input,
      url: entry.url ?? input.url ?? null,
      outlet: entry.outlet ?? input.outlet ?? null,
      title: entry.title ?? input.title ?? null,
      published: entry.published ?? input.published ?? null,
      publishedBasis: entry.published ? entry.publishedBasis : (input.publishedBasis ?? null),
    };
  }
  return { path, input, warnings };
}
