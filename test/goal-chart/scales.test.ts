import { expect } from '@open-wc/testing';
import { bandScale } from '../../src/chart/band-scale.js';
import { linearScale, niceDomain } from '../../src/chart/linear-scale.js';
import '../helpers/setup.js';

// The expected domains, positions, steps and band widths here are what d3-scale 4.0.2's
// scaleLinear and scaleBand gave for the same input: the layouts used them before these
// modules replaced them, and must place everything to the last bit as they did.

describe('scales: nice domains', () => {
  it('widens a domain to round numbers at the tick step', () => {
    expect(niceDomain([0.37, 9.8], 5)).to.deep.equal([0, 10]);
    expect(niceDomain([-3.2, 41.7], 6)).to.deep.equal([-10, 50]);
    expect(niceDomain([0.0012, 0.0087], 4)).to.deep.equal([0, 0.01]);
    expect(niceDomain([1234, 98765], 7)).to.deep.equal([0, 100000]);
    // −0, as d3 computes it (0 / −10): chai's deep equality tells it from 0.
    expect(niceDomain([-0.31, -0.02], 3)).to.deep.equal([-0.4, -0]);
  });

  it('keeps a domain already on the step, a reversed domain’s direction, and a zero-width domain', () => {
    expect(niceDomain([12.5, 13.1], 10)).to.deep.equal([12.5, 13.1]);
    expect(niceDomain([41.7, -3.2], 6)).to.deep.equal([50, -10]);
    expect(niceDomain([5, 5], 5)).to.deep.equal([5, 5]);
  });
});

describe('scales: linear', () => {
  it('maps the domain onto a reversed range, and beyond it without clamping', () => {
    const y = linearScale([0, 10], [100, 0]);
    expect([0, 2.5, 10, 12, -1].map(y)).to.deep.equal([100, 75, 0, -19.999999999999996, 110.00000000000001]);
  });

  it('maps a reversed domain', () => {
    expect([0, 2.5, 10].map(linearScale([10, 0], [0, 100]))).to.deep.equal([100, 75, 0]);
  });

  it('rounds as d3 does between uneven ends', () => {
    expect([2020, 2021.5, 2024].map(linearScale([2020, 2024], [30.7, 371.3]))).to.deep.equal([30.7, 158.425, 371.3]);
    expect([0, 1.1, 18.2].map(linearScale([-3.7, 18.2], [190, 15]))).to.deep.equal([160.4337899543379, 151.64383561643834, 15]);
  });

  it('maps everything to the middle of the range when the domain has no width', () => {
    expect([5, 7].map(linearScale([5, 5], [0, 100]))).to.deep.equal([50, 50]);
  });
});

describe('scales: bands', () => {
  const starts = (scale: ReturnType<typeof bandScale>, count: number) => Array.from({ length: count }, (_, index) => scale.at(index));

  it('splits the range into bands with inner and outer padding, centred', () => {
    const bands = bandScale(4, [0, 100], { inner: 0.25, outer: 0.15 });
    expect(starts(bands, 4)).to.deep.equal([3.7037037037037024, 28.39506172839506, 53.08641975308642, 77.77777777777777]);
    expect(bands.step).to.equal(24.691358024691358);
    expect(bands.bandwidth).to.equal(18.51851851851852);
    // Middles: start plus half the band width.
    expect([bands.centre(0), bands.centre(3)]).to.deep.equal([12.962962962962962, 87.03703703703704]);
  });

  it('matches d3 between uneven ends, and for a single band', () => {
    const seven = bandScale(7, [41.3, 377.9], { inner: 0.25, outer: 0.15 });
    expect(starts(seven, 7)).to.deep.equal([48.461702127659564, 96.20638297872338, 143.95106382978722, 191.69574468085102, 239.44042553191485, 287.1851063829787, 334.9297872340425]);
    expect([seven.step, seven.bandwidth]).to.deep.equal([47.744680851063826, 35.80851063829787]);
    const one = bandScale(1, [30, 390], { inner: 0.25, outer: 0.15 });
    expect([one.at(0), one.step, one.bandwidth]).to.deep.equal([81.42857142857144, 342.85714285714283, 257.1428571428571]);
  });

  it('draws fewer bands than `fewest` as narrow as that many, centred', () => {
    const one = bandScale(1, [0, 100], { inner: 0.25, outer: 0.15, fewest: 4 });
    const four = bandScale(4, [0, 100], { inner: 0.25, outer: 0.15 });
    expect([one.step, one.bandwidth]).to.deep.equal([four.step, four.bandwidth]);
    expect(one.centre(0)).to.equal(50);
    const two = bandScale(2, [0, 100], { inner: 0.25, outer: 0.15, fewest: 4 });
    // The middle two of four.
    starts(two, 2).forEach((start, index) => expect(start).to.be.closeTo(four.at(index + 1), 1e-9));
    // As many bands as `fewest`, or more: no change.
    const five = bandScale(5, [0, 100], { inner: 0.25, outer: 0.15 });
    expect(starts(bandScale(5, [0, 100], { inner: 0.25, outer: 0.15, fewest: 4 }), 5)).to.deep.equal(starts(five, 5));
  });

  it('fills the range without padding, and puts band 0 at the right end of a reversed range', () => {
    const plain = bandScale(5, [0, 100], { inner: 0, outer: 0 });
    expect([...starts(plain, 5), plain.step, plain.bandwidth]).to.deep.equal([0, 20, 40, 60, 80, 20, 20]);
    const reversed = bandScale(3, [100, 0], { inner: 0.25, outer: 0.15 });
    expect(starts(reversed, 3)).to.deep.equal([70.49180327868854, 37.704918032786885, 4.918032786885242]);
    expect([reversed.step, reversed.bandwidth]).to.deep.equal([32.786885245901644, 24.590163934426233]);
  });
});
