import { expect } from '@open-wc/testing';
import { chooseTemplate, fillTemplate, placeholdersOf, templateParts } from '../../src/feedback/template.js';
import '../helpers/setup.js';

describe('feedback message templates (pure)', () => {
  it('splits text and placeholders', () => {
    expect(templateParts('Senast uppdaterad {date} av {by}')).to.deep.equal(['Senast uppdaterad ', { placeholder: 'date' }, ' av ', { placeholder: 'by' }]);
    expect(templateParts('{date}')).to.deep.equal([{ placeholder: 'date' }]);
    expect(templateParts('Ingen plats')).to.deep.equal(['Ingen plats']);
    expect(placeholdersOf('{a} och {b-c}')).to.deep.equal(['a', 'b-c']);
  });

  it('fills placeholders and leaves unknown ones as written', () => {
    expect(fillTemplate('Sida: {page} ({okänd})', { page: 'https://x.se/' })).to.equal('Sida: https://x.se/ ({okänd})');
    expect(fillTemplate('{page}{page}', { page: 'a' })).to.equal('aa');
  });

  it("uses an editor's wording only when its values are known", () => {
    expect(chooseTemplate('Ändrad {date} av {by}', 'Senast uppdaterad {date}', ['date'])).to.equal('Senast uppdaterad {date}');
    expect(chooseTemplate('Ändrad {date}', 'Senast uppdaterad {date} av {by}', ['date', 'by'])).to.equal('Ändrad {date}');
    expect(chooseTemplate('  ', 'inbyggd', [])).to.equal('inbyggd');
    expect(chooseTemplate(undefined, 'inbyggd', [])).to.equal('inbyggd');
  });
});
