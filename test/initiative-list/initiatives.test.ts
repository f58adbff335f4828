// The pure parts of the initiative list: no DOM needed.
import { expect } from '@open-wc/testing';
import type { Initiative } from '../../src/data/index.js';
import { attributeIssues, pageSizeOf } from '../../src/elements/initiative-list/attribute-issues.js';
import { narrowsFurther, NO_FILTERS, sameFilters, validChoice, type FilterState } from '../../src/initiatives/filter-state.js';
import { ListModel } from '../../src/initiatives/list-model.js';
import { containsAllTerms, narrowsTerms, normalizeText, searchTerms } from '../../src/initiatives/normalize.js';
import { RenderPlan } from '../../src/initiatives/render-plan.js';
import { indexInitiatives, matcher } from '../../src/initiatives/search-index.js';
import { sortInitiatives } from '../../src/initiatives/sort.js';
import { filterParamNames, readFilterParams, writeFilterParams } from '../../src/initiatives/url-state.js';

const item = (id: string, title: string, rest: Partial<Initiative> = {}): Initiative => ({ id, title, areas: [], ...rest });

const sample: Initiative[] = [
  item('a', 'Öppen förskola', { summary: 'Mötesplats för barn', areas: ['valfard'], status: 'ongoing', start: '2021-03', tags: ['förskola'] }),
  item('b', 'Återvinning', { areas: ['klimat'], status: 'planned', start: '2025-09' }),
  item('c', 'Zoner för cykel', { areas: ['klimat', 'halsa'], status: 'completed', start: 2020 }),
  item('d', 'Ängar', { areas: ['klimat'], status: 'ongoing', start: '2022-05-17' }),
  item('e', 'Motion på recept', { summary: 'Bättre HÄLSA', areas: ['halsa'], status: 'ongoing' }),
  item('f', 'Allé', { areas: ['klimat'], tags: ['Träd', 'hälsa'] }),
  item('g', 'Etapp 10', { start: '2023' }),
  item('h', 'Etapp 2'),
];

const titles = (entries: readonly { initiative: Initiative }[]) => entries.map((entry) => entry.initiative.title);
const filters = (patch: Partial<FilterState>): FilterState => ({ ...NO_FILTERS, ...patch });

describe('initiatives: text normalisation', () => {
  it('folds case, accents and Swedish letters', () => {
    expect(normalizeText('Hälsa')).to.equal('halsa');
    expect(normalizeText('ÅTERVINNING i Östra')).to.equal('atervinning i ostra');
    expect(normalizeText('Café  crème\n\tbrûlée')).to.equal('cafe creme brulee');
  });

  it('folds decomposed input the same as composed input', () => {
    expect(normalizeText('ha\u0308lsa')).to.equal(normalizeText('h\u00e4lsa'));
  });

  it('splits a query into folded words, none for blank', () => {
    expect(searchTerms('  Hälsa   SKOLA ')).to.deep.equal(['halsa', 'skola']);
    expect(searchTerms('   ')).to.deep.equal([]);
  });

  it('needs every word', () => {
    expect(containsAllTerms('motion pa recept', ['motion', 'recept'])).to.equal(true);
    expect(containsAllTerms('motion pa recept', ['motion', 'skola'])).to.equal(false);
    expect(containsAllTerms('anything', [])).to.equal(true);
  });
});

describe('initiatives: narrowing a search', () => {
  it('knows when typing on can only narrow the matches', () => {
    expect(narrowsTerms(['tryg'], ['try'])).to.equal(true);
    expect(narrowsTerms(['halsa', 'sk'], ['halsa'])).to.equal(true);
    expect(narrowsTerms(['skola', 'halsa'], ['hal', 'ko'])).to.equal(true);
    expect(narrowsTerms(['x'], [])).to.equal(true);
    expect(narrowsTerms(['try'], ['tryg'])).to.equal(false);
    expect(narrowsTerms(['trygg'], ['trygg', 'park'])).to.equal(false);
    expect(narrowsTerms([], ['a'])).to.equal(false);
  });
});

