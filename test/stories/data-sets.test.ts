import { expect } from '@open-wc/testing';
import { sharedData } from '../../stories/support/data-sets.js';

describe('sharedData (the data set toolbar)', () => {
  it('is the Swedish sample without a Storybook context', () => {
    expect(sharedData().src).to.equal('data/vagval-2020.json');
    expect(sharedData({}).goal('gymnasieexamen')).to.equal('gymnasieexamen');
  });

  it('follows the language toolbar where the set has a file in that language', () => {
    expect(sharedData({ globals: { dataSet: 'sample', lang: 'en' } }).src).to.equal('data/vagval-2020-en.json');
    expect(sharedData({ globals: { dataSet: 'large', lang: 'en' } }).src).to.equal('data/generated/large-strategy.json');
    expect(sharedData({ globals: { dataSet: 'large', lang: 'sv' } }).src).to.equal('data/generated/large-strategy.json');
  });

  it('shows the dashboard’s own goal for a sample goal, and the sample for an unknown set', () => {
    const dashboard = sharedData({ globals: { dataSet: 'dashboard' } });
    expect(dashboard.src).to.equal('data/generated/dashboard-strategy.json');
    expect(dashboard.goal('gymnasieexamen')).to.equal('sysselsattningsgrad-20-64-ar-centrum');
    expect(sharedData({ globals: { dataSet: 'toString' } }).src).to.equal('data/vagval-2020.json');
  });
});
