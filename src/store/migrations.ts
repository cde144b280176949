// Versioned schema migrations: each runs once, in order, inside a transaction; PRAGMA user_version records the last.

export const MIGRATIONS: string[] = [
  // 1: articles and their full-text index
  `CREATE TABLE articles (
     id TEXT PRIMARY KEY,
     source TEXT NOT NULL,
     url TEXT,
     title TEXT,
     outlet TEXT,
     byline TEXT,
     dateline TEXT,
     published TEXT,
     published_source TEXT,
     published_note TEXT,
     language TEXT NOT NULL,
     body TEXT NOT NULL,
     word_count INTEGER NOT NULL,
     content_hash TEXT NOT NULL,
     duplicate_of TEXT,
     removed TEXT NOT NULL DEFAULT '[]',
     pipeline_version TEXT NOT NULL DEFAULT '',
     ingested_at TEXT NOT NULL,
     updated_at TEXT NOT NULL
   );
   CREATE INDEX articles_hash ON articles(content_hash);
   CREATE INDEX articles_published ON articles(published);
   CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='articles', content_rowid='rowid', tokenize='porter unicode61');
   CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
     INSERT INTO articles_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body);
   END;
   CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
     INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
   END;
   CREATE TRIGGER articles_au AFTER UPDATE ON articles BEGIN
     INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
     INSERT INTO articles_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body);
   END;`,
  // 2: extracted layers, each row with its provenance (article id + character span)
  `CREATE TABLE timexes (
     article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
     start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
     type TEXT NOT NULL, value TEXT NOT NULL, mod TEXT, anchor TEXT NOT NULL
   );
   CREATE INDEX timexes_article ON timexes(article_id);
   CREATE TABLE entities (
     id TEXT PRIMARY KEY,
     article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
     name TEXT NOT NULL, type TEXT NOT NULL, country TEXT,
     aliases TEXT NOT NULL, roles TEXT NOT NULL, geo TEXT
   );
   CREATE INDEX entities_article ON entities(article_id);
   CREATE TABLE mentions (
     entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
     article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
     start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL
   );
   CREATE INDEX mentions_article ON mentions(article_id);
   CREATE TABLE quotes (
     id TEXT PRIMARY KEY,
     article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
     start INTEGER NOT NULL, "end" INTEGER NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL,
     speaker TEXT, speaker_entity_id TEXT, cue TEXT, channel TEXT, date TEXT, sentence INTEGER NOT NULL
   );
   CREATE INDEX quotes_article ON quotes(article_id);
   CREATE TABLE events (
     id TEXT PRIMARY KEY,
     article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
     start INTEGER NOT NULL, "end" INTEGER NOT NULL, type TEXT NOT NULL, mode TEXT,
     actor TEXT NOT NULL, recipient TEXT NOT NULL, date TEXT, location TEXT, geo TEXT,
     modality TEXT NOT NULL, score REAL NOT NULL, sentence INTEGER NOT NULL, evidence TEXT NOT NULL,
     source TEXT, trigger TEXT NOT NULL
   );
   CREATE INDEX events_article ON events(article_id);
   CREATE INDEX events_date ON events(date);
   CREATE TABLE story (
     kind TEXT NOT NULL, id TEXT NOT NULL, data TEXT NOT NULL, PRIMARY KEY (kind, id)
   );`,
  // 3: what reruns and later layers need. record_hash: a changed field (not only the body) means re-analysis;
  // sentences: the split the layers' sentence indexes refer to; signature: MinHash for near-duplicates across
  // runs; extra: fields of the model this schema has no column for. Each layer row keeps its full record as
  // JSON (data), so a field added to the model is stored without a migration; the columns stay for queries.
  `ALTER TABLE articles ADD COLUMN record_hash TEXT NOT NULL DEFAULT '';
   ALTER TABLE articles ADD COLUMN sentences TEXT;
   ALTER TABLE articles ADD COLUMN signature BLOB;
   ALTER TABLE articles ADD COLUMN extra TEXT;
   CREATE INDEX articles_duplicate_of ON articles(duplicate_of);
   ALTER TABLE timexes ADD COLUMN data TEXT;
   ALTER TABLE entities ADD COLUMN data TEXT;
   ALTER TABLE quotes ADD COLUMN data TEXT;
   ALTER TABLE events ADD COLUMN data TEXT;
   CREATE INDEX mentions_entity ON mentions(entity_id);`,
];
