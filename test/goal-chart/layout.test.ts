import { expect } from '@open-wc/testing';
import { cartesianLayout, COMPARISON_DASHES } from '../../src/chart/cartesian-layout.js';
import { normalizeGoal } from '../../src/chart/chart-data.js';
import type { LinePiece } from '../../src/chart/line-path.js';
import { labelBox, stackLabels, wrappedLines, type ChartLabel } from '../../src/chart/label-placement.js';
import { progressLayout } from '../../src/chart/progress-layout.js';
import { sparklineLayout } from '../../src/chart/sparkline-layout.js';
import { textWidth, wrapText } from '../../src/chart/text-size.js';
import { decimalsOf, monthTicks, valueTicks, yearTicks } from '../../src/chart/ticks.js';
import { tooltipLayout } from '../../src/chart/tooltip-layout.js';
import { timeTickLabel, timeTickLabels, valueTickFormat } from '../../src/chart/axis-labels.js';
import type { Goal } from '../../src/data/index.js';
import '../helpers/setup.js';

const goal = (extra: Partial<Goal>): Goal => ({ id: 'g', title: 'Mål', ...extra });
const size = { width: 400, height: 200, fontSize: 10, lang: 'sv' as const };
// Two points and a target: small enough to work out by hand (see each expectation).
const simple = normalizeGoal(
  goal({
    series: [
      { period: 2022, value: 30 },
      { period: 2020, value: 10 },
    ],
    target: { value: 40, period: 2024 },
  }),
  { asOf: 2025 },
);

