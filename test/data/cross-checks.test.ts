import { expect } from '@open-wc/testing';
import { parseStrategy } from '../../src/data/index.js';
import { changed, expectOneIssue, validStrategy } from './helpers.js';

const GOAL = 'areas[0].goals[0]';

describe('parseStrategy: cross-checks', () => {
  it('reports a duplicate area id at the second area', () => {
    const doc = validStrategy();
    doc.areas.push({ id: 'valfard', title: 'Again' });
    expectOneIssue(doc, 'areas[2].id', 'the area id "valfard" is already used by areas[0]; ids must be unique');
  });

  it('reports a duplicate goal id across areas and within one area', () => {
    expectOneIssue(changed('areas[1].goals[0].id', 'examen'), 'areas[1].goals[0].id', /goal id "examen" is already used by areas\[0\]\.goals\[0\]/);
    const doc = validStrategy();
    doc.areas[1]!.goals!.push({ id: 'utslapp', title: 'Again' });
    expectOneIssue(doc, 'areas[1].goals[1].id', /goal id "utslapp" is already used by areas\[1\]\.goals\[0\]/);
  });

  it('allows an area and a goal to share an id (ids are unique within their kind)', () => {
    expect(parseStrategy(changed(`${GOAL}.id`, 'valfard')).ok).to.equal(true);
  });

  it('reports a duplicate initiative id, at each later occurrence', () => {
    const doc = validStrategy();
    doc.initiatives!.push({ id: 'hemtjanst', title: 'Again', areas: [] }, { id: 'hemtjanst', title: 'And again', areas: [] });
    const result = parseStrategy(doc);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.path)).to.deep.equal(['initiatives[2].id', 'initiatives[3].id']);
    expect(result.issues[1]!.message).to.contain('already used by initiatives[0]');
  });

  it('reports an initiative area that does not exist, listing the known ids', () => {
    expectOneIssue(
      changed('initiatives[1].areas[1]', 'skola'),
      'initiatives[1].areas[1]',
      'there is no area with the id "skola"; known area ids: "valfard", "klimat"',
    );
  });

  it('says so when there are no areas at all', () => {
    expectOneIssue({ version: 1, title: 'T', areas: [], initiatives: [{ id: 'i', title: 'I', areas: ['x'] }] }, 'initiatives[0].areas[0]', /the document has no areas/);
  });

  it('reports two points of one goal series with the same period, at the second', () => {
    expectOneIssue(
      changed(`${GOAL}.series[1].period`, 2019),
      `${GOAL}.series[1].period`,
      `the period 2019 is already in this series (at ${GOAL}.series[0]); give each period one value`,
    );
  });

  it('counts 2019 and "2019" as the same period, and a month that starts the year as the same point in time', () => {
    expectOneIssue(changed(`${GOAL}.series[1].period`, '2019'), `${GOAL}.series[1].period`, /the period "2019" is already in this series/);
    expectOneIssue(changed(`${GOAL}.series[1].period`, '2019-01'), `${GOAL}.series[1].period`, /"2019-01" is the same point in time as 2019/);
    expect(parseStrategy(changed(`${GOAL}.series[1].period`, '2019-02')).ok).to.equal(true);
  });

  it('checks a series out of time order point by point: accepts distinct periods, reports each repeat', () => {
    const series = (periods: (number | string)[]) => changed(`${GOAL}.series`, periods.map((period, value) => ({ period, value })));
    expect(parseStrategy(series([2021, 2019, '2020-06', 2020])).ok).to.equal(true);
    const result = parseStrategy(series([2021, 2019, '2021-01-01', 2020, '2019']));
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.path)).to.deep.equal([`${GOAL}.series[2].period`, `${GOAL}.series[4].period`]);
    expect(result.issues[0]!.message).to.match(/^the period "2021-01-01" is the same point in time as 2021 \(at areas\[0\]\.goals\[0\]\.series\[0\]\)/);
  });

  it('reports duplicate periods in a comparison series', () => {
    expectOneIssue(
      changed(`${GOAL}.comparisons[0].series[1].period`, 2019),
      `${GOAL}.comparisons[0].series[1].period`,
      /already in this series \(at areas\[0\]\.goals\[0\]\.comparisons\[0\]\.series\[0\]\)/,
    );
  });

  it('returns the structurally valid document along with the issues', () => {
    const doc = validStrategy();
    doc.areas.push({ id: 'valfard', title: 'Again' });
    const result = parseStrategy(doc);
    expect(result.ok).to.equal(false);
    expect(result.value).to.deep.equal(doc);
    expect(result.value).not.to.equal(doc);
  });

  it('returns no document when the structure itself is wrong', () => {
    const result = parseStrategy(changed('areas[0].title', 5));
    expect(result.ok).to.equal(false);
    expect(result.value).to.equal(undefined);
  });
});
