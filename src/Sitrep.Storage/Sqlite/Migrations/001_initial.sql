-- Reports waiting to be coded, and the record of who coded each one. The unique keys make a report enter once.
CREATE TABLE jobs (
  id INTEGER PRIMARY KEY,
  external_id TEXT NOT NULL,
  origin TEXT NOT NULL,
  text_hash TEXT NOT NULL UNIQUE,
  url TEXT UNIQUE,
  title TEXT,
  source TEXT,
  published TEXT,
  text TEXT NOT NULL,
  status TEXT NOT NULL,
  worker TEXT,
  attempts INTEGER NOT NULL,
  error TEXT,
  report_id INTEGER,
  queued_at TEXT NOT NULL,
  finished_at TEXT
);
CREATE INDEX jobs_status ON jobs(status, id);

CREATE TABLE reports (
  id INTEGER PRIMARY KEY,
  external_id TEXT NOT NULL,
  origin TEXT NOT NULL,
  url TEXT UNIQUE,
  text_hash TEXT NOT NULL UNIQUE,
  source TEXT,
  title TEXT,
  published TEXT,
  text TEXT NOT NULL,
  pipeline_version TEXT NOT NULL,
  coded_at TEXT NOT NULL,
  event_count INTEGER NOT NULL
);

CREATE VIRTUAL TABLE reports_fts USING fts5(title, text, content='reports', content_rowid='id');
CREATE TRIGGER reports_fts_insert AFTER INSERT ON reports BEGIN
  INSERT INTO reports_fts(rowid, title, text) VALUES (new.id, coalesce(new.title, ''), new.text);
END;
CREATE TRIGGER reports_fts_delete AFTER DELETE ON reports BEGIN
  INSERT INTO reports_fts(reports_fts, rowid, title, text) VALUES ('delete', old.id, coalesce(old.title, ''), old.text);
END;

CREATE TABLE incidents (
  id INTEGER PRIMARY KEY,
  event_date TEXT NOT NULL,
  day INTEGER,
  time_precision INTEGER,
  event_type TEXT NOT NULL,
  sub_event_type TEXT NOT NULL,
  actor1 TEXT NOT NULL,
  assoc_actor_1 TEXT,
  inter1 INTEGER,
  actor2 TEXT,
  assoc_actor_2 TEXT,
  inter2 INTEGER,
  interaction INTEGER,
  country TEXT,
  iso2 TEXT,
  iso3 TEXT,
  admin1 TEXT,
  admin2 TEXT,
  location TEXT,
  latitude REAL,
  longitude REAL,
  geo_precision INTEGER,
  fatalities INTEGER NOT NULL DEFAULT 0,
  fatalities_low INTEGER NOT NULL DEFAULT 0,
  fatalities_best INTEGER NOT NULL DEFAULT 0,
  fatalities_high INTEGER NOT NULL DEFAULT 0,
  sources TEXT,
  notes TEXT,
  report_count INTEGER NOT NULL DEFAULT 0,
  event_count INTEGER NOT NULL DEFAULT 0,
  updated_at TEXT NOT NULL
);
CREATE INDEX incidents_day ON incidents(day, id);
CREATE INDEX incidents_country ON incidents(country);
CREATE VIRTUAL TABLE incidents_geo USING rtree(id, min_lat, max_lat, min_lon, max_lon);

CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES reports(id),
  incident_id INTEGER NOT NULL REFERENCES incidents(id),
  seq INTEGER NOT NULL,
  family TEXT NOT NULL,
  day_low INTEGER,
  day_high INTEGER,
  actor_key TEXT NOT NULL,
  tokens TEXT NOT NULL,
  merge_json TEXT,
  event_id TEXT NOT NULL,
  event_date TEXT NOT NULL,
  date_start TEXT,
  date_end TEXT,
  time_precision INTEGER NOT NULL,
  event_type TEXT NOT NULL,
  sub_event_type TEXT NOT NULL,
  actor1 TEXT NOT NULL,
  assoc_actor_1 TEXT,
  inter1 INTEGER NOT NULL,
  actor2 TEXT,
  assoc_actor_2 TEXT,
  inter2 INTEGER NOT NULL,
  interaction INTEGER NOT NULL,
  country TEXT,
  iso2 TEXT,
  iso3 TEXT,
  admin1 TEXT,
  admin2 TEXT,
  location TEXT,
  latitude REAL,
  longitude REAL,
  geo_precision INTEGER,
  fatalities INTEGER NOT NULL,
  fatalities_low INTEGER NOT NULL,
  fatalities_high INTEGER NOT NULL,
  plover_event TEXT NOT NULL,
  plover_mode TEXT,
  cameo_root TEXT NOT NULL,
  notes TEXT NOT NULL,
  confidence REAL NOT NULL,
  source TEXT,
  url TEXT,
  claims_json TEXT NOT NULL,
  evidence_json TEXT NOT NULL
);
CREATE INDEX events_match ON events(family, day_low, day_high);
CREATE INDEX events_incident ON events(incident_id);
CREATE INDEX events_report ON events(report_id);

-- Pairs of reports a user split apart: their events never merge again, even after recoding.
CREATE TABLE kept_apart (
  report_a INTEGER NOT NULL,
  report_b INTEGER NOT NULL,
  decided_at TEXT NOT NULL,
  PRIMARY KEY (report_a, report_b)
);

CREATE TABLE feed_items (
  feed TEXT NOT NULL,
  item_key TEXT NOT NULL,
  seen_at TEXT NOT NULL,
  PRIMARY KEY (feed, item_key)
);