describe('layout: ticks and text measures', () => {
  it('counts the decimals a tick step needs', () => {
    expect([5, 1, 0.5, 0.25, 0.2, 0.05, 2e-7].map(decimalsOf)).to.deep.equal([0, 0, 1, 2, 1, 2, 7]);
  });

  it('puts whole-year ticks at a step that fits', () => {
    expect(yearTicks([2015, 2030], 20)).to.deep.equal([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    expect(yearTicks([2015, 2030], 8)).to.deep.equal([2016, 2018, 2020, 2022, 2024, 2026, 2028, 2030]);
    expect(yearTicks([2015, 2030], 4)).to.deep.equal([2015, 2020, 2025, 2030]);
    expect(yearTicks([2015.5, 2016.5], 4)).to.deep.equal([2016]);
  });

  it('puts month ticks at 1, 2, 3, 6 or 12 month steps', () => {
    expect(monthTicks([2024, 2024.5], 7)).to.deep.equal([2024, 2024 + 1 / 12, 2024 + 2 / 12, 2024 + 3 / 12, 2024 + 4 / 12, 2024 + 5 / 12, 2024.5]);
    expect(monthTicks([2024, 2025], 5)).to.deep.equal([2024, 2024.25, 2024.5, 2024.75, 2025]);
  });

  it('labels ticks the locale’s way, compact in the millions, years without grouping', () => {
    expect(valueTickFormat('sv', { decimals: 1, maxAbs: 80, unit: '%' })(72.5)).to.equal('72,5\u00a0%');
    expect(valueTickFormat('en', { decimals: 0, maxAbs: 5000, unit: 'kr' })(4000)).to.equal('4,000');
    expect(valueTickFormat('sv', { decimals: 0, maxAbs: 5000 })(4000)).to.equal('4\u00a0000');
    expect(valueTickFormat('sv', { decimals: 0, maxAbs: 2e9 })(1.5e9)).to.equal('1,5\u00a0md');
    expect(timeTickLabel(2024, 'sv')).to.equal('2024');
    expect(timeTickLabel(2024.5, 'sv')).to.equal('juli 2024');
    expect(timeTickLabel(2024.5, 'en')).to.equal('Jul 2024');
    // Days of one month share its label.
    expect(timeTickLabels([2024, 2024.5, 2024.51, 2024 + 7 / 12, 2025], 'sv')).to.deep.equal(['2024', 'juli 2024', 'juli 2024', 'aug. 2024', '2025']);
  });

  it('estimates text width per character and wraps at spaces', () => {
    // digits 0.57 em, narrow 0.3 em, capitals 0.68 em, wide 0.9 em
    expect(textWidth('2024', 10)).to.equal(22.8);
    expect(textWidth('Mål 40', 10)).to.equal(32.1);
    expect(wrapText('Liknande kommuner i länet', 60, 10)).to.deep.equal(['Liknande', 'kommuner i', 'länet']);
    expect(valueTicks([0, 10], 5)).to.deep.equal([0, 2, 4, 6, 8, 10]);
  });

  it('counts the letter and word spacing a page sets (WCAG 1.4.12), and never breaks at a no-break space', () => {
    // 4 characters × 1.2 px letter spacing; 1 space × 1.6 px word spacing.
    expect(textWidth('2024', { fontSize: 10, letterSpacing: 1.2 })).to.equal(27.6);
    expect(textWidth('a b', { fontSize: 10, letterSpacing: 1.2, wordSpacing: 1.6 })).to.equal(19.6);
    expect(wrapText('Mål 2\u00a0200 kr', 50, 10)).to.deep.equal(['Mål 2\u00a0200', 'kr']);
  });

  it('keeps a long label to two lines, ending the second in an ellipsis', () => {
    const lines = wrappedLines('Genomsnittet för Skånes kommuner med liknande befolkningsstruktur', 80, 10, 2);
    expect(lines).to.deep.equal(['Genomsnittet', 'för Skånes…']);
    for (const line of lines) expect(textWidth(line, 10)).to.be.at.most(80);
    expect(wrappedLines('Riket', 80, 10, 2)).to.deep.equal(['Riket']);
  });
});

describe('layout: line chart', () => {
  const layout = cartesianLayout(simple, 'line', size);

  it('frames the plot: value labels on the left, x labels below', () => {
    // lineHeight 12.5; top 0.75 lines; bottom 200 - 12.5 - 5; left = width of "40" (11.4) + gap 5.
    expect(layout.frame).to.deep.equal({ left: 16.4, top: 9.4, right: 395, bottom: 182.5 });
    expect(layout.lineHeight).to.equal(12.5);
  });

  it('spans the time from the first point to the target period, inset by half a year label', () => {
    // x range: 16.4 + 13.4 .. 400 - 5 - 13.4 = 29.8 .. 381.6 over 2020..2024.
    expect(layout.xTicks).to.deep.equal([
      { at: 29.8, label: '2020' },
      { at: 117.8, label: '2021' },
      { at: 205.7, label: '2022' },
      { at: 293.7, label: '2023' },
      { at: 381.6, label: '2024' },
    ]);
  });

  it('spans the values from a little below the lowest point to the target, with nice ticks', () => {
    // 10 .. 40 with 5 % of the span below (8.5): the lowest point is off the time axis.
    expect(layout.yTicks.map((tick) => tick.label)).to.deep.equal(['5', '10', '15', '20', '25', '30', '35', '40']);
    expect(layout.yTicks[0]).to.deep.equal({ at: 182.5, label: '5' });
    expect(layout.yTicks[7]).to.deep.equal({ at: 9.4, label: '40' });
  });

  it('keeps a lone point and a target at the lowest value off the time axis, never below zero for counts', () => {
    const lone = cartesianLayout(normalizeGoal(goal({ unit: '%', series: [{ period: 2024, value: 82 }], target: { value: 90, period: 2027 } })), 'line', size);
    expect(lone.points[0]!.y).to.be.lessThan(lone.frame.bottom - 5);
    const low = cartesianLayout(normalizeGoal(goal({ series: [{ period: 2023, value: 28 }, { period: 2024, value: 31 }], target: { value: 24, period: 2028 } })), 'line', size);
    expect(low.target!.y).to.be.lessThan(low.frame.bottom - 5);
    const counts = cartesianLayout(normalizeGoal(goal({ series: [{ period: 2023, value: 0.2 }, { period: 2024, value: 9 }] })), 'line', size);
    expect(counts.yTicks[0]!.label).to.equal('0');
  });

  it('draws the goal’s points and line', () => {
    // y(10) = 182.5 - 5/35 × 173.1, y(30) = 182.5 - 25/35 × 173.1
    expect(layout.points).to.deep.equal([
      { x: 29.8, y: 157.8 },
      { x: 205.7, y: 58.9 },
    ]);
    expect(layout.line).to.deep.equal([{ d: 'M29.8,157.8L205.7,58.9', offset: 0 }]);
    expect(layout.bars).to.deep.equal([]);
  });

  it('ends the target line at the target’s period, with a mark and a label below it (no room above)', () => {
    expect(layout.target).to.deep.equal({ x1: 16.4, x2: 381.6, y: 9.4, marker: true });
    // Its first line's middle 0.6 lines below the line (16.9), moved to keep 2 px clear of the line's 2 px.
    expect(layout.labels).to.deep.include({ x: 381.6, y: 18.6, lines: ['Mål 40'], anchor: 'end', kind: 'target' });
  });

  it('never overlaps labels or strikes one through with the target’s line, the target’s label by its line, at any size', () => {
    // The seed's employment goal: one comparison ends just above the target's line, one far above it.
    const employment = normalizeGoal(
      goal({
        unit: '%',
        decimals: 1,
        target: { value: 75, period: 2028 },
        series: [68.1, 68.9, 69.8, 70.4, 70.9, 69.6, 70.8, 72, 72.9].map((value, index) => ({ period: 2015 + index, value })),
        comparisons: [
          { label: 'Riket', series: [79, 79.4, 79.9, 80.2, 80.4, 79.3, 79.9, 80.9, 81.2].map((value, index) => ({ period: 2015 + index, value })) },
          { label: 'Liknande kommuner', series: [74.6, 73.5, 74.2, 75.1, 75.6].map((value, index) => ({ period: 2019 + index, value })) },
        ],
      }),
      { asOf: 2025 },
    );
    for (const [width, height, fontSize] of [[288, 160, 10.4], [400, 200, 10], [600, 234, 13], [986, 234, 13], [320, 300, 16]] as const) {
      const layout = cartesianLayout(employment, 'line', { width, height, fontSize, lang: 'sv' });
      const at = `${width}×${height}`;
      const boxes = layout.labels.map((label) => ({ label, ...labelBox(label, fontSize, layout.lineHeight) }));
      for (const [index, a] of boxes.entries()) {
        for (const b of boxes.slice(index + 1)) {
          const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
          expect(apart, `${at}: ${a.label.lines} and ${b.label.lines}`).to.equal(true);
        }
        const line = layout.target!;
        const crossed = a.left < line.x2 && line.x1 < a.right && a.top < line.y + 1 && line.y - 1 < a.bottom;
        expect(crossed, `${at}: ${a.label.lines} on the target's line`).to.equal(false);
      }
      const target = boxes.find((box) => box.label.kind === 'target')!;
      expect(Math.min(Math.abs(target.top - layout.target!.y), Math.abs(target.bottom - layout.target!.y)), `${at}: target label by its line`).to.be.at.most(layout.lineHeight / 2);
      // Wide enough for the comparisons' names to end before it: above its line, where it has room.
      if (width === 986) expect(target.bottom, at).to.be.lessThan(layout.target!.y);
      // Riket's label above the other comparison's, above the latest value's.
      const middle = (kind: string, first?: string) => {
        const box = boxes.find((item) => item.label.kind === kind && (!first || item.label.lines[0]!.startsWith(first)))!;
        return (box.top + box.bottom) / 2;
      };
      expect(middle('comparison', 'Riket'), at).to.be.lessThan(middle('comparison', 'Liknande'));
      expect(middle('comparison', 'Liknande'), at).to.be.lessThan(middle('latest'));
    }
  });

  it('keeps the latest value’s label off the target’s line', () => {
    const near = cartesianLayout(normalizeGoal(goal({ series: [{ period: 2023, value: 60 }, { period: 2024, value: 45.3 }], target: { value: 45, period: 2026 } })), 'line', size);
    const box = labelBox(near.labels.find((label) => label.kind === 'latest')!, 10, near.lineHeight);
    const line = near.target!.y;
    expect(box.bottom <= line - 1 || box.top >= line + 1, `${box.top}..${box.bottom} against ${line}`).to.equal(true);
  });

  it('labels the latest value beside its point', () => {
    expect(layout.labels[0]).to.deep.equal({ x: 210.7, y: 58.9, lines: ['30'], anchor: 'start', kind: 'latest' });
  });

  it('labels crowded line ends in their order, each by its own end, the unit once over the axis', () => {
    // The long Swedish story: two comparisons end just above the goal's line, one with a two-line name.
    const crowded = normalizeGoal(
      goal({
        unit: 'procent av befolkningen',
        decimals: 1,
        target: { value: 75, period: 2030 },
        series: [2012, 2016, 2020, 2024].map((period, index) => ({ period, value: [64.2, 66.8, 65.9, 68.4][index]! })),
        comparisons: [
          { label: 'Genomsnittet för Skånes kommuner med liknande befolkningsstruktur', series: [{ period: 2012, value: 67 }, { period: 2024, value: 70.2 }] },
          { label: 'Riket', series: [{ period: 2012, value: 69.1 }, { period: 2024, value: 71.5 }] },
        ],
      }),
      { asOf: 2025 },
    );
    for (const width of [986, 288]) {
      const layout = cartesianLayout(crowded, 'line', { width, height: 234, fontSize: 13, lang: 'sv' });
      expect(layout.unit!.text).to.equal('procent av befolkningen');
      const label = (first: string) => layout.labels.find((item) => item.lines[0]!.startsWith(first))!;
      expect(label('Mål').lines, `${width}`).to.deep.equal(['Mål 75']);
      const lastY = (line: LinePiece[]) => Number(line.at(-1)!.d.split(',').at(-1));
      // Top to bottom: Riket's end, the average's, the goal's latest point.
      const ends = [
        { label: label('Riket'), y: lastY(layout.comparisons[1]!.line) },
        { label: label('Genomsnittet'), y: lastY(layout.comparisons[0]!.line) },
        { label: label('68,4'), y: layout.points.at(-1)!.y },
      ];
      expect(ends.map((end) => end.y)).to.deep.equal([...ends.map((end) => end.y)].sort((a, b) => a - b));
      const boxes = ends.map((end) => labelBox(end.label, 13, layout.lineHeight));
      for (let index = 1; index < boxes.length; index++) expect(boxes[index]!.top, `${width}: label ${index} below the one before`).to.be.at.least(boxes[index - 1]!.bottom);
      for (const [index, end] of ends.entries()) expect(Math.abs((boxes[index]!.top + boxes[index]!.bottom) / 2 - end.y), `${width}: label ${index} by its end`).to.be.at.most(layout.lineHeight);
      expect(ends[2]!.label.y).to.be.closeTo(ends[2]!.y, 0.5);
    }
  });

  it('draws comparisons with their own dash patterns and labels their line ends, making room on the right', () => {
    const data = normalizeGoal(
      goal({
        series: [
          { period: 2020, value: 10 },
          { period: 2022, value: 30 },
        ],
        comparisons: [
          { label: 'Riket', series: [{ period: 2020, value: 20 }, { period: 2022, value: 25 }] },
          { label: 'Liknande kommuner', series: [{ period: 2021, value: 15 }, { period: 2022, value: 12 }] },
        ],
      }),
    );
    const withComparisons = cartesianLayout(data, 'line', size);
    expect(withComparisons.comparisons.map((comparison) => comparison.dash)).to.deep.equal([COMPARISON_DASHES[0], COMPARISON_DASHES[1]]);
    // Aligned with the goal's points: the second comparison has no 2020 value.
    expect(withComparisons.comparisons[1]!.at(0)).to.equal(undefined);
    expect(withComparisons.comparisons[1]!.at(1)).to.deep.equal(withComparisons.points[1] && { x: withComparisons.points[1].x, y: withComparisons.comparisons[1]!.at(1)!.y });
    const labels = withComparisons.labels.filter((label) => label.kind === 'comparison');
    expect(labels.map((label) => label.lines.join(' '))).to.deep.equal(['Riket', 'Liknande kommuner']);
    // Every label fits inside the drawing; none overlaps another.
    const boxes = withComparisons.labels.map((label) => labelBox(label, 10, withComparisons.lineHeight));
    for (const box of boxes) expect(box.right).to.be.at.most(400);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom, `labels ${i} and ${j} overlap`).to.equal(false);
      }
  });

  it('writes the unit above the value axis, except % which the ticks carry', () => {
    expect(cartesianLayout(normalizeGoal(goal({ unit: 'kr', series: [{ period: 2020, value: 1 }, { period: 2021, value: 2 }] })), 'line', size).unit).to.deep.equal({
      x: 0,
      y: 6.3,
      text: 'kr',
    });
    const percent = cartesianLayout(normalizeGoal(goal({ unit: '%', series: [{ period: 2020, value: 1 }, { period: 2021, value: 2 }] })), 'line', size);
    expect(percent.unit).to.equal(undefined);
    expect(percent.yTicks[0]!.label).to.match(/%$/);
  });

  it('is empty without any of the goal’s own points, or without room', () => {
    expect(cartesianLayout(normalizeGoal(goal({ series: [] })), 'line', size).points).to.deep.equal([]);
    expect(cartesianLayout(simple, 'line', { ...size, width: 0 }).line).to.deep.equal([]);
  });

  it('centres a single point between padded years and gives a flat value range some height', () => {
    const one = cartesianLayout(normalizeGoal(goal({ series: [{ period: 2024, value: 5 }] })), 'line', size);
    expect(one.points).to.have.length(1);
    expect(one.points[0]!.x).to.equal(round((one.frame.left + one.frame.right) / 2));
    expect(one.yTicks.length).to.be.greaterThan(1);
  });

  it('handles negative and very large values', () => {
    const data = normalizeGoal(goal({ unit: 'kr', series: [{ period: 2020, value: -3e8 }, { period: 2021, value: 1.2e9 }] }));
    const layout = cartesianLayout(data, 'line', size);
    expect(layout.yTicks.map((tick) => tick.label)).to.deep.equal(['−500\u00a0mn', '0', '500\u00a0mn', '1\u00a0md', '1,5\u00a0md']);
    for (const point of layout.points) expect(point.y).to.be.within(layout.frame.top, layout.frame.bottom);
  });
});