describe('initiatives: filtering', () => {
  const entries = indexInitiatives(sample);

  it('searches title, summary and tags without regard to case or accents', () => {
    expect(titles(entries.filter(matcher(filters({ query: 'halsa' }))))).to.deep.equal(['Motion på recept', 'Allé']);
    expect(titles(entries.filter(matcher(filters({ query: 'ÖPPEN' }))))).to.deep.equal(['Öppen förskola']);
    expect(titles(entries.filter(matcher(filters({ query: 'forskola barn' }))))).to.deep.equal(['Öppen förskola']);
    expect(titles(entries.filter(matcher(filters({ query: 'alle' }))))).to.deep.equal(['Allé']);
  });

  it('filters by area and by status, together with a search', () => {
    expect(titles(entries.filter(matcher(filters({ area: 'halsa' }))))).to.deep.equal(['Zoner för cykel', 'Motion på recept']);
    expect(titles(entries.filter(matcher(filters({ status: 'ongoing' }))))).to.deep.equal(['Öppen förskola', 'Ängar', 'Motion på recept']);
    expect(titles(entries.filter(matcher(filters({ area: 'klimat', status: 'ongoing' }))))).to.deep.equal(['Ängar']);
    expect(titles(entries.filter(matcher(filters({ area: 'klimat', query: 'träd' }))))).to.deep.equal(['Allé']);
  });

  it('leaves the data as it was', () => {
    const copy = structuredClone(sample);
    indexInitiatives(sample);
    expect(sample).to.deep.equal(copy);
  });
});

describe('initiatives: sorting', () => {
  const entries = indexInitiatives(sample);

  it('keeps the data order by default', () => {
    expect(titles(sortInitiatives(entries, 'default'))).to.deep.equal(sample.map((initiative) => initiative.title));
  });

  it('sorts A–Ö the Swedish way, numbers by value', () => {
    expect(titles(sortInitiatives(entries, 'title'))).to.deep.equal([
      'Allé',
      'Etapp 2',
      'Etapp 10',
      'Motion på recept',
      'Zoner för cykel',
      'Återvinning',
      'Ängar',
      'Öppen förskola',
    ]);
  });

  it('sorts by the rules of the language it is given (English puts Å with A)', () => {
    expect(titles(sortInitiatives(entries, 'title', 'en')).slice(0, 3)).to.deep.equal(['Allé', 'Ängar', 'Återvinning']);
  });

  it('puts the latest start first and those without a start last, in data order', () => {
    expect(titles(sortInitiatives(entries, 'newest'))).to.deep.equal([
      'Återvinning',
      'Etapp 10',
      'Ängar',
      'Öppen förskola',
      'Zoner för cykel',
      'Motion på recept',
      'Allé',
      'Etapp 2',
    ]);
  });

  it('returns a new array', () => {
    const sorted = sortInitiatives(entries, 'title');
    expect(sorted).to.not.equal(entries);
    expect(titles(entries)[0]).to.equal('Öppen förskola');
  });
});

describe('initiatives: filter state', () => {
  it('compares states ignoring surrounding spaces in the query', () => {
    expect(sameFilters(filters({ query: 'skola ' }), filters({ query: 'skola' }))).to.equal(true);
    expect(sameFilters(filters({ sort: 'title' }), filters({}))).to.equal(false);
  });

  it('says whether the reader narrowed the list beyond the presets (order aside)', () => {
    const presets = filters({ area: 'klimat' });
    expect(narrowsFurther(filters({ area: 'klimat', sort: 'title' }), presets)).to.equal(false);
    expect(narrowsFurther(filters({ area: '' }), presets)).to.equal(true);
    expect(narrowsFurther(filters({ area: 'klimat', query: 'x' }), presets)).to.equal(true);
  });
});

describe('initiatives: choices and attributes', () => {
  it('keeps only the valid part of a choice from the filter bar', () => {
    expect(validChoice({ query: ' x ', area: 'klimat', status: 'done', sort: 'random' })).to.deep.equal({ query: ' x ', area: 'klimat' });
    expect(validChoice({ status: '', sort: 'title' })).to.deep.equal({ status: '', sort: 'title' });
    expect(validChoice({ status: 'completed' })).to.deep.equal({ status: 'completed' });
  });

  it('takes a whole number of at least 1 as a page size', () => {
    expect(pageSizeOf(6)).to.equal(6);
    expect([pageSizeOf(undefined), pageSizeOf(0), pageSizeOf(2.5), pageSizeOf(NaN), pageSizeOf(-3)]).to.deep.equal([undefined, undefined, undefined, undefined, undefined]);
  });

  it('names each attribute it cannot use, for the web editor', () => {
    const areas = [{ id: 'klimat', title: 'Klimat' }];
    expect(attributeIssues({ area: 'klimat', status: 'ongoing', sort: 'newest', limit: 4 }, areas)).to.deep.equal([]);
    const issues = attributeIssues({ area: 'idrott', status: 'klar', sort: 'datum', limit: NaN }, areas);
    expect(issues.map((issue) => issue.path)).to.deep.equal(['area', 'status', 'sort', 'limit']);
    expect(issues[0]!.message).to.contain('"idrott"').and.contain('"klimat"');
    // Without areas (the editor's own items) there is nothing to check an area against.
    expect(attributeIssues({ area: 'idrott', status: undefined, sort: undefined, limit: undefined }, [])).to.deep.equal([]);
  });
});

