// Colour and shape per node label (Okabe–Ito colours, safe for colour-blind readers) and a
// colour per relationship type. Unknown labels/types get a stable colour from their name, so
// data the seed does not know yet still renders distinctly.

export type NodeShape =
  'ellipse' | 'round-rectangle' | 'hexagon' | 'octagon' | 'diamond' | 'round-tag' | 'star' | 'round-triangle' | 'barrel' | 'pentagon';

export interface LabelStyle {
  color: string;
  border: string;
  shape: NodeShape;
  size: number;
}

export const LABEL_STYLES: Record<string, LabelStyle> = {
  Official: { color: '#0072B2', border: '#004f7c', shape: 'ellipse', size: 30 },
  Organization: { color: '#E69F00', border: '#a06e00', shape: 'round-rectangle', size: 30 },
  Country: { color: '#F0E442', border: '#9c9420', shape: 'star', size: 42 },
  Region: { color: '#56B4E9', border: '#2b7fae', shape: 'octagon', size: 38 },
  Prefecture: { color: '#009E73', border: '#006b4e', shape: 'hexagon', size: 32 },
  Locality: { color: '#CC79A7', border: '#8f4d72', shape: 'diamond', size: 32 },
  Event: { color: '#7F3C8D', border: '#552660', shape: 'round-triangle', size: 34 },
  Sector: { color: '#D55E00', border: '#933f00', shape: 'round-tag', size: 26 },
};

/** Order in the legend: people and bodies first, then places, then what they cooperate on. */
export const KNOWN_LABELS = Object.keys(LABEL_STYLES);

const FALLBACK_COLORS = ['#4477AA', '#66CCEE', '#228833', '#CCBB44', '#EE6677', '#AA3377', '#BBBBBB', '#332288'];
const FALLBACK_SHAPES: NodeShape[] = ['barrel', 'pentagon', 'ellipse', 'round-rectangle'];

function hash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) >>> 0;
  return h;
}

export function labelStyle(label: string): LabelStyle {
  const known = LABEL_STYLES[label];
  if (known) return known;
  const h = hash(label);
  const color = FALLBACK_COLORS[h % FALLBACK_COLORS.length]!;
  return { color, border: '#333333', shape: FALLBACK_SHAPES[h % FALLBACK_SHAPES.length]!, size: 28 };
}

const TYPE_COLORS: Record<string, string> = {
  MET_WITH: '#0072B2',
  REPRESENTS: '#6B7A8F',
  REQUESTED_COOPERATION_IN: '#D55E00',
  PART_OF: '#009E73',
  LOCATED_IN: '#3C8D5B',
  PARTICIPATED_IN: '#7F3C8D',
  HELD_IN: '#CC79A7',
  SUPPORTS: '#B8860B',
  INVESTS_IN: '#C0392B',
};
const TYPE_FALLBACK = ['#5D6D7E', '#7D6608', '#1F618D', '#884EA0', '#117A65', '#A04000', '#2E4053'];

/**
 * Edge types the client draws that are no relationship in the graph (the Region × sector cell's
 * "asked of" addressee, a province's successor): drawn dashed, and said so on hover and in the legend.
 */
export const VIRTUAL_EDGE_NOTES: Readonly<Record<string, string>> = {
  ASKED_OF: 'whom the request was addressed to (the request names them; not a relationship in the graph)',
  MERGED_INTO: 'the province it was merged into in 2025 (not a relationship in the graph)',
  AGREEMENT_ON: 'a partnership agreement of the place names this sector (not a relationship in the graph)',
};

export function typeColor(type: string): string {
  return TYPE_COLORS[type] ?? TYPE_FALLBACK[hash(type) % TYPE_FALLBACK.length]!;
}

/** SVG points (in a 0..20 box) drawing each shape for the legend, so it matches the canvas. */
export function shapeSvg(shape: NodeShape, fill: string, stroke: string): string {
  const attrs = `fill="${fill}" stroke="${stroke}" stroke-width="1.5"`;
  const poly = (pts: [number, number][]) => `<polygon points="${pts.map((p) => p.join(',')).join(' ')}" ${attrs}/>`;
  const regular = (n: number, r: number, rot = -Math.PI / 2): [number, number][] =>
    Array.from(
      { length: n },
      (_, i) => [10 + r * Math.cos(rot + (2 * Math.PI * i) / n), 10 + r * Math.sin(rot + (2 * Math.PI * i) / n)] as [number, number],
    ).map(([x, y]) => [Math.round(x * 10) / 10, Math.round(y * 10) / 10]);
  let body: string;
  switch (shape) {
    case 'ellipse':
      body = `<circle cx="10" cy="10" r="8" ${attrs}/>`;
      break;
    case 'round-rectangle':
      body = `<rect x="2" y="4" width="16" height="12" rx="3" ${attrs}/>`;
      break;
    case 'barrel':
      body = `<rect x="3" y="2" width="14" height="16" rx="5" ${attrs}/>`;
      break;
    case 'hexagon':
      body = poly(regular(6, 8.5, 0));
      break;
    case 'octagon':
      body = poly(regular(8, 8.5, Math.PI / 8));
      break;
    case 'pentagon':
      body = poly(regular(5, 8.5));
      break;
    case 'diamond':
      body = poly([
        [10, 1.5],
        [18.5, 10],
        [10, 18.5],
        [1.5, 10],
      ]);
      break;
    case 'round-tag':
      body = poly([
        [2, 4],
        [13, 4],
        [18.5, 10],
        [13, 16],
        [2, 16],
      ]);
      break;
    case 'round-triangle':
      body = poly([
        [10, 2],
        [18.5, 17],
        [1.5, 17],
      ]);
      break;
    case 'star': {
      const outer = regular(5, 9);
      const inner = regular(5, 4, -Math.PI / 2 + Math.PI / 5);
      body = poly(outer.flatMap((p, i) => [p, inner[i]!]));
      break;
    }
  }
  return `<svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">${body}</svg>`;
}
