// Builders for the data tests: a valid document, and that document with one value changed.
import { expect } from '@open-wc/testing';
import { parseStrategy, type Issue, type Strategy } from '../../src/data/index.js';

/** A fresh, valid document using every field of the format. */
export function validStrategy(): Strategy {
  return {
    version: 1,
    organization: 'Landskrona stad',
    title: 'Vägval 2020',
    lang: 'sv',
    updated: '2024-03-14',
    updatedBy: 'Webbredaktionen',
    feedback: { commentEmail: 'webb@example.se', commentHref: 'https://example.se/kommentar', serviceHref: 'https://example.se/synpunkt' },
    areas: [
      {
        id: 'valfard',
        title: 'Hållbar välfärd',
        summary: 'Plain text.',
        href: 'https://example.se/valfard',
        color: '#00594f',
        goals: [
          {
            id: 'examen',
            title: 'Fler elever tar gymnasieexamen',
            description: 'Plain text.',
            unit: '%',
            decimals: 1,
            direction: 'increase',
            target: { value: 80, period: 2030 },
            baseline: { value: 60, period: 2018 },
            series: [
              { period: 2019, value: 61.5 },
              { period: 2020, value: 63 },
            ],
            comparisons: [{ label: 'Riket', series: [{ period: 2019, value: 71 }, { period: 2020, value: 72 }] }],
            status: 'on-track',
            source: { name: 'Kolada', href: 'https://example.se/kpi', kolada: { kpi: 'N17461', municipality: '1282' } },
          },
        ],
      },
      {
        id: 'klimat',
        title: 'Klimat',
        color: '#05f',
        goals: [{ id: 'utslapp', title: 'Minskade utsläpp', direction: 'decrease', series: [{ period: '2023-06', value: 4.2 }] }],
      },
    ],
    initiatives: [
      {
        id: 'hemtjanst',
        title: 'Digital tillsyn',
        summary: 'Plain text.',
        areas: ['valfard'],
        status: 'ongoing',
        start: '2021-03',
        end: null,
        href: 'https://example.se/tillsyn',
        image: { src: 'https://example.se/bild.jpg', alt: 'Text' },
        tags: ['digitalisering'],
      },
      { id: 'solceller', title: 'Solceller', areas: ['klimat', 'valfard'], start: 2022, end: '2024-12-31' },
    ],
  };
}

/** `areas[1].goals[0]` → ['areas', 1, 'goals', 0]. */
function keysOf(path: string): (string | number)[] {
  return [...path.matchAll(/\[(\d+)\]|[^.[\]]+/g)].map((match) => (match[1] === undefined ? match[0] : Number(match[1])));
}

/** A valid document with the value at `path` replaced; `undefined` deletes the key. */
export function changed(path: string, value: unknown, doc: unknown = validStrategy()): unknown {
  const keys = keysOf(path);
  const last = keys.pop()!;
  let parent = doc as Record<string | number, unknown>;
  for (const key of keys) parent = parent[key] as Record<string | number, unknown>;
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return doc;
}

/** The issues of an input that must fail. */
export function issuesOf(input: unknown): Issue[] {
  const result = parseStrategy(input);
  expect(result.ok, 'the input should be invalid').to.equal(false);
  return result.ok ? [] : result.issues;
}

/** Asserts exactly one issue, at `path`, whose message matches. */
export function expectOneIssue(input: unknown, path: string, message: RegExp | string): Issue {
  const issues = issuesOf(input);
  expect(issues, JSON.stringify(issues)).to.have.length(1);
  const [issue] = issues as [Issue];
  expect(issue.path).to.equal(path);
  if (typeof message === 'string') expect(issue.message).to.equal(message);
  else expect(issue.message).to.match(message);
  return issue;
}