describe('initiatives: list model', () => {
  const input = { initiatives: sample, filters: NO_FILTERS, lang: 'sv', pageSize: undefined, pages: 1, searchable: false };
  const all = { create: 100, changes: 10_000, fold: 100 };

  it('filters, sorts and cuts at the page size', () => {
    const model = new ListModel();
    model.update({ ...input, filters: filters({ area: 'klimat', sort: 'title' }), pageSize: 2 }, all);
    expect(titles(model.matching)).to.deep.equal(['Allé', 'Zoner för cykel', 'Återvinning', 'Ängar']);
    expect(titles(model.shown)).to.deep.equal(['Allé', 'Zoner för cykel']);
    model.update({ ...input, filters: filters({ area: 'klimat', sort: 'title' }), pageSize: 2, pages: 2 }, all);
    expect(titles(model.shown)).to.have.length(4);
    expect(model.waiting).to.equal(0);
  });

  it('recomputes only what changed', () => {
    const model = new ListModel();
    model.update(input, all);
    const { entries, matching, plan } = model;
    model.update({ ...input, pages: 2 }, all);
    expect(model.entries).to.equal(entries);
    expect(model.matching).to.equal(matching);
    expect(model.plan).to.equal(plan);
    model.update({ ...input, filters: filters({ query: 'halsa' }) }, all);
    expect(model.plan).to.equal(plan);
    expect(titles(model.shown)).to.deep.equal(['Motion på recept', 'Allé']);
    model.update({ ...input, filters: filters({ query: 'halsa', sort: 'newest' }) }, all);
    expect(model.plan).to.not.equal(plan);
  });

  it('gives the same matches typing on, deleting back and changing a filter as computed afresh', () => {
    const model = new ListModel();
    const steps: Partial<FilterState>[] = [
      { query: 'e' },
      { query: 'et' },
      { query: 'etapp 1' },
      { query: 'etapp' },
      { query: 'a' },
      { query: 'a', area: 'klimat' },
      { query: 'al', area: 'klimat' },
      { query: 'al' },
      { query: 'a', status: 'ongoing' },
      { query: '' },
    ];
    for (const step of steps) {
      model.update({ ...input, filters: filters(step) }, all);
      const fresh = new ListModel();
      fresh.update({ ...input, filters: filters(step) }, all);
      expect(titles(model.matching), JSON.stringify(step)).to.deep.equal(titles(fresh.matching));
    }
  });

  it('reports work left for later steps', () => {
    const model = new ListModel();
    model.update(input, { create: 3, changes: 0, fold: 0 });
    expect(model.waiting).to.equal(sample.length - 3);
  });

  it('folds the search texts of a searchable list in steps, before the first search', () => {
    const model = new ListModel();
    const searchable = { ...input, searchable: true };
    model.update(searchable, { create: 100, changes: 0, fold: 0 });
    expect(model.waiting).to.equal(sample.length);
    expect(model.entries.filter((entry) => entry.searchText !== undefined)).to.have.length(0);
    model.update(searchable, { create: 0, changes: 0, fold: 5 });
    expect(model.waiting).to.equal(sample.length - 5);
    expect(model.entries.slice(0, 5).every((entry) => entry.searchText !== undefined)).to.equal(true);
    model.update(searchable, { create: 0, changes: 0, fold: 5 });
    expect(model.waiting).to.equal(0);
    expect(model.entries.every((entry) => entry.searchText !== undefined)).to.equal(true);
    // A list without a search box never folds.
    const plain = new ListModel();
    plain.update(input, all);
    expect(plain.entries.some((entry) => entry.searchText !== undefined)).to.equal(false);
  });
});

