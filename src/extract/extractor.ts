import type { ArticleInput } from '../domain/article.ts';
import type { ExtractionResult } from '../domain/mention.ts';

/**
 * Placeholder until the extractor lands: finds nothing. The real one replaces this file.
 */
export function extractArticle(input: ArticleInput): ExtractionResult {
  return { published: { date: input.published ?? null, basis: input.published ? 'metadata' : null, span: null }, mentions: [], aggregates: [] };
}
