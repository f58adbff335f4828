// Pure: goal status summary per area, initiative counts, heading levels.
import { expect } from '@open-wc/testing';
import { findArea, initiativeCount, initiativeCounts, summarizeGoals } from '../../src/areas/area-summary.js';
import { headingLevel } from '../../src/areas/heading-level.js';
import type { Goal, Strategy } from '../../src/data/index.js';

const goal = (id: string, extra: Partial<Goal> = {}): Goal => ({ id, title: id, ...extra });

describe('area summary (src/areas)', () => {
  it('counts goal statuses, stated or computed, best first', () => {
    const summary = summarizeGoals(
      [
        goal('a', { status: 'achieved' }),
        goal('b', { status: 'on-track' }),
        goal('c', { status: 'at-risk' }),
        // Computed: rises towards its target, and the line reaches it by 2030.
        goal('d', { target: { value: 50, period: 2030 }, series: [{ period: 2019, value: 30 }, { period: 2020, value: 33 }, { period: 2021, value: 36 }] }),
        goal('e'),
      ],
      2022,
    );
    expect(summary.total).to.equal(5);
    expect(summary.counts).to.deep.equal({ achieved: 1, 'on-track': 2, 'at-risk': 1, 'off-track': 0, 'no-data': 1 });
    expect(summary.present).to.deep.equal([
      { status: 'achieved', count: 1 },
      { status: 'on-track', count: 2 },
      { status: 'at-risk', count: 1 },
      { status: 'no-data', count: 1 },
    ]);
  });

  it('summarises an area without goals as zero goals', () => {
    expect(summarizeGoals(undefined)).to.deep.include({ total: 0, present: [] });
    expect(summarizeGoals([]).counts['no-data']).to.equal(0);
  });

  it('counts initiatives per area, once per initiative, and remembers the counts per strategy', () => {
    const strategy = {
      initiatives: [
        { id: '1', title: '1', areas: ['klimat'] },
        { id: '2', title: '2', areas: ['klimat', 'trygghet', 'klimat'] },
        { id: '3', title: '3', areas: ['trygghet'] },
      ],
    } as Pick<Strategy, 'initiatives'>;
    expect(initiativeCount(strategy, 'klimat')).to.equal(2);
    expect(initiativeCount(strategy, 'trygghet')).to.equal(2);
    expect(initiativeCount(strategy, 'folkhalsa')).to.equal(0);
    expect(initiativeCounts(strategy)).to.equal(initiativeCounts(strategy));
    expect(initiativeCount({}, 'klimat')).to.equal(0);
  });

  it('finds an area by id', () => {
    const areas = [
      { id: 'klimat', title: 'Klimat' },
      { id: 'trygghet', title: 'Trygghet' },
    ];
    expect(findArea({ areas }, 'trygghet')?.title).to.equal('Trygghet');
    expect(findArea({ areas }, 'Trygghet')).to.equal(undefined);
  });

  it('reads heading levels: 2 to 6, clamped, default 3', () => {
    expect(headingLevel(undefined)).to.deep.equal({ level: 3 });
    expect(headingLevel(2)).to.deep.equal({ level: 2 });
    expect(headingLevel('6')).to.deep.equal({ level: 6 });
    expect(headingLevel(1).level).to.equal(2);
    expect(headingLevel(1).issue).to.match(/from 2 to 6, got 1; using 2/);
    expect(headingLevel(9).level).to.equal(6);
    expect(headingLevel('fyra')).to.deep.include({ level: 3 });
    expect(headingLevel('fyra').issue).to.match(/got "fyra"/);
    expect(headingLevel(2.5).level).to.equal(3);
  });
});
