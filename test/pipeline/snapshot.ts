import type { Kysely } from 'kysely';
import type { Database } from '../../src/store/database.ts';
import { getEvent, listEvents } from '../../src/store/event.repository.ts';

/** Every event without row ids (which depend on order), sorted: two stores with equal snapshots hold the same events. */
export async function snapshotEvents(db: Kysely<Database>): Promise<unknown[]> {
  const page = await listEvents(db, {}, { limit: 500, sort: 'company' });
  const out = [];
  for (const s of page.items) {
    const e = await getEvent(db, s.id);
    if (!e) continue;
    const parent = e.parentEventId === null ? null : await getEvent(db, e.parentEventId);
    out.push({
      company: e.company,
      unit: e.unit,
      count: e.count,
      date: e.date,
      status: e.status,
      independentSources: e.independentSources,
      copies: e.copies,
      outlets: e.outlets,
      parent: parent ? `${parent.company}/${parent.unit}` : null,
      conflicts: e.conflicts.map((c) => c.field),
      sources: e.sources
        .map(
          (src) =>
            `${src.file}:${src.evidence.start}:${src.date?.start ?? ''}:${src.date?.basis ?? ''}:${src.duplicateOf === null ? 'original' : 'copy'}:${src.published ?? ''}`,
        )
        .sort(),
    });
  }
  return out.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
}
