import type { Kysely, Transaction } from 'kysely';
import type { CorrectionRecord, OverrideField } from '../domain/event.ts';
import type { ResolverCorrection } from '../resolve/types.ts';
import type { CorrectionRow, Database } from './database.ts';
import { parseJson } from './mention.repository.ts';

type Db = Kysely<Database> | Transaction<Database>;

const OVERRIDE_FIELDS: readonly OverrideField[] = ['count', 'date', 'status', 'unit', 'reason'];

export function correctionRowToRecord(r: CorrectionRow): CorrectionRecord {
  return {
    id: r.id,
    kind: r.kind === 'merge' || r.kind === 'split' ? r.kind : 'override',
    companyKey: r.company_key,
    mentionKeys: parseJson<string[]>(r.mention_keys, []),
    field: OVERRIDE_FIELDS.includes(r.field as OverrideField) ? (r.field as OverrideField) : null,
    value: parseJson<unknown>(r.value, null),
    reason: r.reason,
    createdAt: r.created_at,
  };
}

export function recordToResolverCorrection(c: CorrectionRecord): ResolverCorrection | null {
  if (c.kind === 'merge' || c.kind === 'split')
    return { id: c.id, kind: c.kind, mentionKeys: c.mentionKeys, reason: c.reason };
  if (!c.field) return null;
  return {
    id: c.id,
    kind: 'override',
    mentionKeys: c.mentionKeys,
    field: c.field,
    value: c.value,
    reason: c.reason,
  };
}

export async function insertCorrection(
  trx: Db,
  c: {
    kind: CorrectionRecord['kind'];
    companyKey: string;
    mentionKeys: readonly string[];
    field: OverrideField | null;
    value: unknown;
    reason: string;
  },
): Promise<number> {
  const { id } = await trx
    .insertInto('corrections')
    .values({
      kind: c.kind,
      company_key: c.companyKey,
      mention_keys: JSON.stringify(c.mentionKeys),
      field: c.field,
      value: c.value === undefined ? null : JSON.stringify(c.value),
      reason: c.reason,
      created_at: new Date().toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function listCorrections(db: Db, companyKey?: string): Promise<CorrectionRecord[]> {
  let q = db.selectFrom('corrections').selectAll();
  if (companyKey) q = q.where('company_key', '=', companyKey);
  const rows = await q.orderBy('id').execute();
  return rows.map(correctionRowToRecord);
}
