-- Incident matching reads only an event's neighbourhood: the half-degree grid cell of its coordinates (NULL without
-- coordinates), and its first-level region in upper case ('' without one). The program fills both for events stored
-- before this version when it opens the store.
ALTER TABLE events ADD COLUMN cell INTEGER;
ALTER TABLE events ADD COLUMN region TEXT;
CREATE INDEX events_near ON events(family, cell, day_low, day_high);
CREATE INDEX events_region ON events(family, region, day_low, day_high);
-- Events a distant event can match by region alone: those without coordinates or placed only to their region.
CREATE INDEX events_loose ON events(family, region, day_low, day_high) WHERE (cell IS NULL OR geo_precision = 3);
-- Events still waiting for their cell and region: empty once the program has filled them, so finding them costs nothing.
CREATE INDEX events_unkeyed ON events(id) WHERE region IS NULL;
