import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { UsageError } from '../config.ts';
import { resultToPredictions } from '../domain/prediction.ts';
import { readJsonl } from '../eval/corpus.ts';
import { extractArticle } from '../extract/extractor.ts';

interface ManifestLine {
  readonly file: string;
  readonly url?: string | null;
  readonly outlet?: string | null;
  readonly published?: string | null;
  readonly title?: string | null;
}

/** Manifest lines keyed by file name, so `extract dir/a.txt --manifest m.jsonl` finds {"file":"a.txt"}. */
export function loadManifestByName(path: string | undefined): Map<string, ManifestLine> {
  const map = new Map<string, ManifestLine>();
  if (!path) return map;
  for (const line of readJsonl<ManifestLine>(path)) {
    if (typeof line.file !== 'string') throw new UsageError(`${path}: every line needs a "file"`);
    map.set(basename(line.file), line);
  }
  return map;
}

/**
 * `layoffs extract FILE...`: one prediction a line (../shared/eval/SCORING.md), no database.
 * A file that cannot be read is reported on stderr and the others go on; exit 1 if any failed.
 */
export function runExtract(
  files: readonly string[],
  manifestPath: string | undefined,
  out: (line: string) => void,
  err: (line: string) => void,
): number {
  const manifest = loadManifestByName(manifestPath);
  let failed = 0;
  for (const path of files) {
    const name = basename(path);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (e) {
      err(
        `layoffs extract: ${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`,
      );
      failed++;
      continue;
    }
    const meta = manifest.get(name);
    const result = extractArticle({
      text,
      file: name,
      url: meta?.url ?? null,
      outlet: meta?.outlet ?? null,
      title: meta?.title ?? null,
      published: meta?.published ?? null,
    });
    for (const p of resultToPredictions(name, result)) out(JSON.stringify(p));
  }
  return failed ? 1 : 0;
}
