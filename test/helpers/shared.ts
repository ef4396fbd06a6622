import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** ../shared beside the clone (seeds, corpus, scorer), or LAYOFFS_SHARED. */
export const SHARED = resolve(process.env.LAYOFFS_SHARED ?? join(ROOT, '..', 'shared'));

export const hasShared = existsSync(join(SHARED, 'seeds', 'articles'));

/**
 * For `test(name, { skip: skipWithoutShared }, fn)`: tests that read ../shared skip with a
 * clear message when it is absent, so `npm test` passes on a machine without it.
 */
export const skipWithoutShared: string | false = hasShared
  ? false
  : `../shared not found at ${SHARED} (set LAYOFFS_SHARED): skipping tests that read the seeds and corpus`;
