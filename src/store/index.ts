// Opens the store a --db argument names. SQLite files today; a postgres:// URL is where another backend plugs in.
import { SqliteStore, type SqliteOptions } from './sqlite.ts';
import { StoreError, type Store } from './store.ts';

export type { Store } from './store.ts';
export { StoreError } from './store.ts';

export const DEFAULT_DB = 'sitrep.db';

export function openStore(location: string = DEFAULT_DB, opts: SqliteOptions = {}): Store {
  if (/^postgres(?:ql)?:\/\//i.test(location)) throw new StoreError('PostgreSQL stores are not supported yet; use a SQLite file path');
  return new SqliteStore(location, opts);
}
