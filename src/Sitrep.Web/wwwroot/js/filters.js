// The filter bar: country, type, actor, free text and review status, sent to the API as its own query parameters.
import { el } from './dom.js';
import { getJson } from './api.js';
import { TYPES } from './colors.js';

const NAMES = ['country', 'type', 'actor', 'text', 'review'];

export function createFilters(form, onChange) {
  form.addEventListener('submit', e => { e.preventDefault(); onChange(read()); });
  for (const name of ['country', 'type', 'review']) form.elements[name].addEventListener('change', () => onChange(read()));

  function read() {
    const values = {};
    for (const name of NAMES) {
      const v = form.elements[name].value.trim();
      if (v) values[name] = v;
    }
    return values;
  }

  function write(values) {
    for (const name of NAMES) {
      const field = form.elements[name];
      const v = values[name] || '';
      if (field.tagName === 'SELECT' && v && ![...field.options].some(o => o.value === v)) field.append(el('option', { value: v }, v));
      field.value = v;
    }
  }

  /** Fills the choices from what the store holds. */
  async function populate() {
    const stats = await getJson('/api/stats?review=all');
    const keepFirst = select => select.replaceChildren(select.options[0]);
    const country = form.elements.country;
    keepFirst(country);
    for (const c of stats.by_country.filter(c => c.key)) country.append(el('option', { value: c.key }, `${c.key} (${c.incidents})`));
    const type = form.elements.type;
    keepFirst(type);
    const known = new Set(stats.by_type.map(t => t.key));
    for (const [name] of TYPES) type.append(el('option', { value: name, disabled: !known.has(name) }, name));
    document.getElementById('actor-names').replaceChildren(...stats.by_actor.map(a => el('option', { value: a.key })));
  }

  return { read, write, populate, names: NAMES };
}
