import { expect } from '@open-wc/testing';
import type { SeriesPoint } from '../../src/data/index.js';
import { mergeSeries } from '../../src/kolada/index.js';

describe('mergeSeries', () => {
  const kolada: SeriesPoint[] = [
    { period: 2019, value: 60 },
    { period: 2020, value: 61 },
    { period: 2021, value: 62 },
  ];

  it('is Kolada\'s series when the file has none', () => {
    expect(mergeSeries(undefined, kolada)).to.deep.equal(kolada);
    expect(mergeSeries([], kolada)).to.deep.equal(kolada);
  });

  it('lets the file win for a period it states, and keeps the rest of both, sorted', () => {
    const file: SeriesPoint[] = [
      { period: 2022, value: 70 },
      { period: 2020, value: 65.5 },
      { period: 2017, value: 50 },
    ];
    expect(mergeSeries(file, kolada)).to.deep.equal([
      { period: 2017, value: 50 },
      { period: 2019, value: 60 },
      { period: 2020, value: 65.5 },
      { period: 2021, value: 62 },
      { period: 2022, value: 70 },
    ]);
  });

  it('counts 2020 and "2020" as the same period, but not "2020-06"', () => {
    const file: SeriesPoint[] = [
      { period: '2020', value: 1 },
      { period: '2021-06', value: 2 },
    ];
    expect(mergeSeries(file, kolada)).to.deep.equal([
      { period: 2019, value: 60 },
      { period: '2020', value: 1 },
      { period: 2021, value: 62 },
      { period: '2021-06', value: 2 },
    ]);
  });

  it('keeps one Kolada point per period', () => {
    expect(mergeSeries([], [{ period: 2020, value: 1 }, { period: '2020', value: 2 }])).to.deep.equal([{ period: 2020, value: 1 }]);
  });

  it('changes neither input and returns copies', () => {
    const file: SeriesPoint[] = [{ period: 2021, value: 9, note: 'rättad' }];
    const fileCopy = structuredClone(file);
    const koladaCopy = structuredClone(kolada);
    const merged = mergeSeries(file, kolada);
    expect(file).to.deep.equal(fileCopy);
    expect(kolada).to.deep.equal(koladaCopy);
    expect(merged).to.deep.include({ period: 2021, value: 9, note: 'rättad' });
    merged.forEach((point) => {
      expect(file).not.to.include(point);
      expect(kolada).not.to.include(point);
    });
  });
});
