/**
 * A small hand-rolled SVG chart of a figure and the figures that disagree with it: over time when the
 * citing articles or the figures' periods carry dates, otherwise the values side by side.
 */
import { formatNumber } from './dom.js';

export interface ChartPoint {
  label: string;
  value: number;
  date: string | null;
  current: boolean;
}

const SVG = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/** Null when there is nothing to compare: a chart of one value says no more than the value itself. */
export function figureChart(points: readonly ChartPoint[]): SVGSVGElement | null {
  const dated = points.filter((point) => point.date && !Number.isNaN(Date.parse(point.date)));
  if (dated.length >= 2) return timeChart(dated);
  return points.length >= 2 ? barChart(points) : null;
}

function frame(title: string, height: number, width = 600): SVGSVGElement {
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img', 'aria-label': title });
  root.appendChild(svg('title', {}, title));
  return root;
}

function timeChart(points: readonly ChartPoint[]): SVGSVGElement {
  const width = 460;
  const height = 220;
  const pad = { left: 60, right: 16, top: 16, bottom: 36 };
  const times = points.map((point) => Date.parse(point.date!));
  const values = points.map((point) => point.value);
  let [t0, t1] = [Math.min(...times), Math.max(...times)];
  if (t0 === t1) [t0, t1] = [t0 - 15 * 86_400_000, t1 + 15 * 86_400_000];
  const vMax = Math.max(...values) * 1.1 || 1;
  const x = (t: number) => pad.left + ((t - t0) / (t1 - t0)) * (width - pad.left - pad.right);
  const y = (v: number) => height - pad.bottom - (v / vMax) * (height - pad.top - pad.bottom);
  const root = frame('The figures over time, by the date of each citing article or period', height, width);
  root.appendChild(
    svg('line', {
      x1: pad.left,
      y1: height - pad.bottom,
      x2: width - pad.right,
      y2: height - pad.bottom,
      class: 'axis',
    }),
  );
  root.appendChild(svg('line', { x1: pad.left, y1: pad.top, x2: pad.left, y2: height - pad.bottom, class: 'axis' }));
  for (const v of [0, vMax / 2, vMax])
    root.appendChild(
      svg('text', { x: pad.left - 6, y: y(v) + 4, 'text-anchor': 'end', class: 'tick' }, formatNumber(Math.round(v))),
    );
  const day = (t: number) => new Date(t).toISOString().slice(0, 10);
  root.appendChild(svg('text', { x: pad.left, y: height - 12, class: 'tick' }, day(t0)));
  root.appendChild(svg('text', { x: width - pad.right, y: height - 12, 'text-anchor': 'end', class: 'tick' }, day(t1)));
  points.forEach((point, i) => {
    const dot = svg('circle', {
      cx: x(times[i]!),
      cy: y(point.value),
      r: point.current ? 7 : 5,
      class: point.current ? 'dot current' : 'dot',
    });
    dot.appendChild(svg('title', {}, `${point.label}: ${formatNumber(point.value)} (${point.date})`));
    root.appendChild(dot);
  });
  return root;
}

function barChart(points: readonly ChartPoint[]): SVGSVGElement {
  const rows = points.slice(0, 12);
  const rowHeight = 28;
  const height = rows.length * rowHeight + 34;
  const labelWidth = 190;
  const vMax = Math.max(...rows.map((point) => point.value)) || 1;
  const root = frame(
    'The figure and those that disagree with it, side by side (no dates to chart them over time)',
    height,
    440,
  );
  rows.forEach((point, i) => {
    const top = 8 + i * rowHeight;
    const width = ((440 - labelWidth - 60) * point.value) / vMax;
    root.appendChild(
      svg(
        'text',
        { x: labelWidth - 8, y: top + 15, 'text-anchor': 'end', class: 'tick' },
        point.label.length > 26 ? `${point.label.slice(0, 25)}…` : point.label,
      ),
    );
    root.appendChild(
      svg('rect', {
        x: labelWidth,
        y: top + 2,
        width: Math.max(width, 1),
        height: rowHeight - 10,
        class: point.current ? 'bar current' : 'bar',
      }),
    );
    root.appendChild(
      svg('text', { x: labelWidth + Math.max(width, 1) + 6, y: top + 15, class: 'tick' }, formatNumber(point.value)),
    );
  });
  root.appendChild(svg('text', { x: 0, y: height - 6, class: 'tick' }, 'No dates: the values side by side.'));
  return root;
}
