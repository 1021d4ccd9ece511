-- Analysts' reviews of incidents: an audit trail, one row per confirmation, rejection or corrected field.
-- The machine's coding (events) is never changed; the incidents row shows the reviewed values on top of it.
-- No foreign key: a review outlives an incident that recoding or splitting removes, as history.
CREATE TABLE reviews (
  id INTEGER PRIMARY KEY,
  incident_id INTEGER NOT NULL,
  action TEXT NOT NULL,
  field TEXT,
  old_value TEXT,
  new_value TEXT,
  reviewer TEXT NOT NULL,
  note TEXT,
  reviewed_at TEXT NOT NULL
);
CREATE INDEX reviews_incident ON reviews(incident_id, id);

ALTER TABLE incidents ADD COLUMN review_status TEXT NOT NULL DEFAULT 'unreviewed';
ALTER TABLE incidents ADD COLUMN reviewed_fields TEXT NOT NULL DEFAULT '';
