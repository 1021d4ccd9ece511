// The incident panel: each field with the sentence it came from (the span marked), every source's claims side by
// side, the reports, the review history, and the review form.
import { el, clear, marked, safeLink } from './dom.js';
import { getJson } from './api.js';
import { reviewForm } from './review.js';

const FIELDS = [
  ['event_type', 'Type', i => `${i.sub_event_type} (${i.event_type})`, ['sub_event_type']],
  ['event_date', 'Date', i => i.event_date],
  ['location', 'Place', i => [i.location, i.admin2, i.admin1, i.country].filter(Boolean).join(', '),
    ['country', 'admin1', 'admin2', 'latitude', 'longitude']],
  ['actor1', 'Actor 1', i => [i.actor1, i.assoc_actor_1].filter(Boolean).join('; '), ['assoc_actor_1']],
  ['actor2', 'Actor 2', i => [i.actor2, i.assoc_actor_2].filter(Boolean).join('; '), ['assoc_actor_2']],
  ['fatalities', 'Fatalities', i => `${i.fatalities} (UCDP low ${i.fatalities_low}, best ${i.fatalities_best}, high ${i.fatalities_high})`],
];

export function createPanel(root, { onClose, onReviewed }) {
  let current = null;

  async function open(id) {
    root.hidden = false;
    clear(root).append(el('p', {}, `Loading incident ${id}…`));
    try {
      render(await getJson(`/api/incidents/${id}`));
    } catch (e) {
      clear(root).append(closeButton(), el('p', { className: 'error' }, e.message));
    }
  }

  function closeButton() {
    return el('button', { type: 'button', className: 'close', onclick: () => { root.hidden = true; current = null; onClose(); } }, 'Close');
  }

  function render(detail) {
    current = detail;
    const i = detail.incident;
    const reportsById = new Map(detail.reports.map(r => [r.id, r]));
    clear(root).append(
      closeButton(),
      el('h2', {}, `Incident ${i.id}: ${i.sub_event_type}`),
      el('div', {}, el('span', { className: `badge status-${i.review_status}` }, i.review_status),
        i.reviewed_fields.length ? ` corrected: ${i.reviewed_fields.join(', ')}` : ''),
      fieldsTable(detail, reportsById),
      claimsTable(detail, reportsById),
      reportsList(detail),
      reviewsList(detail),
      el('h3', {}, 'Review'),
      reviewForm(detail, updated => { render(updated); onReviewed(updated); }),
    );
    root.dataset.incident = String(i.id);
  }

  return { open, get current() { return current; } };
}

function fieldsTable(detail, reportsById) {
  const i = detail.incident, m = detail.machine;
  const rows = FIELDS.map(([field, label, show, related = []]) => {
    const corrected = [field, ...related].some(f => i.reviewed_fields.includes(f));
    const evidence = detail.events.flatMap(e => e.sentences.filter(s => s.field === field || related.includes(s.field))
      .map(s => el('div', { className: 'evidence', dataset: { field: s.field } },
        marked(s.sentence, s.start, s.end),
        el('div', { className: 'by' }, `${source(reportsById.get(e.report_id))} · ${s.by} · ${Math.round(s.confidence * 100)}%`))));
    return el('tr', { dataset: { field } },
      el('th', {}, label),
      el('td', {}, el('div', { className: 'value' }, show(i), corrected ? el('span', { className: 'was', title: 'as the machine coded it' }, show(m)) : null),
        evidence.length ? evidence : el('div', { className: 'by' }, 'no evidence recorded')));
  });
  return el('table', { className: 'fields' }, el('tbody', {}, rows));
}

function claimsTable(detail, reportsById) {
  const claims = detail.events.flatMap(e => e.record.claims.map(c => ({ ...c, report: reportsById.get(e.report_id) })))
    .sort((a, b) => (a.kind === 'fatalities' ? 0 : 1) - (b.kind === 'fatalities' ? 0 : 1));
  if (claims.length === 0) return el('p', { className: 'by' }, 'No attributed claims.');
  return el('div', {},
    el('h3', {}, 'Claims'),
    el('table', { className: 'claims' },
      el('thead', {}, el('tr', {}, el('th', {}, 'What'), el('th', {}, 'Value'), el('th', {}, 'Who says'), el('th', {}, 'Where'))),
      el('tbody', {}, claims.map(c => el('tr', { dataset: { kind: c.kind } },
        el('td', {}, c.kind),
        el('td', { className: 'value' }, c.value ?? ''),
        el('td', {}, c.speaker ?? 'unattributed', el('div', { className: 'by' }, c.stance)),
        el('td', {}, source(c.report), el('div', { className: 'sentence' }, c.text)))))));
}

function reportsList(detail) {
  return el('div', {},
    el('h3', {}, `Reports (${detail.reports.length})`),
    el('ul', { className: 'reports' }, detail.reports.map(r => el('li', {},
      r.url ? safeLink(r.url, r.title || r.url) : (r.title || r.external_id),
      el('div', { className: 'by' }, [r.source, r.published, `coded by ${r.pipeline_version}`].filter(Boolean).join(' · '))))));
}

function reviewsList(detail) {
  if (detail.reviews.length === 0) return null;
  return el('div', {},
    el('h3', {}, 'Review history'),
    el('table', { className: 'reviews' }, el('tbody', {}, detail.reviews.map(r => el('tr', {},
      el('td', {}, r.reviewed_at.replace('T', ' ').slice(0, 16)),
      el('td', {}, r.reviewer),
      el('td', {}, r.field ? `${r.field}: ${r.old_value ?? '∅'} → ${r.new_value || '∅'}` : r.action),
      el('td', {}, r.note ?? ''))))));
}

const source = r => r ? (r.source || r.external_id) : 'report';
