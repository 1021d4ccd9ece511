// The map: country outlines shipped with the app (works offline), optional online tiles, and one circle per
// incident, clustered when crowded, coloured by event type and sized by fatalities.
import { colorOf, radiusOf } from './colors.js';
import { el } from './dom.js';

const TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

export function createMap(container, onSelect) {
  const L = window.L;
  const map = L.map(container, { worldCopyJump: true, minZoom: 1, maxZoom: 15, zoomSnap: 0.5 }).setView([25, 30], 2);
  map.attributionControl.setPrefix('Leaflet');

  // Outlines sit below the tile pane so online tiles, when turned on, cover them.
  map.createPane('outlines').style.zIndex = 150;
  const outlines = L.geoJSON(null, {
    pane: 'outlines', interactive: false,
    style: { color: '#8a96a3', weight: 0.7, fillColor: '#f6f4ee', fillOpacity: 1 },
    attribution: 'Country outlines: Natural Earth',
  }).addTo(map);
  fetch('/vendor/world-atlas/countries-110m.geojson').then(r => r.json()).then(g => outlines.addData(g)).catch(() => {});

  const tiles = L.tileLayer(TILES, { maxZoom: 19, attribution: '&copy; OpenStreetMap contributors' });
  L.control.layers(null, { 'Country outlines (offline)': outlines, 'Online map tiles (needs internet)': tiles }, { collapsed: true }).addTo(map);

  const clusters = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40, disableClusteringAtZoom: 6 });
  map.addLayer(clusters);
  const markers = new Map();
  let selected = null;

  function style(item, isSelected) {
    return {
      radius: radiusOf(item.fatalities), color: isSelected ? '#000' : '#2b2b2b', weight: isSelected ? 3 : 1,
      fillColor: colorOf(item.event_type), fillOpacity: item.review_status === 'rejected' ? 0.25 : 0.8,
    };
  }

  function show(items, { fit } = { fit: false }) {
    clusters.clearLayers();
    markers.clear();
    const placed = items.filter(i => i.latitude !== null && i.longitude !== null);
    const layers = placed.map(item => {
      const m = L.circleMarker([item.latitude, item.longitude], style(item, item.id === selected));
      // Tooltip content is an element built from text, never an HTML string.
      m.bindTooltip(el('div', {}, el('strong', {}, item.sub_event_type), ` ${item.event_date}`, el('br'),
        [item.location, item.country].filter(Boolean).join(', '), el('br'), `${item.fatalities} fatalities`));
      m.on('click', () => onSelect(item.id));
      m.item = item;
      markers.set(item.id, m);
      return m;
    });
    clusters.addLayers(layers);
    container.dataset.points = String(layers.length);
    if (fit && layers.length > 0) {
      const bounds = L.latLngBounds(placed.map(i => [i.latitude, i.longitude]));
      map.fitBounds(bounds.pad(0.2), { maxZoom: 7, animate: false });
    }
  }

  function select(id) {
    if (selected !== null && markers.has(selected)) markers.get(selected).setStyle(style(markers.get(selected).item, false));
    selected = id;
    const m = markers.get(id);
    if (!m) return;
    m.setStyle(style(m.item, true));
    // Zoom in past the clustering level when the point hides in a cluster; no animation callback that a reload could outrun.
    if (!map.hasLayer(m)) map.setView(m.getLatLng(), Math.max(map.getZoom(), 6), { animate: false });
    else m.bringToFront();
  }

  return { show, select, invalidate: () => map.invalidateSize() };
}
