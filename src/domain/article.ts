/** What a source hands the pipeline: a text and whatever metadata came with it. */
export interface ArticleInput {
  /** The article text exactly as read (UTF-8 decoded); every span points into it. */
  readonly text: string;
  /** File name when it came from a file ("003.txt"); the key of `layoffs extract` output. */
  readonly file?: string | null;
  readonly url?: string | null;
  /** Outlet host without "www." ("reuters.com"), or a name ("Reuters"). */
  readonly outlet?: string | null;
  readonly title?: string | null;
  /** Publication date from metadata, YYYY-MM-DD. When absent the extractor looks in the text. */
  readonly published?: string | null;
  /** Where `published` came from: 'metadata' (page/feed/manifest), 'url' (a date in the URL path). */
  readonly publishedBasis?: PublishedBasis | null;
  /** Byline from the page's metadata ("Jane Roe"), when the source had one. */
  readonly author?: string | null;
}

/** A stored article. */
export interface Article {
  readonly id: number;
  readonly contentHash: string;
  readonly file: string | null;
  readonly url: string | null;
  readonly outlet: string | null;
  readonly title: string | null;
  /** Best known publication date, YYYY-MM-DD, with where it came from. */
  readonly published: string | null;
  readonly publishedBasis: PublishedBasis | null;
  readonly text: string;
  /** When this article is a near-copy of an earlier one (syndication), that article's id. */
  readonly duplicateOf: number | null;
  readonly ingestedAt: string;
}

/** metadata: given by the caller; text: found in the text ("date 2024-04-03"); sibling: borrowed from merged reports. */
export type PublishedBasis = 'metadata' | 'text' | 'url' | 'sibling';
