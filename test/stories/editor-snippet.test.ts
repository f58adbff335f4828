import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import * as cardStories from '../../stories/area-card.stories.js';
import * as gridStories from '../../stories/area-grid.stories.js';
import * as feedbackStories from '../../stories/feedback.stories.js';
import * as chartStories from '../../stories/goal-chart.stories.js';
import * as overviewStories from '../../stories/goal-overview.stories.js';
import * as listStories from '../../stories/initiative-list.stories.js';
import * as strategyStories from '../../stories/strategy.stories.js';
import type { StoryGlobals } from '../../stories/support/data-sets.js';
import { BUNDLE_URL, editorSnippet } from '../../stories/support/editor-snippet.js';
import '../helpers/setup.js';
import { storiesOf, type StoryLike } from '../helpers/stories.js';

const SCRIPT = '<script type="module" src="https://cdn.jsdelivr.net/npm/vagval-widgets@0.1.0/dist/vagval-widgets.js"></script>';
const options = { dataSrc: 'data/vagval-2020.json' };
const snippet = (code: string) => editorSnippet(code, options);
const page = (...lines: string[]) => [SCRIPT, '', ...lines].join('\n');

/** The markup Storybook hands to `source.transform`: the story rendered into a detached element, Lit's markers removed. */
function storybookSource(module: Record<string, unknown>, story: StoryLike, context: StoryGlobals = {}): string {
  const meta = module.default as { args?: Record<string, unknown>; render: NonNullable<StoryLike['render']> };
  const container = document.createElement('div');
  render((story.render ?? meta.render)({ ...meta.args, ...story.args }, context as never) as TemplateResult, container);
  return container.innerHTML.replace(/<!--\?lit\$[0-9]+\$-->|<!--\??-->/g, '');
}

