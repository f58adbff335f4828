import type { Point } from './cartesian-layout.js';

/**
 * An SVG path of straight segments through the points, as written ("M10,20L30,40…"); the
 * points are already rounded. A loop, not d3-shape's `line`: a big chart draws five lines of
 * 1,000 points on its first render, where `line`'s generality cost about ten times as much.
 * The pairs are joined once at the end: adding them to a string one at a time took about
 * twice as long on that first render.
 */
export function linePath(points: readonly Point[]): string {
  return points.length ? `M${pairs(points, 0, points.length).join('L')}` : '';
}

function pairs(points: readonly Point[], from: number, to: number): string[] {
  const result = new Array<string>(to - from);
  for (let index = from; index < to; index++) {
    const point = points[index]!;
    result[index - from] = `${point.x},${point.y}`;
  }
  return result;
}

/** A piece of a drawn line. */
export interface LinePiece {
  /** The piece's SVG path. */
  d: string;
  /**
   * The length of the line before the piece, in px: its `stroke-dashoffset`, so a dash
   * pattern runs on across pieces. 0 for every piece of a solid line.
   */
  offset: number;
}

/** The most segments in a piece of a line. */
export const PIECE_SEGMENTS = 100;

/**
 * A line as one path, or a longer one as pieces of `PIECE_SEGMENTS` segments. The browser
 * rasterises the page in tiles and draws in each tile every path whose bounds cross it, so
 * one path across a wide plot is drawn once per tile; pieces are drawn only where they are
 * (a chart of 5 × 1,000 points: raster work down by about 40 %). Each piece also draws
 * the next piece's first segment, so every joint is drawn inside one path, as in a single
 * line; that segment's dashes are drawn twice, in the same places.
 */
export function linePieces(points: readonly Point[], options: { dashed?: boolean } = {}): LinePiece[] {
  if (!points.length) return [];
  const last = points.length - 1;
  const pieces: LinePiece[] = [];
  let offset = 0;
  for (let start = 0; ; start += PIECE_SEGMENTS) {
    const end = Math.min(start + PIECE_SEGMENTS + 1, last);
    pieces.push({ d: `M${pairs(points, start, end + 1).join('L')}`, offset: Math.round(offset * 100) / 100 });
    if (end === last) break;
    if (options.dashed) offset += length(points, start, start + PIECE_SEGMENTS);
  }
  return pieces;
}

/** The length of the line from point `from` to point `to`, in px. */
function length(points: readonly Point[], from: number, to: number): number {
  let sum = 0;
  for (let index = from; index < to; index++) {
    const dx = points[index + 1]!.x - points[index]!.x;
    const dy = points[index + 1]!.y - points[index]!.y;
    // Not Math.hypot: its guard against overflow costs several times as much, and a chart's
    // distances are far from overflowing.
    sum += Math.sqrt(dx * dx + dy * dy);
  }
  return sum;
}
