/**
 * "Download this neighbourhood": links to the server's `/export` for the node shown, one hop around it,
 * in the formats analysts open elsewhere (a spreadsheet, Gephi, linked data).
 */
import { h } from './dom.js';

export function downloadLinks(id: string): HTMLElement {
  const href = (format: string, extra = '') =>
    `/export?format=${format}&around=${encodeURIComponent(id)}&hops=1${extra}`;
  const link = (label: string, url: string) => h('a', { href: url, download: '' }, label);
  return h(
    'p',
    { class: 'hint downloads' },
    'Download this neighborhood: ',
    link('CSV (nodes)', href('csv', '&part=nodes')),
    ' · ',
    link('CSV (links)', href('csv', '&part=relationships')),
    ' · ',
    link('GraphML', href('graphml')),
    ' · ',
    link('JSON-LD', href('jsonld')),
  );
}