describe('editorSnippet', () => {
  it('loads the one bundle of this version from the CDN', () => {
    expect(BUNDLE_URL).to.equal('https://cdn.jsdelivr.net/npm/vagval-widgets@0.1.0/dist/vagval-widgets.js');
    expect(snippet('')).to.equal(`${SCRIPT}\n`);
  });

  it('writes boolean attributes bare and escapes attribute values', () => {
    expect(snippet('<vagval-initiative-list filters="" limit="10" url-prefix="a&quot;b&amp;c"></vagval-initiative-list>')).to.equal(
      page('<vagval-initiative-list filters limit="10" url-prefix="a&quot;b&amp;c"></vagval-initiative-list>'),
    );
  });

  it('leaves out the story’s layout boxes and inline styles, and keeps lang and dir wrappers', () => {
    expect(snippet('<div style="max-inline-size: 24rem">\n  <vagval-area-card heading="Trygghet" href="#t">\n    Alla ska   känna sig trygga.\n  </vagval-area-card>\n</div>')).to.equal(
      page('<vagval-area-card heading="Trygghet" href="#t">Alla ska känna sig trygga.</vagval-area-card>'),
    );
    expect(snippet('<div lang="en" dir="rtl" style="color: red"><vagval-strategy src="data/x.json"><vagval-area-grid></vagval-area-grid></vagval-strategy></div>')).to.equal(
      page('<div lang="en" dir="rtl">', '  <vagval-strategy src="data/x.json">', '    <vagval-area-grid></vagval-area-grid>', '  </vagval-strategy>', '</div>'),
    );
  });

  it('pretty-prints inline JSON, every < escaped so that no text in it can end the script element', () => {
    const data = JSON.stringify({ version: 1, title: 'A <b>B</b>', areas: [] });
    expect(snippet(`<vagval-strategy><script type="application/json">${data}</script><vagval-area-grid></vagval-area-grid></vagval-strategy>`)).to.equal(
      page(
        '<vagval-strategy>',
        '  <script type="application/json">',
        '    {',
        '      "version": 1,',
        '      "title": "A \\u003cb>B\\u003c/b>",',
        '      "areas": []',
        '    }',
        '  </script>',
        '  <vagval-area-grid></vagval-area-grid>',
        '</vagval-strategy>',
      ),
    );
  });

  it('shows text that is not JSON as written, re-indented', () => {
    expect(snippet('<vagval-strategy><script type="application/json">\n      { "version": 1,\n        "title": }\n    </script></vagval-strategy>')).to.equal(
      page('<vagval-strategy>', '  <script type="application/json">', '    { "version": 1,', '      "title": }', '  </script>', '</vagval-strategy>'),
    );
  });

  it('writes a held data state as the provider it stands for', () => {
    expect(snippet('<div data-provided="true"><vagval-goal-chart goal="gymnasieexamen"></vagval-goal-chart></div>')).to.equal(
      page('<vagval-strategy src="data/vagval-2020.json">', '  <vagval-goal-chart goal="gymnasieexamen"></vagval-goal-chart>', '</vagval-strategy>'),
    );
  });

  it('leaves out Storybook’s offline stand-in for Kolada, so the snippet fetches from Kolada itself; any other kolada-base stays', () => {
    expect(snippet('<vagval-strategy kolada-base="stories/kolada-stand-in/goal-chart/v3" src="a.json"></vagval-strategy>')).to.equal(page('<vagval-strategy src="a.json"></vagval-strategy>'));
    expect(snippet('<vagval-goal-chart kolada-base="/kolada-proxy/v3" kpi="N17461"></vagval-goal-chart>')).to.equal(
      page('<vagval-goal-chart kolada-base="/kolada-proxy/v3" kpi="N17461"></vagval-goal-chart>'),
    );
  });

  it('puts each attribute of a long tag on a line of its own', () => {
    const code =
      '<vagval-feedback comment-href="https://example.se/kommentar" service-href="https://example.se/synpunkt" updated="2024-03-14" helpful=""></vagval-feedback>';
    expect(snippet(code)).to.equal(
      page('<vagval-feedback', '  comment-href="https://example.se/kommentar"', '  service-href="https://example.se/synpunkt"', '  updated="2024-03-14"', '  helpful', '></vagval-feedback>'),
    );
  });

  it('keeps phrasing content on its line and re-indents a style element', () => {
    expect(snippet('<vagval-strategy src="a.json"><p>The data of <code>a.json</code>.</p></vagval-strategy>')).to.equal(
      page('<vagval-strategy src="a.json">', '  <p>The data of <code>a.json</code>.</p>', '</vagval-strategy>'),
    );
    expect(snippet('<style>\n      .x {\n        color: red;\n      }\n    </style><ul><li>Nådd: <vagval-goal-chart goal="a"></vagval-goal-chart></li></ul>')).to.equal(
      page('<style>', '  .x {', '    color: red;', '  }', '</style>', '<ul>', '  <li>', '    Nådd:', '    <vagval-goal-chart goal="a"></vagval-goal-chart>', '  </li>', '</ul>'),
    );
  });

  it('writes a void element without a closing tag, and escapes text', () => {
    expect(snippet('<vagval-area-card heading="K"><img slot="media" src="a.svg" alt=""> A &amp; B &lt; C<p slot="footer">x</p></vagval-area-card>')).to.equal(
      page('<vagval-area-card heading="K">', '  <img slot="media" src="a.svg" alt="">', '  A &amp; B &lt; C', '  <p slot="footer">x</p>', '</vagval-area-card>'),
    );
  });

  it('leaves a snippet as it is (Storybook’s docs page transforms its own output again)', () => {
    const once = snippet(
      '<div lang="en"><vagval-strategy><script type="application/json">{"version":1,"title":"<b>","areas":[]}</script><style>\n  .a { color: red; }\n</style><p>A <code>b</code>.</p><vagval-feedback comment-href="https://example.se/kommentar" service-href="https://example.se/synpunkt" helpful=""></vagval-feedback></vagval-strategy></div>',
    );
    expect(snippet(once)).to.equal(once);
  });

  it('gives a story’s snippet from its args, as Storybook renders it', () => {
    expect(snippet(storybookSource(cardStories, cardStories.Standalone))).to.equal(
      page('<vagval-area-card heading="Trygghet" href="#trygghet" color="#5b2a86">Alla ska känna sig trygga.</vagval-area-card>'),
    );
    expect(snippet(storybookSource(gridStories, gridStories.RightToLeft, { globals: { dataSet: 'large', lang: 'en' } }))).to.equal(
      page('<div dir="rtl">', '  <vagval-strategy src="data/generated/large-strategy.json">', '    <vagval-area-grid heading-level="3"></vagval-area-grid>', '  </vagval-strategy>', '</div>'),
    );
  });

  describe('every story’s snippet', () => {
    const modules = [cardStories, gridStories, feedbackStories, chartStories, overviewStories, listStories, strategyStories] as Record<string, unknown>[];
    for (const module of modules) {
      for (const [name, story] of storiesOf(module)) {
        it(`${(module.default as { title: string }).title} ${name}: the script and the story’s widgets, nothing of the story’s scaffolding`, () => {
          const code = storybookSource(module, story);
          const text = snippet(code);
          expect(text.startsWith(`${SCRIPT}\n\n<`)).to.equal(true);
          expect(snippet(text)).to.equal(text);
          const pasted = document.createElement('template');
          pasted.innerHTML = text;
          const elements = [...pasted.content.querySelectorAll('*')];
          expect(elements.filter((element) => element.hasAttribute('style') || element.hasAttribute('data-provided') || element.localName.startsWith('story-'))).to.deep.equal([]);
          const rendered = document.createElement('template');
          rendered.innerHTML = code;
          const widgets = (root: DocumentFragment) => [...root.querySelectorAll('*')].map((element) => element.localName).filter((tag) => tag.startsWith('vagval-') && tag !== 'vagval-strategy');
          expect(widgets(pasted.content)).to.deep.equal(widgets(rendered.content));
        });
      }
    }
  });
});
