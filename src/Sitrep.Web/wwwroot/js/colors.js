// One colour per ACLED event type, shared by the map, the timeline and the legend.
export const TYPES = [
  ['Battles', '#c0392b'],
  ['Explosions/Remote violence', '#e67e22'],
  ['Violence against civilians', '#8e44ad'],
  ['Protests', '#2980b9'],
  ['Riots', '#16a085'],
  ['Strategic developments', '#7f8c8d'],
];

const byType = new Map(TYPES);

export const colorOf = type => byType.get(type) || '#34495e';

/** Radius in pixels: grows with the square root of fatalities so large tolls do not swamp the map. */
export const radiusOf = fatalities => Math.min(22, 5 + 2.2 * Math.sqrt(Math.max(0, fatalities || 0)));
