import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { CartesianLayout } from '../../chart/cartesian-layout.js';
import type { ChartLabel } from '../../chart/label-placement.js';
import type { ProgressLayout } from '../../chart/progress-layout.js';
import type { SparklineLayout } from '../../chart/sparkline-layout.js';
import { round } from '../../chart/text-size.js';
import type { TooltipLayout } from '../../chart/tooltip-layout.js';

// Templates are kept tight (no whitespace between repeated parts): each one is
// repeated per tick and point, and 100 charts on a page multiply every node.

/** Point markers are left out above this many points; the line alone reads better. */
const MAX_MARKERS = 40;

function label(item: ChartLabel, lineHeight: number): SVGTemplateResult {
  const [first, ...rest] = item.lines;
  if (!rest.length) return svg`<text class="label label-${item.kind}" x=${item.x} y=${item.y} dy="0.35em" text-anchor=${item.anchor}>${first}</text>`;
  return svg`<text class="label label-${item.kind}" text-anchor=${item.anchor}>${item.lines.map(
    (line, index) => svg`<tspan x=${item.x} y=${round(item.y + index * lineHeight)} dy="0.35em">${line}</tspan>`,
  )}</text>`;
}

/** What is highlighted: the point at `index` of the goal's series, with its label box. */
export interface ActivePoint {
  index: number;
  tooltip: TooltipLayout;
}

function activeMarks(layout: CartesianLayout, active: ActivePoint): SVGTemplateResult {
  const point = layout.points[active.index]!;
  const { tooltip } = active;
  return svg`<g class="active"><line class="guide" x1=${point.x} x2=${point.x} y1=${layout.frame.top} y2=${layout.frame.bottom}></line>${layout.comparisons.map(
    (comparison) => {
      const at = comparison.at(active.index);
      return at ? svg`<circle class="comparison-dot" cx=${at.x} cy=${at.y} r="3.5"></circle>` : nothing;
    },
  )}<circle class="ring" cx=${point.x} cy=${point.y} r="6.5"></circle><rect class="tooltip" x=${tooltip.x} y=${tooltip.y} width=${tooltip.width} height=${tooltip.height} rx="3"></rect>${tooltip.lines.map(
    (line, index) => svg`<text class=${index === 0 ? 'tooltip-text tooltip-head' : 'tooltip-text'} x=${line.x} y=${line.y} dy="0.35em">${line.text}</text>`,
  )}</g>`;
}

/** A line or bar chart, drawn from its layout. */
export function cartesianGraphic(layout: CartesianLayout, active: ActivePoint | undefined): TemplateResult {
  const { width, height, frame, lineHeight } = layout;
  const tickLabelY = round(frame.bottom + lineHeight * 0.5 + 4);
  return html`<svg class="graphic" viewBox="0 0 ${width} ${height}" width=${width} height=${height} aria-hidden="true" focusable="false">${layout.yTicks.map(
    (tick) => svg`<line class="grid" x1=${frame.left} x2=${frame.right} y1=${tick.at} y2=${tick.at}></line><text class="tick" x=${round(frame.left - 4)} y=${tick.at} dy="0.35em" text-anchor="end">${tick.label}</text>`,
  )}${layout.unit ? svg`<text class="unit" x=${layout.unit.x} y=${layout.unit.y} dy="0.35em">${layout.unit.text}</text>` : nothing}<line class="axis" x1=${frame.left} x2=${frame.right} y1=${frame.bottom} y2=${frame.bottom}></line>${layout.xTicks.map(
    (tick) => svg`<line class="axis" x1=${tick.at} x2=${tick.at} y1=${frame.bottom} y2=${frame.bottom + 4}></line><text class="tick" x=${tick.at} y=${tickLabelY} dy="0.35em" text-anchor="middle">${tick.label}</text>`,
  )}${layout.bars.map((bar) => svg`<rect class="bar" x=${bar.x} y=${bar.y} width=${bar.width} height=${bar.height}></rect>`)}${layout.target
    ? svg`<line class="target" x1=${layout.target.x1} x2=${layout.target.x2} y1=${layout.target.y} y2=${layout.target.y}></line>${
        layout.target.marker ? svg`<path class="target-marker" d="M${layout.target.x2} ${layout.target.y - 5}l5 5-5 5-5-5z"></path>` : nothing
      }`
    : nothing}${layout.comparisons.map((comparison) =>
      comparison.line.map(
        (piece) => svg`<path class="comparison" d=${piece.d} stroke-dasharray=${comparison.dash} stroke-dashoffset=${piece.offset || nothing}></path>`,
      ),
    )}${layout.line.map((piece) => svg`<path class="series" d=${piece.d}></path>`)}${layout.type === 'line' && layout.points.length <= MAX_MARKERS
    ? layout.points.map((point) => svg`<circle class="point" cx=${point.x} cy=${point.y} r="3"></circle>`)
    : nothing}${layout.labels.map((item) => label(item, lineHeight))}${active ? activeMarks(layout, active) : nothing}</svg>`;
}

/** A bullet bar of the latest value against the target. */
export function progressGraphic(layout: ProgressLayout): TemplateResult {
  const { width, height, track, fill, target, baseline } = layout;
  return html`<svg class="graphic" viewBox="0 0 ${width} ${height}" width=${width} height=${height} aria-hidden="true" focusable="false"
    ><rect class="track" x=${track.x} y=${track.y} width=${track.width} height=${track.height}></rect
    ><rect class="bar" x=${fill.x} y=${fill.y} width=${fill.width} height=${fill.height}></rect
    >${baseline ? svg`<line class="baseline" x1=${baseline.x} x2=${baseline.x} y1=${baseline.y1} y2=${baseline.y2}></line>` : nothing}${target
      ? svg`<line class="target target-mark" x1=${target.x} x2=${target.x} y1=${target.y1} y2=${target.y2}></line>`
      : nothing}${layout.labels.map((item) => label(item, layout.lineHeight))}</svg
  >`;
}

/** A tiny line with the latest point marked, and a faint target level. */
export function sparklineGraphic(layout: SparklineLayout): TemplateResult {
  const { width, height } = layout;
  return html`<svg class="sparkline-graphic" viewBox="0 0 ${width} ${height}" width=${width} height=${height} aria-hidden="true" focusable="false"
    >${layout.targetY === undefined ? nothing : svg`<line class="spark-target" x1="0" x2=${width} y1=${layout.targetY} y2=${layout.targetY}></line>`}<path
      class="series"
      d=${layout.path}
    ></path
    ><circle class="spark-last" cx=${layout.last.x} cy=${layout.last.y} r="2.5"></circle
  ></svg>`;
}
