import { expect } from '@open-wc/testing';
import { parseStrategy } from '../../src/data/index.js';
import { changed, expectOneIssue, issuesOf, validStrategy } from './helpers.js';

const GOAL = 'areas[0].goals[0]';
const POINT = `${GOAL}.series[0]`;

describe('parseStrategy: valid data', () => {
  it('accepts a document using every field, as an object or as JSON text', () => {
    const result = parseStrategy(validStrategy());
    expect(result).to.deep.equal({ ok: true, value: validStrategy() });
    expect(parseStrategy(JSON.stringify(validStrategy()))).to.deep.equal({ ok: true, value: validStrategy() });
  });

  it('accepts the smallest document and keeps unknown keys', () => {
    const result = parseStrategy({ version: 1, title: 'T', areas: [{ id: 'a', title: 'A', extra: { x: [1] } }], note: 'hi' });
    expect(result.ok).to.equal(true);
    expect(result.value).to.deep.equal({ version: 1, title: 'T', areas: [{ id: 'a', title: 'A', extra: { x: [1] } }], note: 'hi' });
  });

  it('accepts every period form and both colour forms', () => {
    for (const period of [2023, '2023', '2023-06', '2023-06-30', '2024-02-29', '2000-02-29']) {
      expect(parseStrategy(changed(`${POINT}.period`, period)).ok, String(period)).to.equal(true);
    }
    for (const color of ['#05f', '#00594F', '#abcdef']) expect(parseStrategy(changed('areas[0].color', color)).ok, color).to.equal(true);
  });

  it('accepts a text with a byte order mark', () => {
    expect(parseStrategy(`\uFEFF${JSON.stringify(validStrategy())}`).ok).to.equal(true);
  });
});

