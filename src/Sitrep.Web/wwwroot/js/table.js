// The table of incidents under the current filters and date range, newest first.
import { el, clear } from './dom.js';
import { colorOf } from './colors.js';

const LIMIT = 1000;

export function createTable(table, onSelect) {
  const body = table.tBodies[0];
  let selected = null;

  function show(items) {
    clear(body);
    for (const i of items.slice(0, LIMIT)) {
      const actors = [i.actor1, i.actor2].filter(Boolean).join(' vs ');
      const place = [i.location, i.admin1, i.country].filter(Boolean).filter((v, n, a) => a.indexOf(v) === n).join(', ');
      const row = el('tr', { dataset: { id: i.id }, className: i.id === selected ? 'selected' : '', onclick: () => onSelect(i.id) },
        el('td', {}, i.event_date),
        el('td', {}, swatch(i.event_type), i.sub_event_type),
        el('td', {}, actors),
        el('td', {}, place),
        el('td', {}, String(i.fatalities)),
        el('td', {}, String(i.report_count)),
        el('td', { className: `status-${i.review_status}` }, i.review_status === 'unreviewed' ? '' : i.review_status));
      body.append(row);
    }
    if (items.length > LIMIT) body.append(el('tr', {}, el('td', { colspan: 7 }, `${items.length - LIMIT} more: narrow the filters to see them`)));
  }

  function select(id) {
    selected = id;
    for (const row of body.rows) row.classList.toggle('selected', row.dataset.id === String(id));
  }

  return { show, select };
}

function swatch(type) {
  const s = el('span', { className: 'swatch', title: type });
  s.style.background = colorOf(type);
  return s;
}