function round(value: number) {
  return Math.round(value * 10) / 10;
}

describe('layout: bar chart', () => {
  const layout = cartesianLayout(simple, 'bar', size);

  it('starts the value axis at zero and draws one column per period from it', () => {
    expect(layout.yTicks[0]).to.deep.equal({ at: 182.5, label: '0' });
    // Bands over 16.4 .. 361.9 with 25 % inner and 15 % outer padding, as narrow as four would be
    // (step 85.3, width 64), the two centred.
    expect(layout.bars).to.deep.equal([
      { x: 114.5, y: 139.2, width: 64, height: 43.3 },
      { x: 199.8, y: 52.7, width: 64, height: 129.8 },
    ]);
    expect(layout.points.map((point) => point.x)).to.deep.equal([146.5, 231.8]);
    expect(layout.line).to.deep.equal([]);
  });

  it('draws the target across the plot and labels it right of the columns', () => {
    // The right margin grows to fit "Mål 40" (32.1) after a gap of 5.
    expect(layout.frame.right).to.equal(361.9);
    expect(layout.target).to.deep.equal({ x1: 16.4, x2: 361.9, y: 9.4, marker: false });
    expect(layout.labels).to.deep.include({ x: 366.9, y: 9.4, lines: ['Mål 40'], anchor: 'start', kind: 'target' });
  });

  it('draws a single value as narrow as one of four columns, in the middle of the plot', () => {
    const one = cartesianLayout(normalizeGoal(goal({ series: [{ period: 2024, value: 30 }] })), 'bar', size);
    const [bar] = one.bars;
    const plot = one.frame.right - one.frame.left;
    expect(bar!.width).to.be.closeTo((plot / 4.05) * 0.75, 0.1);
    expect(bar!.x + bar!.width / 2).to.be.closeTo(one.frame.left + plot / 2, 0.1);
  });

  it('labels the latest column above its top, or below it when negative', () => {
    expect(layout.labels).to.deep.include({ x: 231.8, y: 45.2, lines: ['30'], anchor: 'middle', kind: 'latest' });
    const negative = cartesianLayout(normalizeGoal(goal({ series: [{ period: 2020, value: 5 }, { period: 2021, value: -10 }] })), 'bar', size);
    const [first, second] = negative.bars;
    expect(first!.y + first!.height).to.equal(second!.y);
    const latest = negative.labels.find((label) => label.kind === 'latest')!;
    expect(latest.y).to.be.greaterThan(negative.points[1]!.y);
  });

  it('keeps the latest label clear of every column it spans, inside a narrow chart', () => {
    // Thirty columns in 190 px: the latest value's label is wider than its column, and its neighbour is taller.
    const values = Array.from({ length: 30 }, (_, index) => 4 + (index % 3) * 0.1);
    values[28] = 4.6;
    const narrow = cartesianLayout(
      normalizeGoal(goal({ unit: 'ton per invånare', decimals: 2, series: values.map((value, index) => ({ period: 1995 + index, value })) })),
      'bar',
      { width: 190, height: 150, fontSize: 10, lang: 'sv' },
    );
    const latest = narrow.labels.find((label) => label.kind === 'latest')!;
    // The unit is over the value axis, not after the number.
    expect(narrow.unit!.text).to.equal('ton per invånare');
    expect(latest.lines).to.deep.equal(['4,20']);
    const box = labelBox(latest, 10, narrow.lineHeight);
    const spanned = narrow.bars.filter((bar) => bar.x < box.right && box.left < bar.x + bar.width);
    expect(spanned.length).to.be.greaterThan(1);
    expect(box.bottom).to.be.at.most(Math.min(...spanned.map((bar) => bar.y)));
    expect(box.bottom).to.be.greaterThan(Math.min(...spanned.map((bar) => bar.y)) - narrow.lineHeight / 2);
    expect(box.right).to.be.at.most(190);
  });

  it('lifts the latest label over a target line just above its column, never onto the column', () => {
    const near = cartesianLayout(normalizeGoal(goal({ series: [{ period: 2023, value: 20 }, { period: 2024, value: 30 }], target: { value: 32.3, period: 2030 } })), 'bar', size);
    const box = labelBox(near.labels.find((label) => label.kind === 'latest')!, 10, near.lineHeight);
    expect(near.target!.y).to.be.lessThan(near.bars[1]!.y);
    expect(box.bottom).to.be.at.most(near.target!.y - 1);
  });

  it('keeps the latest label inside the chart when its column leaves no room above it', () => {
    const full = cartesianLayout(normalizeGoal(goal({ series: [{ period: 2020, value: 10 }, { period: 2021, value: 100 }] })), 'bar', size);
    const latest = full.labels.find((label) => label.kind === 'latest')!;
    expect(full.bars[1]!.y).to.equal(full.frame.top);
    expect(labelBox(latest, 10, full.lineHeight).top).to.be.closeTo(0, 0.1);
  });

  it('draws a comparison only at the columns’ periods, each point above its column', () => {
    const data = normalizeGoal(
      goal({
        series: [
          { period: 2020, value: 10 },
          { period: 2022, value: 30 },
          { period: 2023, value: 20 },
        ],
        comparisons: [{ label: 'Riket', series: [{ period: 2019, value: 5 }, { period: 2021, value: 15 }, { period: 2022, value: 25 }, { period: 2023, value: 35 }] }],
      }),
    );
    const bars = cartesianLayout(data, 'bar', size);
    const [comparison] = bars.comparisons;
    // 2019 and 2021 have no column: left out of the line, which runs 2022 → 2023.
    expect([0, 1, 2].map((index) => comparison!.at(index)?.x)).to.deep.equal([undefined, bars.points[1]!.x, bars.points[2]!.x]);
    expect(comparison!.line).to.deep.equal([{ d: `M${comparison!.at(1)!.x},${comparison!.at(1)!.y}L${comparison!.at(2)!.x},${comparison!.at(2)!.y}`, offset: 0 }]);
  });

  it('labels only every few columns when they are many, always the latest', () => {
    const series = Array.from({ length: 40 }, (_, index) => ({ period: 1985 + index, value: index }));
    const many = cartesianLayout(normalizeGoal(goal({ series })), 'bar', size);
    expect(many.bars).to.have.length(40);
    expect(many.xTicks.length).to.be.lessThan(40);
    expect(many.xTicks.at(-1)!.label).to.equal('2024');
  });
});

