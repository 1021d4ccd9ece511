// Incidents per day, stacked by event type, drawn in SVG. Dragging across it selects a date range,
// which filters the map and the table; a click without dragging clears it.
import { TYPES, colorOf } from './colors.js';

const NS = 'http://www.w3.org/2000/svg';
const DAY = 86400000;
const PAD = { left: 28, right: 8, top: 6, bottom: 18 };

function svg(tag, attrs) {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

const dayNumber = iso => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY);
const isoOf = day => new Date(day * DAY).toISOString().slice(0, 10);

export function createTimeline(root, onBrush) {
  let first = 0, last = 0, width = 0, height = 0, brush = null;

  const xOf = day => PAD.left + (day - first) / Math.max(1, last - first + 1) * (width - PAD.left - PAD.right);
  const dayAt = x => Math.floor(first + (x - PAD.left) / (width - PAD.left - PAD.right) * (last - first + 1));

  function show(items, range) {
    root.replaceChildren();
    width = root.clientWidth || 800;
    height = root.clientHeight || 120;
    root.setAttribute('viewBox', `0 0 ${width} ${height}`);
    const dated = items.filter(i => /^\d{4}-\d{2}-\d{2}$/.test(i.event_date));
    if (dated.length === 0) return;
    const counts = new Map();
    for (const i of dated) {
      const d = dayNumber(i.event_date);
      const byType = counts.get(d) || new Map();
      byType.set(i.event_type, (byType.get(i.event_type) || 0) + 1);
      counts.set(d, byType);
    }
    const days = [...counts.keys()];
    first = Math.min(...days);
    last = Math.max(...days);
    const max = Math.max(...[...counts.values()].map(m => [...m.values()].reduce((a, b) => a + b, 0)));
    const barWidth = Math.max(1, (width - PAD.left - PAD.right) / (last - first + 1) - 1);
    const yScale = (height - PAD.top - PAD.bottom) / max;
    const order = TYPES.map(t => t[0]);
    for (const [day, byType] of counts) {
      let y = height - PAD.bottom;
      const types = [...byType.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b));
      for (const type of types) {
        const h = byType.get(type) * yScale;
        y -= h;
        const bar = svg('rect', { x: xOf(day), y, width: barWidth, height: h, fill: colorOf(type) });
        bar.append(svg('title', {}));
        bar.lastChild.textContent = `${isoOf(day)}: ${byType.get(type)} ${type}`;
        root.append(bar);
      }
    }
    const axis = (x, text, anchor) => { const t = svg('text', { x, y: height - 4, class: 'axis', 'text-anchor': anchor }); t.textContent = text; root.append(t); };
    axis(PAD.left, isoOf(first), 'start');
    axis(width - PAD.right, isoOf(last), 'end');
    const top = svg('text', { x: 2, y: PAD.top + 8, class: 'axis' });
    top.textContent = String(max);
    root.append(top);
    brush = svg('rect', { class: 'brush', y: PAD.top, height: height - PAD.top - PAD.bottom, x: 0, width: 0, visibility: 'hidden' });
    root.append(brush);
    if (range) drawBrush(xOf(dayNumber(range.since)), xOf(dayNumber(range.until) + 1));
  }

  function drawBrush(x0, x1) {
    if (!brush) return;
    brush.setAttribute('x', Math.min(x0, x1));
    brush.setAttribute('width', Math.abs(x1 - x0));
    brush.setAttribute('visibility', 'visible');
  }

  const localX = e => {
    const r = root.getBoundingClientRect();
    return (e.clientX - r.left) * (width / r.width);
  };

  let start = null;
  root.addEventListener('pointerdown', e => { start = localX(e); root.setPointerCapture(e.pointerId); });
  root.addEventListener('pointermove', e => { if (start !== null) drawBrush(start, localX(e)); });
  root.addEventListener('pointerup', e => {
    if (start === null) return;
    const end = localX(e);
    const a = Math.min(start, end), b = Math.max(start, end);
    start = null;
    if (b - a < 3) { onBrush(null); return; }
    const since = Math.max(first, dayAt(a)), until = Math.min(last, dayAt(b));
    onBrush(since <= until ? { since: isoOf(since), until: isoOf(until) } : null);
  });

  return { show };
}
