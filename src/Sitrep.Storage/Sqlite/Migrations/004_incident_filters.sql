-- The list filters by country (name, ISO2 or ISO3, any case) and type, newest first: these indexes answer a page of
-- such a filter, and its count, without reading every incident.
CREATE INDEX incidents_by_country ON incidents(lower(country), day, id);
CREATE INDEX incidents_by_iso2 ON incidents(lower(iso2), day, id);
CREATE INDEX incidents_by_iso3 ON incidents(lower(iso3), day, id);
CREATE INDEX incidents_by_country_type ON incidents(lower(country), lower(event_type), day, id);