describe('layout: label placement', () => {
  const label = (y: number, lines = 1, x = 0, kind: ChartLabel['kind'] = 'comparison'): ChartLabel => ({ x, y, lines: Array.from({ length: lines }, () => 'Abc'), anchor: 'start', kind });
  const stack = (labels: ChartLabel[], weight?: (label: ChartLabel) => number) =>
    stackLabels(labels, { text: 10, lineHeight: 12, top: 0, bottom: 100, ...(weight ? { weight } : {}) }).map((item) => item.y);

  it('leaves labels that do not overlap where they are', () => {
    expect(stack([label(10), label(40)])).to.deep.equal([10, 40]);
  });

  it('moves overlapping labels apart evenly, keeping the order of what they name', () => {
    // 12 px lines and a 2 px gap: 14 apart, each moved by the same amount.
    expect(stack([label(50), label(52)])).to.deep.equal([44, 58]);
    // The order is the wanted places', not the input's: the second label stays above.
    expect(stack([label(52), label(50)])).to.deep.equal([58, 44]);
    // A two-line label needs room for both lines: the next one moves below them.
    expect(stack([label(40, 2), label(50)])).to.deep.equal([32, 58]);
  });

  it('never puts a label past a neighbour to make room: the one between moves a little instead', () => {
    // The middle label (a two-line name) wants 57, between 49 and 70: the three take their order,
    // and the heavy one (the latest value) keeps its place.
    const [top, middle, latest] = stack([label(49), label(57, 2), label(70, 1, 0, 'latest')], (item) => (item.kind === 'latest' ? 100 : 1));
    expect(latest).to.be.closeTo(70, 0.5);
    // Each label's box (a `y` is its first line's middle) ends a gap above the next one's.
    expect(middle! - top!).to.be.at.least(12 + 2 - 0.1);
    expect(latest! - middle!).to.be.at.least(2 * 12 + 2 - 0.1);
  });

  it('keeps labels clear of a line, each on the side its middle is', () => {
    const obstacles = [{ y: 50, left: 0, right: 100, thickness: 2 }];
    const [above, below] = stackLabels([label(49), label(53)], { text: 10, lineHeight: 12, top: 0, bottom: 100, obstacles }).map((item) => item.y);
    // Boxes of 12 px around each y, 2 px apart from the line's 49 .. 51.
    expect(above).to.equal(41);
    expect(below).to.equal(59);
    // A label whose column the line does not reach stays.
    expect(stackLabels([label(50, 1, 200)], { text: 10, lineHeight: 12, top: 0, bottom: 100, obstacles })[0]!.y).to.equal(50);
  });

  it('keeps the stack inside the chart', () => {
    expect(stack([label(2), label(3)])).to.deep.equal([6, 20]);
    expect(stack([label(97), label(98)])).to.deep.equal([80, 94]);
  });

  it('does not move labels that share no columns', () => {
    expect(stack([label(50), label(50, 1, 100)])).to.deep.equal([50, 50]);
  });
});

