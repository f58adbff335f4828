import { expect } from '@open-wc/testing';
import type { Point } from '../../src/chart/cartesian-layout.js';
import { linePath, linePieces, PIECE_SEGMENTS, type LinePiece } from '../../src/chart/line-path.js';
import '../helpers/setup.js';

/** A zigzag whose every segment is 5 px long (3 across, 4 up or down). */
const zigzag = (count: number): Point[] => Array.from({ length: count }, (_, index) => ({ x: 3 * index, y: index % 2 ? 4 : 0 }));

describe('line pieces', () => {
  it('keeps a line in one path when a second piece would only repeat the first one’s last segment', () => {
    expect(PIECE_SEGMENTS).to.equal(100);
    expect(linePieces([])).to.deep.equal([]);
    expect(linePieces([{ x: 1, y: 2 }])).to.deep.equal([{ d: 'M1,2', offset: 0 }]);
    expect(linePieces(zigzag(12))).to.deep.equal([{ d: linePath(zigzag(12)), offset: 0 }]);
    // 101 segments: a second piece would be the overlap alone.
    const points = zigzag(102);
    expect(linePieces(points)).to.deep.equal([{ d: linePath(points), offset: 0 }]);
  });

  it('cuts a longer line into pieces that overlap by a segment and carry on its dashes', () => {
    const points = zigzag(250);
    const pieces = linePieces(points, { dashed: true });
    const ends = (piece: LinePiece) => {
      const pairs = piece.d.slice(1).split('L');
      return [pairs.length - 1, pairs[0], pairs.at(-1)];
    };
    // Points 0–101, 100–201, 200–249: each piece starts where the one before it has 100 segments.
    expect(pieces.map(ends)).to.deep.equal([
      [101, '0,0', '303,4'],
      [101, '300,0', '603,4'],
      [49, '600,0', '747,4'],
    ]);
    expect(pieces.map((piece) => piece.offset)).to.deep.equal([0, 500, 1000]);
    // A solid line has no dashes to carry on: the same pieces, no lengths measured.
    expect(linePieces(points)).to.deep.equal(pieces.map((piece) => ({ ...piece, offset: 0 })));
  });

  it('adds no piece that only repeats the segment the one before it drew', () => {
    expect(linePieces(zigzag(103)).map((piece) => piece.d.slice(1).split('L').length)).to.deep.equal([102, 3]);
    expect(linePieces(zigzag(202)).map((piece) => piece.d.slice(1).split('L').length)).to.deep.equal([102, 102]);
  });

  it('rounds offsets to hundredths', () => {
    const points = Array.from({ length: 150 }, (_, index) => ({ x: index, y: index % 2 }));
    // 100 diagonal steps of √2.
    expect(linePieces(points, { dashed: true })[1]!.offset).to.equal(141.42);
  });
});

/** The alpha channel of an SVG drawn on a canvas. */
async function pixels(content: string, width: number, height: number): Promise<Uint8ClampedArray> {
  const image = new Image();
  image.src = `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${content}</svg>`)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0);
  return context.getImageData(0, 0, width, height).data.filter((_, index) => index % 4 === 3);
}

describe('line pieces: drawn', () => {
  // A chart-like line with sharp and gentle bends, long enough for five pieces.
  const points: Point[] = Array.from({ length: 480 }, (_, index) => ({
    x: Math.round(10 + index * 1.6),
    y: Math.round((60 + 40 * Math.sin(index / 9) + (index % 5 === 0 ? 12 : 0)) * 10) / 10,
  }));
  const width = 790;
  const height = 130;

  /**
   * Pixels whose coverage differs by more than a doubly drawn anti-aliased edge can (64 of
   * 255, where pieces overlap). A few edge pixels do, where a dash's end along a long path
   * and along a piece differ by rounding.
   */
  async function differences(style: string, pieces: readonly LinePiece[]): Promise<number> {
    const whole = await pixels(`<path fill="none" stroke="black" ${style} d="${linePath(points)}"/>`, width, height);
    const cut = await pixels(pieces.map((piece) => `<path fill="none" stroke="black" ${style} stroke-dashoffset="${piece.offset}" d="${piece.d}"/>`).join(''), width, height);
    let count = 0;
    for (let index = 0; index < whole.length; index++) if (Math.abs(whole[index]! - cut[index]!) > 64) count++;
    return count;
  }

  it('looks like the line drawn in one path, dashed or solid', async () => {
    const pieces = linePieces(points, { dashed: true });
    expect(pieces).to.have.length(5);
    for (const dash of ['6 4', '2 3', '10 3 2 3', '1 5']) {
      expect(await differences(`stroke-width="1.75" stroke-dasharray="${dash}"`, pieces), dash).to.be.at.most(4);
    }
    expect(await differences('stroke-width="2.5" stroke-linejoin="round" stroke-linecap="round"', linePieces(points))).to.be.at.most(4);
  });

  it('would not, with its dashes started afresh in every piece', async () => {
    const restarted = linePieces(points, { dashed: true }).map((piece) => ({ ...piece, offset: 0 }));
    expect(await differences('stroke-width="1.75" stroke-dasharray="6 4"', restarted)).to.be.greaterThan(1000);
  });
});
