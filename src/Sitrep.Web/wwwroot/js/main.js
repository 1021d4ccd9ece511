// Wires the dashboard together: filters -> API -> map, timeline and table; a selected incident -> the panel.
// The page state (filters, date range, open incident) lives in the address's #fragment so a view can be shared.
import { el } from './dom.js';
import { access, allEvents, ApiError } from './api.js';
import { TYPES, colorOf } from './colors.js';
import { createMap } from './map.js';
import { createTimeline } from './timeline.js';
import { createTable } from './table.js';
import { createPanel } from './panel.js';
import { createFilters } from './filters.js';

const $ = id => document.getElementById(id);
const state = { filters: {}, range: null, items: [], total: 0, selected: null };
const layout = document.querySelector('.layout');
const status = $('status');

const map = createMap($('map'), id => select(id));
const timeline = createTimeline($('timeline'), range => { state.range = range; saveHash(); render(); });
const table = createTable($('events'), id => select(id));
const panel = createPanel($('panel'), {
  onClose: () => { state.selected = null; layoutChanged(); saveHash(); },
  onReviewed: () => load({ fit: false }),
});
const filters = createFilters($('filters'), values => { state.filters = values; state.range = null; saveHash(); load({ fit: true }); });

$('clear-filters').addEventListener('click', () => { filters.write({}); state.filters = {}; state.range = null; saveHash(); load({ fit: true }); });
$('clear-range').addEventListener('click', () => { state.range = null; saveHash(); render(); });
$('legend').replaceChildren(...TYPES.map(([name]) => {
  const dot = el('span', { className: 'swatch' });
  dot.style.background = colorOf(name);
  return el('span', {}, dot, name);
}));
setupToken();
start();

async function start() {
  readHash();
  try { await filters.populate(); } catch (e) { if (!tellAccess(e)) status.textContent = e.message; }
  filters.write(state.filters);
  await load({ fit: true });
  if (state.selected) select(state.selected);
}

async function load({ fit }) {
  status.textContent = 'Loading…';
  try {
    const { items, total } = await allEvents(state.filters);
    state.items = items;
    state.total = total;
    render({ fit });
    document.body.dataset.ready = 'true';
  } catch (e) {
    if (!tellAccess(e)) status.textContent = e.message;
  }
}

function render({ fit } = { fit: false }) {
  const r = state.range;
  const visible = r ? state.items.filter(i => i.event_date >= r.since && i.event_date <= r.until) : state.items;
  map.show(visible, { fit });
  table.show(visible);
  table.select(state.selected);
  timeline.show(state.items, r);
  const capped = state.total > state.items.length ? ` (first ${state.items.length} of ${state.total})` : '';
  status.textContent = `${visible.length} incidents${capped}`;
  $('range').textContent = r ? `${r.since} to ${r.until}` : 'Drag across the timeline to pick dates';
  $('clear-range').hidden = !r;
}

function select(id) {
  state.selected = id;
  layoutChanged();
  panel.open(id);
  map.select(id);
  table.select(id);
  saveHash();
}

function layoutChanged() {
  layout.classList.toggle('no-panel', state.selected === null);
  map.invalidate();
}

/** A 401 or 403 on reading means the server is private: ask for the token. */
function tellAccess(e) {
  if (!(e instanceof ApiError) || (e.status !== 401 && e.status !== 403)) return false;
  status.textContent = 'This server is private: enter its token to read.';
  $('token-form').hidden = false;
  return true;
}

function setupToken() {
  const form = $('token-form');
  $('token-button').addEventListener('click', () => { form.hidden = !form.hidden; form.elements.reviewer.value = access.reviewer; });
  form.addEventListener('submit', e => {
    e.preventDefault();
    access.token = form.elements.token.value.trim();
    if (form.elements.reviewer.value.trim()) access.reviewer = form.elements.reviewer.value.trim();
    form.elements.token.value = '';
    form.hidden = true;
    $('token-button').textContent = access.token ? 'Token ✓' : 'Token';
    start();
  });
  $('token-forget').addEventListener('click', () => { access.token = ''; $('token-button').textContent = 'Token'; });
  $('token-button').textContent = access.token ? 'Token ✓' : 'Token';
}

function readHash() {
  const q = new URLSearchParams(location.hash.slice(1));
  state.filters = {};
  for (const name of filters.names) if (q.get(name)) state.filters[name] = q.get(name);
  state.range = q.get('since') && q.get('until') ? { since: q.get('since'), until: q.get('until') } : null;
  state.selected = /^\d+$/.test(q.get('incident') || '') ? Number(q.get('incident')) : null;
  layoutChanged();
}

function saveHash() {
  const q = new URLSearchParams(state.filters);
  if (state.range) { q.set('since', state.range.since); q.set('until', state.range.until); }
  if (state.selected) q.set('incident', state.selected);
  history.replaceState(null, '', `#${q}`);
}
