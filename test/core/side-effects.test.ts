import { expect } from '@open-wc/testing';
import * as api from '../../src/index.js';
import '../helpers/setup.js';

describe('the package root', () => {
  it('exports the element classes without defining any tag', () => {
    expect(api.VagvalStrategy).to.be.a('function');
    const defined = ['vagval-strategy', 'vagval-area-card', 'vagval-area-grid', 'vagval-initiative-list', 'vagval-goal-chart', 'vagval-goal-overview', 'vagval-feedback'].filter((tag) => customElements.get(tag));
    expect(defined).to.deep.equal([]);
  });

  it('exports the data functions of the contract', () => {
    expect(api.parseStrategy('{')).to.have.property('ok', false);
    expect(api.goalStatus({ series: [] })).to.equal('no-data');
  });
});
