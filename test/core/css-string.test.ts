import { expect } from '@open-wc/testing';
import { cssString } from '../../src/core/custom-properties.js';

describe('cssString', () => {
  it('quotes text so that `content` shows it as written', () => {
    const probe = document.createElement('span');
    document.body.append(probe);
    try {
      for (const text of ['inget värde', 'say "no"', 'back\\slash', 'two\nlines', '']) {
        probe.style.setProperty('--text', cssString(text));
        probe.style.setProperty('content', 'var(--text)');
        expect(getComputedStyle(probe).content, text).to.equal(JSON.stringify(text).replace('\\n', '\\a '));
      }
    } finally {
      probe.remove();
    }
  });
});