describe('layout: progress, sparkline and tooltip', () => {
  it('draws the latest value from zero against the target, with labels', () => {
    const data = normalizeGoal(goal({ unit: '%', series: [{ period: 2024, value: 50 }], target: { value: 80, period: 2030 } }));
    const layout = progressLayout(data, { width: 210, fontSize: 10, lang: 'sv' })!;
    // Scale 0 .. 80 + 4 % = 83.2 over 1 .. 209.
    expect(layout.track).to.deep.equal({ x: 1, y: 14.5, width: 208, height: 11 });
    expect(layout.fill).to.deep.equal({ x: 1, y: 14.5, width: 125, height: 11 });
    expect(layout.target).to.deep.equal({ x: 201, y1: 11.5, y2: 28.5 });
    expect(layout.labels).to.deep.equal([
      { x: 126, y: 6.3, lines: ['50\u00a0%'], anchor: 'middle', kind: 'value' },
      { x: 210, y: 35.8, lines: ['Mål 80\u00a0%'], anchor: 'end', kind: 'target' },
    ]);
    // 25.5 (bar bottom) + 3 + one row of labels (12.5) + 2
    expect(layout.height).to.equal(43);
  });

  it('puts the baseline label on a second row when it would meet the target’s', () => {
    const data = normalizeGoal(goal({ series: [{ period: 2024, value: 50 }], target: { value: 80 }, baseline: { value: 78 } }));
    const layout = progressLayout(data, { width: 300, fontSize: 10, lang: 'sv' })!;
    const [, target, baseline] = layout.labels;
    expect(baseline!.y).to.equal(round(target!.y + 12.5));
    expect(layout.baseline!.x).to.be.lessThan(layout.target!.x);
  });

  it('has no progress without values', () => {
    expect(progressLayout(normalizeGoal(goal({ series: [] })), { width: 200, fontSize: 10, lang: 'sv' })).to.equal(undefined);
  });

  it('draws a sparkline with its latest point and the target level', () => {
    const data = normalizeGoal(goal({ series: [{ period: 2020, value: 0 }, { period: 2021, value: 10 }, { period: 2022, value: 5 }], target: { value: 20 } }));
    expect(sparklineLayout(data, { width: 96, height: 28 })).to.deep.equal({
      width: 96,
      height: 28,
      path: 'M3,25L48,14L93,19.5',
      last: { x: 93, y: 19.5 },
      targetY: 3,
    });
    expect(sparklineLayout(normalizeGoal(goal({ series: [{ period: 2020, value: 1 }] })), { width: 96, height: 28 })!.last).to.deep.equal({ x: 48, y: 14 });
  });

  it('places a point’s label beside it, inside the drawing', () => {
    const bounds = { left: 0, top: 0, right: 200, bottom: 100 };
    const right = tooltipLayout({ x: 20, y: 50 }, ['2024', '50'], { text: 10, lineHeight: 12, bounds });
    expect(right).to.deep.equal({ x: 27, y: 34, width: 30.8, height: 32, lines: [{ x: 31, y: 44, text: '2024' }, { x: 31, y: 56, text: '50' }] });
    const left = tooltipLayout({ x: 190, y: 5 }, ['2024'], { text: 10, lineHeight: 12, bounds });
    expect(left.x + left.width).to.be.at.most(190);
    expect(left.y).to.equal(0);
  });

  it('wraps a point’s label that is wider than the drawing', () => {
    const bounds = { left: 0, top: 0, right: 120, bottom: 100 };
    const long = 'Genomsnittet för Skånes kommuner med liknande befolkningsstruktur: 70,2';
    const tooltip = tooltipLayout({ x: 100, y: 50 }, ['2024', long], { text: 10, lineHeight: 12, bounds });
    expect(tooltip.lines.length).to.be.greaterThan(2);
    expect(tooltip.lines.map((line) => line.text).join(' ')).to.equal(`2024 ${long}`);
    expect(tooltip.x).to.be.at.least(0);
    expect(tooltip.x + tooltip.width).to.be.at.most(120);
  });
});
