-- The list filters by country (name, ISO2 or ISO3, any case) and type, newest first: these indexes answer a page of
-- such a filter, and its count, without reading every incident. The plain columns are included because PostgreSQL
-- reads an expression index alone (an index-only count) only when it holds the columns the expression is made of.
CREATE INDEX incidents_by_country ON incidents(lower(country), day, id) INCLUDE (country);
CREATE INDEX incidents_by_iso2 ON incidents(lower(iso2), day, id) INCLUDE (iso2);
CREATE INDEX incidents_by_iso3 ON incidents(lower(iso3), day, id) INCLUDE (iso3);
CREATE INDEX incidents_by_country_type ON incidents(lower(country), lower(event_type), day, id) INCLUDE (country, event_type);
