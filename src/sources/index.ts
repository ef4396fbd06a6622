/**
 * The sources layer in one call for `layoffs ingest PATH|URL...`: each argument is a URL
 * (http/https: fetched and read as a page) or a path (a file, or a folder expanded to its article
 * files). Every input yields one outcome, success or SourceError, and the others go on.
 */
import type { ArticleInput } from '../domain/article.ts';
import { type SourceError, toSourceError } from './errors.ts';
import { type FetchAllOptions, fetchAll } from './fetch.ts';
import { expandPaths, loadManifest, type Manifest, readArticleFile } from './text-file.ts';

export type SourceOutcome =
  | {
      readonly ref: string;
      readonly ok: true;
      readonly input: ArticleInput;
      readonly warnings: readonly string[];
    }
  | { readonly ref: string; readonly ok: false; readonly error: SourceError };

export interface ReadSourcesOptions {
  /** Manifest JSONL path (see loadManifest), or an already loaded one. */
  readonly manifest?: string | Manifest | null;
  /** Size cap for files. */
  readonly maxFileBytes?: number;
  readonly encoding?: string | null;
  /** For URLs: timeout, size cap, allowPrivate, concurrency, perHost … */
  readonly fetch?: FetchAllOptions;
}

export function isHttpUrl(ref: string): boolean {
  return /^https?:\/\//i.test(ref);
}

/**
 * Files first (in argument order, folders sorted), then URLs, fetched concurrently (per-host
 * limited) and reported in argument order. A path that does not exist is an outcome with
 * SourceError 'io', not a throw; only a bad manifest throws, since it concerns every file.
 */
export async function* readSources(
  refs: readonly string[],
  opts: ReadSourcesOptions = {},
): AsyncGenerator<SourceOutcome, void, undefined> {
  const manifest =
    typeof opts.manifest === 'string' ? await loadManifest(opts.manifest) : (opts.manifest ?? null);
  const urls = refs.filter(isHttpUrl);
  for (const ref of refs.filter((r) => !isHttpUrl(r))) {
    let files: string[];
    try {
      files = await expandPaths([ref]);
    } catch (e) {
      yield { ref, ok: false, error: toSourceError(e, 'io', ref) };
      continue;
    }
    for (const file of files) {
      let outcome: SourceOutcome;
      try {
        const read = await readArticleFile(file, {
          manifest,
          ...(opts.maxFileBytes === undefined ? {} : { maxBytes: opts.maxFileBytes }),
          encoding: opts.encoding ?? null,
        });
        outcome = { ref: file, ok: true, input: read.input, warnings: read.warnings };
      } catch (e) {
        outcome = { ref: file, ok: false, error: toSourceError(e, 'io', file) };
      }
      yield outcome;
    }
  }
  if (urls.length === 0) return;
  for (const result of await fetchAll(urls, opts.fetch ?? {})) {
    yield result.ok
      ? { ref: result.url, ok: true, input: result.article.input, warnings: result.article.warnings }
      : { ref: result.url, ok: false, error: result.error };
  }
}

export type { SourceErrorCode } from './errors.ts';
export { SourceError } from './errors.ts';
