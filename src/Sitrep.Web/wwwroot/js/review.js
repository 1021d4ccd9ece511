// The review form: confirm, reject, or correct fields. The server checks every value and keeps each change in
// the incident's audit trail; the machine's coding stays as it was.
import { el } from './dom.js';
import { access, postJson } from './api.js';

// ACLED's taxonomy, for the correction form's choices (the server holds the same list and has the last word).
const SUB_TYPES = {
  'Battles': ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
  'Explosions/Remote violence': ['Chemical weapon', 'Air/drone strike', 'Suicide bomb', 'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED', 'Grenade'],
  'Violence against civilians': ['Sexual violence', 'Attack', 'Abduction/forced disappearance'],
  'Protests': ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
  'Riots': ['Violent demonstration', 'Mob violence'],
  'Strategic developments': ['Agreement', 'Arrests', 'Change to group/activity', 'Disrupted weapons use', 'Headquarters or base established',
    'Looting/property destruction', 'Non-violent transfer of territory', 'Other'],
};

const TEXT_FIELDS = [
  ['event_date', 'Date (YYYY-MM-DD)'], ['location', 'Location'], ['admin1', 'Region'], ['country', 'Country'],
  ['latitude', 'Latitude', 'number'], ['longitude', 'Longitude', 'number'],
  ['actor1', 'Actor 1'], ['actor2', 'Actor 2'], ['fatalities', 'Fatalities', 'number'],
];

export function reviewForm(detail, onDone) {
  const i = detail.incident;
  const message = el('div', { className: 'review-message', role: 'status' });
  const reviewer = el('input', { name: 'reviewer', size: 18, placeholder: 'name or initials' });
  reviewer.value = access.reviewer;
  const note = el('textarea', { name: 'note', rows: 2, placeholder: 'why (optional)' });

  const type = el('select', { name: 'event_type' }, Object.keys(SUB_TYPES).map(t => el('option', { value: t }, t)));
  const sub = el('select', { name: 'sub_event_type' });
  const fillSub = () => sub.replaceChildren(...SUB_TYPES[type.value].map(s => el('option', { value: s }, s)));
  type.value = i.event_type in SUB_TYPES ? i.event_type : 'Battles';
  fillSub();
  sub.value = i.sub_event_type;
  type.addEventListener('change', fillSub);

  const inputs = { event_type: type, sub_event_type: sub };
  const rows = [el('label', {}, 'Type'), type, el('label', {}, 'Sub-type'), sub];
  for (const [field, label, kind] of TEXT_FIELDS) {
    const input = el('input', { name: field, type: kind || 'text', step: kind === 'number' ? 'any' : null, min: field === 'fatalities' ? 0 : null });
    input.value = i[field] ?? '';
    inputs[field] = input;
    rows.push(el('label', {}, label), input);
  }
  const corrections = el('div', { className: 'review-form', hidden: true }, rows,
    el('button', { type: 'button', className: 'wide', name: 'save-correction', onclick: () => send('correct') }, 'Save corrections'));

  async function send(action) {
    message.className = 'review-message';
    message.textContent = 'Saving…';
    access.reviewer = reviewer.value.trim();
    const body = { action, reviewer: reviewer.value, note: note.value };
    if (action === 'correct') {
      body.changes = {};
      for (const [field, input] of Object.entries(inputs)) {
        const was = i[field] === null || i[field] === undefined ? '' : String(i[field]);
        if (input.value.trim() !== was) body.changes[field] = input.type === 'number' && input.value !== '' ? Number(input.value) : input.value;
      }
    }
    try {
      const updated = await postJson(`/api/incidents/${i.id}/reviews`, body);
      onDone(updated);
    } catch (e) {
      message.className = 'review-message error';
      const hint = e.status === 401 || e.status === 403 ? ' Reviewing needs the server\'s token: use the Token button above.' : '';
      message.textContent = (e.parameter ? `${e.parameter}: ` : '') + e.message + hint;
    }
  }

  return el('div', { className: 'review' },
    el('div', { className: 'review-form' }, el('label', {}, 'Reviewer'), reviewer, el('label', {}, 'Note'), note),
    el('div', { className: 'review-actions' },
      el('button', { type: 'button', name: 'confirm', onclick: () => send('confirm') }, 'Confirm'),
      el('button', { type: 'button', name: 'correct', onclick: () => { corrections.hidden = !corrections.hidden; } }, 'Correct…'),
      el('button', { type: 'button', name: 'reject', onclick: () => send('reject') }, 'Reject')),
    corrections,
    message);
}
