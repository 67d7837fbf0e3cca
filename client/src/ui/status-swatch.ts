import type { PropertyStatus } from '../api-types';
import type { AppContext } from '../context';
import { symbolPath } from '../status-symbol';

const SVG = 'http://www.w3.org/2000/svg';

/** The status's symbol in its colour with the dark edge the map gives it, so the legend and the lists match the points. */
export function statusSwatch(ctx: AppContext, status: PropertyStatus, colour = ctx.statusColour(status)): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'swatch status-symbol');
  svg.setAttribute('viewBox', '0 0 20 20');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.dataset.symbol = ctx.statusSymbol(status);
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', symbolPath(ctx.statusSymbol(status), 10, 10, 7.2));
  path.setAttribute('fill', colour);
  path.setAttribute('fill-rule', 'evenodd');
  path.setAttribute('stroke', '#333333');
  path.setAttribute('stroke-width', '1.5');
  svg.append(path);
  return svg;
}