describe('initiatives: URL parameters', () => {
  it('names parameters under the prefix', () => {
    expect(filterParamNames('lista2-')).to.deep.equal({ query: 'lista2-q', area: 'lista2-area', status: 'lista2-status', sort: 'lista2-sort' });
  });

  it('writes only what differs from the presets, and keeps other parameters', () => {
    const search = writeFilterParams('?page=3&vagval-q=old', 'vagval-', filters({ query: ' hälsa ', status: 'ongoing' }), NO_FILTERS);
    const params = new URLSearchParams(search);
    expect(params.get('page')).to.equal('3');
    expect(params.get('vagval-q')).to.equal('hälsa');
    expect(params.get('vagval-status')).to.equal('ongoing');
    expect(params.has('vagval-area')).to.equal(false);
    expect(params.has('vagval-sort')).to.equal(false);
  });

  it('writes an empty value when the reader widens a preset, and removes everything at the presets', () => {
    const presets = filters({ area: 'klimat', sort: 'newest' });
    const widened = writeFilterParams('', 'x-', filters({ area: '', sort: 'newest' }), presets);
    expect(widened).to.equal('?x-area=');
    expect(writeFilterParams(widened, 'x-', presets, presets)).to.equal('');
  });

  it('reads back what it wrote', () => {
    const state = filters({ query: 'cykel & gång', area: 'klimat', status: 'completed', sort: 'title' });
    const search = writeFilterParams('?a=1', 'p-', state, NO_FILTERS);
    expect(readFilterParams(search, 'p-')).to.deep.equal(state);
  });

  it('reads only its own prefix, and ignores values that cannot be right', () => {
    const search = '?q=other&b-q=skola&b-status=done&b-sort=random&b-area=%20klimat%20';
    expect(readFilterParams(search, 'b-')).to.deep.equal({ query: 'skola', area: 'klimat' });
    expect(readFilterParams('?b-status=', 'b-')).to.deep.equal({ status: '' });
    expect(readFilterParams('', 'b-')).to.deep.equal({});
  });
});

describe('initiatives: render plan', () => {
  const many = indexInitiatives(Array.from({ length: 12 }, (_, index) => item(`i${index}`, `Initiativ ${index}`)));
  const all = { create: 100, changes: 10_000 };

  const createdTitles = (plan: RenderPlan) => plan.groups.flatMap((group) => titles(group.created));
  const versions = (plan: RenderPlan) => plan.groups.map((group) => group.version);

  it('creates the first items at once and the rest in later steps, in groups', () => {
    const plan = new RenderPlan(many, many.length, 5);
    expect(plan.groups.map((group) => group.entries.length)).to.deep.equal([5, 5, 2]);
    expect(plan.show(many, { create: 4, changes: 0 })).to.equal(8);
    expect(createdTitles(plan)).to.have.length(4);
    expect(plan.show(many, { create: 4, changes: 0 })).to.equal(4);
    expect(plan.show(many, { create: 4, changes: 0 })).to.equal(0);
    expect(createdTitles(plan)).to.have.length(12);
  });

  it('hides instead of removing, and touches only the groups that changed', () => {
    const plan = new RenderPlan(many, many.length, 5);
    plan.show(many, all);
    const before = versions(plan);
    const created = plan.groups.map((group) => group.created);
    expect(plan.show(many.filter((entry) => entry.position !== 7), all)).to.equal(0);
    expect(versions(plan).map((version, index) => version - before[index]!)).to.deep.equal([0, 1, 0]);
    // Hiding creates nothing: the lists of created items stay the same arrays.
    expect(plan.groups.map((group, index) => group.created === created[index])).to.deep.equal([true, true, true]);
    expect(plan.groups[1]!.shownCount).to.equal(4);
    expect(plan.isShown(7)).to.equal(false);
    expect(plan.isShown(6)).to.equal(true);
  });

  it('creates shown items first, wherever they are in the order', () => {
    const plan = new RenderPlan(many, many.length, 5);
    expect(plan.show(many.slice(10), all)).to.equal(0);
    expect(createdTitles(plan)).to.deep.equal(['Initiativ 10', 'Initiativ 11']);
    expect(plan.groups.map((group) => group.shownCount)).to.deep.equal([0, 0, 2]);
  });

  it('updates the top of the list at once and the groups below later, hiding empty groups at once, and names the top', () => {
    const plan = new RenderPlan(many, many.length, 2, 3);
    plan.show(many, all);
    const before = versions(plan);
    // Show every other item: the top three shown (0, 2, 4) sit in groups 0 to 2.
    const everyOther = many.filter((entry) => entry.position % 2 === 0);
    // Each group below has one change: a budget of one change updates one more group per step.
    expect(plan.show(everyOther, { create: 0, changes: 1 })).to.equal(2);
    expect(plan.top).to.equal(2);
    expect(versions(plan).map((version, index) => version - before[index]!)).to.deep.equal([1, 1, 1, 1, 0, 0]);
    expect(plan.show(everyOther, { create: 0, changes: 1 })).to.equal(1);
    expect(plan.show(everyOther, { create: 0, changes: 1 })).to.equal(0);
    expect(versions(plan).map((version, index) => version - before[index]!)).to.deep.equal([1, 1, 1, 1, 1, 1]);

    // Only the first item left: the groups below hold nothing to show and hide at once, updated or not.
    plan.show(many.slice(0, 1), { create: 0, changes: 0 });
    expect(plan.groups.map((group) => group.shownCount)).to.deep.equal([1, 0, 0, 0, 0, 0]);
    expect(plan.top).to.equal(0);
    plan.show([], { create: 0, changes: 0 });
    expect(plan.top).to.equal(-1);
  });
});