describe('parseStrategy: wrong types', () => {
  it('names the expected type and what it got', () => {
    expectOneIssue(changed(`${POINT}.value`, '61,5'), `${POINT}.value`, /^expected a number, got the text "61,5"/);
    expectOneIssue(changed('title', 5), 'title', 'expected text (in quotes), got the number 5');
    expectOneIssue(changed('areas', {}), 'areas', /^expected a list of areas .*, got an object$/);
    expectOneIssue(changed(`${GOAL}.target`, 80), `${GOAL}.target`, /^expected an object like \{"value": 80.*got the number 80$/);
    expectOneIssue(changed('initiatives[0].areas', 'valfard'), 'initiatives[0].areas', /^expected a list of area ids.*got the text "valfard"$/);
    expectOneIssue(changed('initiatives[0].tags', ['ok', 3]), 'initiatives[0].tags[1]', 'expected text (in quotes), got the number 3');
    expectOneIssue(changed('feedback', 'webb@example.se'), 'feedback', /^expected an object.*got the text/);
    expectOneIssue(changed('initiatives[0].image', 'bild.jpg'), 'initiatives[0].image', /^expected an image like/);
    expectOneIssue(changed('areas[0]', null), 'areas[0]', /^expected an area object.*got null$/);
    expectOneIssue(changed('areas[0]', []), 'areas[0]', /^expected an area object.*got a list of 0 items$/);
    expectOneIssue(changed(`${GOAL}.target`, [80, 2030]), `${GOAL}.target`, /^expected an object like.*got a list of 2 items$/);
    expectOneIssue(changed('feedback', ['x']), 'feedback', /^expected an object.*got a list of 1 item$/);
  });

  it('suggests a decimal point for a number written as text with a comma', () => {
    const issue = expectOneIssue(changed(`${POINT}.value`, '61,5'), `${POINT}.value`, /decimal point/);
    expect(issue.message).to.contain('61.5');
  });

  it('lists the allowed values of a fixed set', () => {
    expectOneIssue(changed(`${GOAL}.direction`, 'up'), `${GOAL}.direction`, 'expected one of "increase", "decrease", got the text "up"');
    expectOneIssue(changed(`${GOAL}.status`, 'green'), `${GOAL}.status`, /"achieved", "on-track", "at-risk", "off-track", "no-data", got the text "green"$/);
    expectOneIssue(changed('initiatives[0].status', 'done'), 'initiatives[0].status', /^expected one of "planned", "ongoing", "completed"/);
  });

  it('wants a whole number of decimals', () => {
    expectOneIssue(changed(`${GOAL}.decimals`, 1.5), `${GOAL}.decimals`, 'expected a whole number from 0 to 10, got the number 1.5');
    expectOneIssue(changed(`${GOAL}.decimals`, -1), `${GOAL}.decimals`, /got the number -1$/);
  });

  it('rejects version 2 and a version that is not a number', () => {
    expectOneIssue(changed('version', 2), 'version', /version 2.*version 1/);
    expectOneIssue(changed('version', '1'), 'version', 'expected the number 1 (the format version), got the text "1"');
  });
});

describe('parseStrategy: missing required fields', () => {
  const required = [
    'version',
    'title',
    'areas',
    'areas[0].id',
    'areas[0].title',
    `${GOAL}.id`,
    `${GOAL}.title`,
    'initiatives[0].id',
    'initiatives[0].title',
    'initiatives[0].areas',
    `${POINT}.period`,
    `${POINT}.value`,
    `${GOAL}.target.value`,
    `${GOAL}.comparisons[0].label`,
    `${GOAL}.comparisons[0].series`,
  ];
  for (const path of required) {
    it(`reports a missing ${path}`, () => {
      const key = path.split('.').at(-1)!;
      expectOneIssue(changed(path, undefined), path, `"${key}" is required`);
    });
  }

  it('reports an empty title or id', () => {
    expectOneIssue(changed('title', ''), 'title', '"title" must not be empty');
    expectOneIssue(changed('areas[0].id', ''), 'areas[0].id', '"id" must not be empty');
  });

  it('keeps every optional field of the contract optional', () => {
    const goal = { id: 'g', title: 'G' };
    const area = { id: 'a', title: 'A', goals: [goal] };
    const initiative = { id: 'i', title: 'I', areas: ['a'] };
    expect(parseStrategy({ version: 1, title: 'T', areas: [area], initiatives: [initiative] }).ok).to.equal(true);
    expect(parseStrategy({ version: 1, title: 'T', areas: [], feedback: {} }).ok).to.equal(true);
  });
});

describe('parseStrategy: colours', () => {
  for (const color of ['red', 'color: red;background:url(x)', '#12345', '#ggg', '00594f', '#00594f;', ' #00594f', '#0000']) {
    it(`rejects ${JSON.stringify(color)}`, () => {
      expectOneIssue(changed('areas[0].color', color), 'areas[0].color', `expected a colour like "#00594f" or "#05f", got the text ${JSON.stringify(color.slice(0, 40))}`);
    });
  }

  it('rejects a colour that is not text', () => {
    expectOneIssue(changed('areas[1].color', 0x00594f), 'areas[1].color', /^expected a colour in quotes.*got the number/);
  });
});

describe('parseStrategy: dates and periods', () => {
  const hint = 'write a year (2023), a month (2023-06) or a day (2023-06-30)';

  it('reports a date that does not exist', () => {
    expectOneIssue(changed(`${POINT}.period`, '2024-13-45'), `${POINT}.period`, `"2024-13-45" is not a date; ${hint}`);
    expectOneIssue(changed(`${POINT}.period`, '2023-02-29'), `${POINT}.period`, `"2023-02-29" is not a date (that day does not exist); ${hint}`);
    expectOneIssue(changed(`${POINT}.period`, '2023-04-31'), `${POINT}.period`, /that day does not exist/);
  });

  it('reports periods in other formats, once each', () => {
    for (const period of ['2023-6', '2023/06', '06/2023', '2023-06-30T12:00', 'Q1 2023', '']) {
      expectOneIssue(changed(`${POINT}.period`, period), `${POINT}.period`, `${JSON.stringify(period)} is not a date; ${hint}`);
    }
  });

  it('wants a year number to be a four-digit whole number', () => {
    expectOneIssue(changed(`${POINT}.period`, 2023.5), `${POINT}.period`, 'expected a year like 2023, got the number 2023.5');
    expectOneIssue(changed(`${POINT}.period`, 23), `${POINT}.period`, 'expected a four-digit year like 2023, got the number 23');
    expectOneIssue(changed(`${POINT}.period`, 99999.5), `${POINT}.period`, /^expected a year like 2023/);
  });

  it('gives one issue, not one per union branch, for a period of another type', () => {
    expectOneIssue(changed(`${POINT}.period`, true), `${POINT}.period`, 'expected a year (2023) or a date in quotes ("2023-06", "2023-06-30"), got true');
    expectOneIssue(changed(`${POINT}.period`, [2023]), `${POINT}.period`, /got a list of 1 item$/);
  });

  it('checks periods everywhere: target, baseline, comparisons, initiative start and end', () => {
    expectOneIssue(changed(`${GOAL}.target.period`, '2030-00'), `${GOAL}.target.period`, /"2030-00" is not a date/);
    expectOneIssue(changed(`${GOAL}.baseline.period`, '2018-02-30'), `${GOAL}.baseline.period`, /does not exist/);
    expectOneIssue(changed(`${GOAL}.comparisons[0].series[1].period`, '2020-13'), `${GOAL}.comparisons[0].series[1].period`, /is not a date/);
    expectOneIssue(changed('initiatives[0].start', '2021-13'), 'initiatives[0].start', /is not a date/);
    expectOneIssue(changed('initiatives[1].end', 'soon'), 'initiatives[1].end', /"soon" is not a date/);
  });

  it('wants updated as a full ISO date', () => {
    const format = 'write year-month-day, like "2024-03-14"';
    expectOneIssue(changed('updated', '2024-03'), 'updated', `"2024-03" is not a date; ${format}`);
    expectOneIssue(changed('updated', '14 mars 2024'), 'updated', `"14 mars 2024" is not a date; ${format}`);
    expectOneIssue(changed('updated', '2023-02-29'), 'updated', `"2023-02-29" is not a date (that day does not exist); ${format}`);
    expectOneIssue(changed('updated', 20240314), 'updated', /^expected a date in quotes/);
  });
});

describe('parseStrategy: numbers must be finite', () => {
  for (const value of [Infinity, -Infinity]) {
    it(`rejects ${value}`, () => {
      expectOneIssue(changed(`${POINT}.value`, value), `${POINT}.value`, `expected a finite number, got the number ${value}`);
    });
  }

  it('rejects NaN, in a series and in a target', () => {
    expectOneIssue(changed(`${POINT}.value`, NaN), `${POINT}.value`, 'expected a number, got NaN (not a number)');
    expectOneIssue(changed(`${GOAL}.target.value`, NaN), `${GOAL}.target.value`, /got NaN/);
  });
});

describe('parseStrategy: several problems', () => {
  it('reports each problem at its own path, with helpful English messages', () => {
    const doc = changed(`${POINT}.value`, 'x', changed('areas[0].color', 'red', changed('title', undefined)));
    const issues = issuesOf(doc);
    expect(issues.map((issue) => issue.path)).to.deep.equal(['title', 'areas[0].color', `${POINT}.value`]);
    for (const { message } of issues) {
      expect(message).not.to.match(/Invalid (type|key)|Received|Expected/);
      expect(message.length).to.be.above(10);
    }
  });
});

describe('parseStrategy: not a strategy at all', () => {
  const notObjects: [string, unknown, RegExp][] = [
    ['null', null, /got null$/],
    ['undefined', undefined, /got nothing$/],
    ['a number', 5, /got the number 5$/],
    ['a boolean', true, /got true$/],
    ['an array', [], /got a list of 0 items$/],
    ['a function', () => 1, /got nothing$/],
    ['a symbol', Symbol('x'), /got nothing$/],
    ['a bigint', 10n, /got a bigint$/],
    ['JSON text holding a number', '42', /got the number 42$/],
  ];
  for (const [name, input, message] of notObjects) {
    it(`reports ${name} at the root`, () => {
      expectOneIssue(input, '', new RegExp(`^expected a strategy object like \\{"version": 1.*${message.source}`));
    });
  }

  it('reports an empty text', () => {
    expectOneIssue('', '', /^the text is empty/);
    expectOneIssue('  \n', '', /^the text is empty/);
  });
});

describe('parseStrategy: invalid JSON text', () => {
  const cases: [string, string, RegExp][] = [
    ['a trailing comma', '{"version": 1,\n}', /line 2, column 1: a comma before "}" is not allowed in JSON/],
    ['a missing comma', '{\n  "version": 1\n  "title": "x"\n}', /line 3, column 3: expected "," or "}" here \(is a comma missing\?\)/],
    ['single quotes', "{'version': 1}", /line 1, column 2: JSON text needs double quotes/],
    ['a bare word', '{"title": hej}', /line 1, column 11: unexpected "h"; expected a value/],
    ['an unterminated text', '{"title": "hej}', /line 1, column 11: this text has no closing double quote/],
    ['a line break inside quotes', '{"title": "a\nb"}', /line 1, column 13: a line break or tab inside quotes/],
    ['a bad escape', '{"title": "a\\qb"}', /line 1, column 13: "\\q" is not a valid escape/],
    ['a missing colon', '{"title" "x"}', /line 1, column 10: expected ":" after the property name/],
    ['an early end', '{"areas": [1, 2', /line 1, column 16: the text ends too early; expected "," or "]"/],
    ['text after the data', '{}\n}', /line 2, column 1: unexpected "}" after the end of the data/],
    ['a bad number', '{"version": -x}', /line 1, column 13: this is not a valid number/],
  ];
  for (const [name, text, message] of cases) {
    it(`names line and column for ${name}`, () => {
      const issue = expectOneIssue(text, '', message);
      expect(issue.message).to.match(/^this is not valid JSON: line \d+, column \d+: /);
    });
  }
});

describe('parseStrategy: never throws', () => {
  it('reports a cycle at the path where it closes', () => {
    const doc = validStrategy() as unknown as { areas: unknown[] };
    doc.areas.push(doc);
    expectOneIssue(doc, 'areas[2]', /contains itself \(a cycle\)/);
  });

  it('reports a getter that throws', () => {
    const doc = validStrategy();
    Object.defineProperty(doc.areas[0], 'title', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expectOneIssue(doc, 'areas[0].title', 'this value could not be read (boom)');
  });

  it('reports a proxy whose traps throw', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no keys');
        },
      },
    );
    expectOneIssue(hostile, '', /could not be read \(no keys\)/);
    expectOneIssue(changed('feedback', hostile), '', /could not be read/);
  });

  it('stops at absurd nesting, in objects and in JSON text', () => {
    let deep: unknown = [];
    for (let i = 0; i < 10_000; i++) deep = [deep];
    const [issue, ...rest] = issuesOf(changed('extra', deep));
    expect(rest).to.have.length(0);
    expect(issue!.path).to.match(/^extra(\[0\])+$/);
    expect(issue!.message).to.match(/nested too deeply/);
    const text = `{"version": 1, "title": "x", "areas": [], "extra": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(issuesOf(text)[0]!.message).to.match(/nested too deeply|not valid JSON/);
  });

  it('handles a large valid document', () => {
    const doc = validStrategy();
    doc.areas[0]!.goals![0]!.series = Array.from({ length: 5000 }, (_, i) => ({ period: `${1000 + i}`, value: i }));
    expect(parseStrategy(doc).ok).to.equal(true);
  });

  it('gives a JSON text the same result as its parsed value, at the limits too', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 150; i++) deep = { next: deep };
    const documents = [
      changed('extra', deep),
      changed('extra', [1, { 'odd key': [deep] }]),
      changed('extra', Array.from({ length: 1_000_001 }, () => 0)),
      changed('areas[0].goals[0].series[1].period', '2023-02-29'),
      changed('initiatives[0].areas[0]', 'nowhere'),
    ];
    for (const document of documents) {
      const fromText = parseStrategy(JSON.stringify(document));
      expect(fromText.ok).to.equal(false);
      expect(fromText).to.deep.equal(parseStrategy(document));
    }
  });

  it('handles a huge sparse array without hanging', () => {
    const sparse: unknown[] = [];
    sparse.length = 50_000_000;
    expectOneIssue(changed('extra', sparse), '', /too large/);
  });
});

describe('parseStrategy: the input is left untouched', () => {
  it('does not mutate the input and returns new objects', () => {
    const input = validStrategy() as unknown as Record<string, unknown>;
    input.extra = { nested: { list: [1, 2] } };
    const before = structuredClone(input);
    const result = parseStrategy(input);
    expect(result.ok).to.equal(true);
    expect(input).to.deep.equal(before);
    const value = result.value as unknown as Record<string, unknown> & typeof result.value;
    expect(value).to.deep.equal(before);
    expect(value).not.to.equal(input);
    expect(value.areas[0]).not.to.equal((input.areas as unknown[])[0]);
    expect(value.extra).not.to.equal(input.extra);
    // Changing the result does not reach the caller's object either.
    value.areas[0]!.title = 'changed';
    expect((input.areas as { title: string }[])[0]!.title).to.equal('Hållbar välfärd');
  });

  it('works on a frozen input', () => {
    const freeze = (value: unknown): unknown => {
      if (value && typeof value === 'object') Object.values(Object.freeze(value)).forEach(freeze);
      return value;
    };
    expect(parseStrategy(freeze(validStrategy())).ok).to.equal(true);
    expect(parseStrategy(freeze(changed('areas[0].color', 'red'))).ok).to.equal(false);
  });

  it('drops a __proto__ key instead of letting it change the prototype', () => {
    const result = parseStrategy(`{"version": 1, "title": "x", "areas": [], "__proto__": {"polluted": true}}`);
    expect(result.ok).to.equal(true);
    expect((result.value as unknown as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.getPrototypeOf(result.value)).to.equal(Object.prototype);
  });

  it('drops a nested __proto__ key of a JSON text, in a known object and in an unknown one', () => {
    const text = `{"version": 1, "title": "x", "areas": [{"id": "a", "title": "A", "__proto__": {"polluted": true}}],
      "extra": [{"__proto__": [], "kept": 1}]}`;
    const result = parseStrategy(text);
    expect(result.ok).to.equal(true);
    const value = result.value as unknown as { areas: object[]; extra: object[] };
    expect(Object.getPrototypeOf(value.areas[0])).to.equal(Object.prototype);
    expect(Object.keys(value.areas[0]!)).to.deep.equal(['id', 'title']);
    expect(Object.getPrototypeOf(value.extra[0])).to.equal(Object.prototype);
    expect(value.extra[0]).to.deep.equal({ kept: 1 });
  });
});
