import type { Kysely, Transaction } from 'kysely';
import type { Database } from './database.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** Which event each stored mention ended up in, keyed the way the extractor numbered them. */
export interface MentionMembership {
  readonly file: string | null;
  readonly articleId: number;
  /** The mention's index among its article's extracted mentions. */
  readonly ordinal: number;
  readonly eventId: number;
}

/** For evaluation and debugging: every mention linked to an event, with its article's file name. */
export async function listMentionMemberships(db: Db): Promise<MentionMembership[]> {
  const rows = await db
    .selectFrom('event_mentions as em')
    .innerJoin('mentions as m', 'm.id', 'em.mention_id')
    .innerJoin('articles as a', 'a.id', 'm.article_id')
    .select(['a.file as file', 'a.id as articleId', 'm.ordinal as ordinal', 'em.event_id as eventId'])
    .orderBy('a.id')
    .orderBy('m.ordinal')
    .execute();
  return rows.map((r) => ({
    file: r.file,
    articleId: Number(r.articleId),
    ordinal: Number(r.ordinal),
    eventId: Number(r.eventId),
  }));
}
