import { expect } from '@open-wc/testing';

function failureOf(check: () => void): Error & { actual?: unknown; expected?: unknown } {
  try {
    check();
  } catch (error) {
    return error as Error & { actual?: unknown; expected?: unknown };
  }
  throw new Error('the check did not fail');
}

// Only primitives are asserted on below: a failure here must itself be reportable.
describe('failed assertions on DOM nodes', () => {
  it('carry what chai prints for the nodes, which the runner can send', () => {
    const failure = failureOf(() => expect(document.createElement('span')).to.equal(document.createElement('button')));
    expect(failure.name).to.equal('AssertionError');
    expect(failure.message).to.equal('expected <span></span> to equal <button></button>');
    expect([typeof failure.actual, typeof failure.expected]).to.deep.equal(['string', 'string']);
    expect(failure.actual).to.equal('<span></span>');
    expect(failure.expected).to.equal('<button></button>');
  });

  it('keep values that can be sent as they are', () => {
    const failure = failureOf(() => expect([1, 2]).to.deep.equal([1, 3]));
    expect(JSON.stringify([failure.actual, failure.expected])).to.equal('[[1,2],[1,3]]');
  });
});
