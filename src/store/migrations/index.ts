import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './2026_11_22_120000_initial.ts';
import * as importedSources from './2026_11_23_100000_imported_sources.ts';
import * as eventReadKeys from './2026_11_24_100000_event_read_keys.ts';

/**
 * Every migration, by name, in order. Listed explicitly (no directory scan) so the list is the
 * same from source, from a bundle and under tsx. Add new files here with a later timestamp.
 */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '2026_11_22_120000_initial': initial,
  '2026_11_23_100000_imported_sources': importedSources,
  '2026_11_24_100000_event_read_keys': eventReadKeys,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => ({ ...MIGRATIONS }),
};
