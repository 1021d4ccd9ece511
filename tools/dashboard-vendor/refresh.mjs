// Copies the dashboard's third-party files from node_modules into src/Sitrep.Web/wwwroot/vendor.
// Run `npm ci && node refresh.mjs` here after changing package.json; the app itself only reads the committed copies.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as topojson from 'topojson-client';

const here = path.dirname(fileURLToPath(import.meta.url));
const modules = path.join(here, 'node_modules');
const vendor = path.join(here, '..', '..', 'src', 'Sitrep.Web', 'wwwroot', 'vendor');

function copy(from, to) {
  fs.mkdirSync(path.dirname(path.join(vendor, to)), { recursive: true });
  fs.copyFileSync(path.join(modules, from), path.join(vendor, to));
}

fs.rmSync(vendor, { recursive: true, force: true });
copy('leaflet/dist/leaflet.js', 'leaflet/leaflet.js');
copy('leaflet/dist/leaflet.css', 'leaflet/leaflet.css');
for (const img of fs.readdirSync(path.join(modules, 'leaflet/dist/images'))) copy(`leaflet/dist/images/${img}`, `leaflet/images/${img}`);
copy('leaflet/LICENSE', 'leaflet/LICENSE');
copy('leaflet.markercluster/dist/leaflet.markercluster.js', 'leaflet.markercluster/leaflet.markercluster.js');
copy('leaflet.markercluster/dist/MarkerCluster.css', 'leaflet.markercluster/MarkerCluster.css');
copy('leaflet.markercluster/dist/MarkerCluster.Default.css', 'leaflet.markercluster/MarkerCluster.Default.css');
copy('leaflet.markercluster/MIT-LICENCE.txt', 'leaflet.markercluster/LICENSE');
copy('world-atlas/LICENSE', 'world-atlas/LICENSE');

// Country outlines: Natural Earth 1:110m from world-atlas, turned from TopoJSON into GeoJSON once here so the
// browser needs no converter; coordinates rounded to 0.01 degree (about 1 km), ample at the map's scale.
const topo = JSON.parse(fs.readFileSync(path.join(modules, 'world-atlas/countries-110m.json'), 'utf8'));
const countries = topojson.feature(topo, topo.objects.countries);
const round = c => Array.isArray(c[0]) ? c.map(round) : [Math.round(c[0] * 100) / 100, Math.round(c[1] * 100) / 100];
// A ring that crosses the 180th meridian (Chukotka, Fiji) would be drawn as a band across the whole map:
// continue it past 180 instead. Antarctica (no events, and a ring around the pole) is left out.
const unwrapRing = ring => ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180)
  ? ring.map(([x, y]) => [x < 0 ? x + 360 : x, y]) : ring;
const unwrap = g => g.type === 'Polygon' ? g.coordinates.map(unwrapRing) : g.coordinates.map(poly => poly.map(unwrapRing));
countries.features = countries.features.filter(f => f.properties.name !== 'Antarctica');
for (const f of countries.features) {
  f.geometry.coordinates = round(unwrap(f.geometry));
  f.properties = { name: f.properties.name };
  delete f.id;
}
fs.writeFileSync(path.join(vendor, 'world-atlas/countries-110m.geojson'), JSON.stringify(countries));

const versions = ['leaflet', 'leaflet.markercluster', 'topojson-client', 'world-atlas']
  .map(p => `${p} ${JSON.parse(fs.readFileSync(path.join(modules, p, 'package.json'), 'utf8')).version}`);
fs.writeFileSync(path.join(vendor, 'VERSIONS.txt'), versions.join('\n') + '\n');
console.log(`vendor files written to ${vendor}: ${versions.join(', ')}`);
