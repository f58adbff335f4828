import { expect } from '@open-wc/testing';
import { isKpi, isPointList, kpisFromValues, pairId, readPage, seriesFromRows } from '../../src/kolada/rows.js';

const total = (value: number | null, extra: Record<string, unknown> = {}) => ({ gender: 'T', count: 1, status: '', value, ...extra });

describe('seriesFromRows', () => {
  it('groups rows by KPI and municipality, with the total (T) value of each year, sorted', () => {
    const rows = [
      { kpi: 'N1', municipality: '1282', period: 2021, values: [{ gender: 'K', value: 5 }, total(3), { gender: 'M', value: 1 }] },
      { kpi: 'N1', municipality: '1282', period: 2019, values: [total(2)] },
      { kpi: 'N1', municipality: '0000', period: 2020, values: [total(7)] },
      { kpi: 'N2', municipality: '1282', period: 2020, values: [total(0)] },
    ];
    const series = seriesFromRows(rows);
    expect([...series.keys()]).to.deep.equal([pairId('N1', '1282'), pairId('N1', '0000'), pairId('N2', '1282')]);
    expect(series.get('N1|1282')).to.deep.equal([
      { period: 2019, value: 2 },
      { period: 2021, value: 3 },
    ]);
    expect(series.get('N2|1282')).to.deep.equal([{ period: 2020, value: 0 }]);
  });

  it('drops null values, deleted values and rows, and rows with only K and M', () => {
    const rows = [
      { kpi: 'N1', municipality: '1282', period: 2015, values: [total(null)] },
      { kpi: 'N1', municipality: '1282', period: 2016, values: [total(9, { isdeleted: true })] },
      { kpi: 'N1', municipality: '1282', period: 2017, isdeleted: true, values: [total(9)] },
      { kpi: 'N1', municipality: '1282', period: 2018, values: [{ gender: 'K', value: 4 }, { gender: 'M', value: 5 }] },
      { kpi: 'N1', municipality: '1282', period: 2019, values: [total(6, { isdeleted: false })] },
    ];
    expect(seriesFromRows(rows).get('N1|1282')).to.deep.equal([{ period: 2019, value: 6 }]);
  });

  it('takes a year written as text, and skips rows it cannot read', () => {
    const rows = [
      { kpi: 'N1', municipality: '1282', period: '2020', values: [total(1)] },
      { kpi: 'N1', municipality: '1282', period: '2021-06', values: [total(2)] },
      { kpi: 'N1', municipality: '1282', period: 20.5, values: [total(3)] },
      { kpi: 'N1', municipality: '1282', period: 2022, values: [total('4' as unknown as number)] },
      { kpi: 'N1', municipality: '1282', period: 2023, values: [total(Number.NaN)] },
      { kpi: 'N1', municipality: 1282, period: 2024, values: [total(5)] },
      { kpi: 'N1', municipality: '1282', period: 2025, values: 'T=6' },
      { kpi: 'N1', municipality: '1282', period: 2026, values: [null, 'T', total(7)] },
      null,
      'row',
      [],
    ];
    expect(seriesFromRows(rows).get('N1|1282')).to.deep.equal([
      { period: 2020, value: 1 },
      { period: 2026, value: 7 },
    ]);
  });

  it('keeps the first row of a year that comes twice, and upper-cases ids', () => {
    const rows = [
      { kpi: 'n1', municipality: '1282', period: 2020, values: [total(1)] },
      { kpi: 'N1', municipality: '1282', period: 2020, values: [total(2)] },
    ];
    expect(seriesFromRows(rows).get('N1|1282')).to.deep.equal([{ period: 2020, value: 1 }]);
  });

  it('makes an empty map from no rows', () => {
    expect(seriesFromRows([]).size).to.equal(0);
  });
});

describe('readPage', () => {
  it('reads values and next_url', () => {
    expect(readPage({ count: 1, values: [1], next_url: 'https://x/v3/a?page=2' })).to.deep.equal({ values: [1], next: 'https://x/v3/a?page=2' });
    expect(readPage({ count: 0, values: [], next_url: null, previous_url: '' })).to.deep.equal({ values: [] });
    expect(readPage({ values: [], next_url: '' })).to.deep.equal({ values: [] });
  });

  it('is null for anything not shaped like a Kolada answer', () => {
    for (const body of [null, 'text', [], {}, { values: {} }, { values: 'x' }, 42]) expect(readPage(body)).to.equal(null);
  });
});

describe('kpisFromValues', () => {
  it('keeps id, title and a non-empty description', () => {
    const kpis = kpisFromValues([
      { id: 'N1', title: 'Ett', description: ' Text. ', municipality_type: 'K' },
      { id: 'n2', title: 'Två', description: '' },
      { id: 'N3', title: '  ' },
      { id: 'N4' },
      { title: 'Ingen id' },
      null,
    ]);
    expect([...kpis.values()]).to.deep.equal([
      { id: 'N1', title: 'Ett', description: 'Text.' },
      { id: 'N2', title: 'Två' },
    ]);
  });
});

describe('stored value checks', () => {
  it('isPointList accepts what seriesFromRows makes, and nothing else', () => {
    expect(isPointList([])).to.equal(true);
    expect(isPointList([{ period: 2020, value: 1.5 }])).to.equal(true);
    for (const value of [null, {}, [{ period: '2020', value: 1 }], [{ period: 2020 }], [{ period: 2020, value: null }], [{ period: 20, value: 1 }]]) {
      expect(isPointList(value)).to.equal(false);
    }
  });

  it('isKpi checks id, title and description', () => {
    expect(isKpi({ id: 'N1', title: 'Ett' })).to.equal(true);
    expect(isKpi({ id: 'N1', title: 'Ett', description: 'Text' })).to.equal(true);
    expect(isKpi({ id: 'N1', title: 'Ett', description: 3 })).to.equal(false);
    expect(isKpi({ id: 'N1' })).to.equal(false);
    expect(isKpi('N1')).to.equal(false);
  });
});
