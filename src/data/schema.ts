import * as v from 'valibot';
import { got, type AnyIssue } from './issues.js';
import { DateSchema, PeriodSchema, PeriodText, PeriodUnion, YearNumber, isPeriodText } from './period-schema.js';
import { isYearNumber } from './period.js';

// The data format, version 1. Every schema and action carries its own message
// (see the contract: say what is wrong and what is expected, in plain English).

const isPlainObject = (input: unknown): input is Record<string, unknown> =>
  typeof input === 'object' && input !== null && !Array.isArray(input);

const missingKey = (issue: AnyIssue) => `"${String(issue.path?.[0]?.key)}" is required`;

/**
 * An object with these entries; unknown keys are kept. valibot's objects accept
 * arrays, hence the guard first (the JSON Schema is converted from the last schema).
 */
const object = <const T extends v.ObjectEntries>(entries: T, what: string) =>
  v.pipe(v.custom<Record<string, unknown>>(isPlainObject, got(what)), v.looseObject(entries, missingKey));

const list = <const T extends v.GenericSchema>(item: T, what: string) => v.array(item, got(`${what} ([…])`));

const text = () => v.string(got('text (in quotes)'));

const nonEmptyText = (message: string) => v.pipe(text(), v.nonEmpty(message));

/** Required, non-empty text such as an id or a title. */
const name = (key: string) => nonEmptyText(`"${key}" must not be empty`);

const LOOKS_LIKE_NUMBER = /^\s*-?\d+([.,]\d+)?\s*$/;

const numberMessage = (issue: AnyIssue) => {
  const message = got('a number')(issue);
  if (typeof issue.input !== 'string' || !LOOKS_LIKE_NUMBER.test(issue.input)) return message;
  return `${message}; write numbers without quotes and with a decimal point, like 61.5`;
};

const FiniteNumber = v.pipe(v.number(numberMessage), v.finite(got('a finite number')));

const ColorSchema = v.pipe(
  v.string(got('a colour in quotes, like "#00594f"')),
  v.regex(/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, got('a colour like "#00594f" or "#05f"')),
  v.description('A hex colour: #rgb or #rrggbb.'),
);

const oneOf = <const T extends readonly string[]>(options: T) =>
  v.picklist(options, got(`one of ${options.map((option) => `"${option}"`).join(', ')}`));

const SeriesPointSchema = object({ period: PeriodSchema, value: FiniteNumber }, 'a point like {"period": 2023, "value": 61.5}');

type SeriesPointOutput = v.InferOutput<typeof SeriesPointSchema>;

// A point that the guard, `finite` and the period's type check would pass, as a bare
// object with a bare number and a one-step period schema (see period-schema.ts).
const TextPoint = v.looseObject({ period: PeriodText, value: v.number() }, missingKey);
const YearPoint = v.looseObject({ period: YearNumber, value: v.number() }, missingKey);

/**
 * SeriesPointSchema, the short way. Points are most of a document's values, and
 * valibot's pipes cost the most on a page's first parse, before the engine has
 * optimised them. A plain object with a finite value and a text or year period takes
 * a pipe-free schema that gives the same result; anything else takes
 * SeriesPointSchema itself. The JSON Schema converter calls the getter with
 * undefined and so refers to "SeriesPoint".
 */
const SeriesPointRuntime = v.lazy((input): v.GenericSchema<unknown, SeriesPointOutput> => {
  if (!isPlainObject(input) || !Number.isFinite(input.value)) return SeriesPointSchema;
  if (typeof input.period === 'string') return TextPoint;
  return typeof input.period === 'number' && !Number.isNaN(input.period) ? YearPoint : SeriesPointSchema;
});

/**
 * True when every point would pass SeriesPointSchema: a plain object with a finite
 * `value` and a real period. A long series is thousands of points; one loop over them
 * costs a fraction of a schema run per point on a page's first parse.
 */
function isTidySeries(input: unknown): input is SeriesPointOutput[] {
  if (!Array.isArray(input)) return false;
  // An indexed loop: for...of allocates a step object per point until the engine optimises it.
  for (let index = 0; index < input.length; index++) {
    const point: unknown = input[index];
    if (!isPlainObject(point) || !Number.isFinite(point.value)) return false;
    const period = point.period;
    if (typeof period === 'string' ? !isPeriodText(period) : !isYearNumber(period)) return false;
  }
  return true;
}

// Passes what isTidySeries passed. The points stay as they are, not copied: the
// document is already a copy of the caller's (see parse-strategy.ts).
const TidySeries = v.custom<SeriesPointOutput[]>(() => true);

const PointByPoint = list(SeriesPointRuntime, 'a list of points');

/**
 * A list of SeriesPointSchema, the short way: a tidy series passes at once; any other
 * goes point by point and gets its issues. The JSON Schema converter calls the getter
 * with undefined, which is not tidy, and refers to the "Series" definition.
 */
export const SeriesSchema = v.lazy((input): v.GenericSchema<unknown, SeriesPointOutput[]> => (isTidySeries(input) ? TidySeries : PointByPoint));

const TargetSchema = object(
  { value: FiniteNumber, period: v.optional(PeriodSchema) },
  'an object like {"value": 80, "period": 2030}',
);

// A comparison takes its series from the file, or from Kolada when `kolada` names a
// municipality (and, optionally, a KPI other than the goal's).
const ComparisonSchema = v.pipe(
  object(
    {
      label: name('label'),
      series: v.optional(SeriesSchema),
      kolada: v.optional(
        object(
          { kpi: v.optional(name('kpi')), municipality: name('municipality') },
          'an object like {"municipality": "0000"}',
        ),
      ),
    },
    'an object like {"label": "Riket", "series": […]}',
  ),
  v.forward(
    v.check((comparison) => comparison.series !== undefined || comparison.kolada !== undefined, '"series" is required'),
    ['series'],
  ),
);

const GoalSourceSchema = object(
  {
    name: v.optional(text()),
    href: v.optional(text()),
    kolada: v.optional(
      object(
        { kpi: name('kpi'), municipality: name('municipality') },
        'an object like {"kpi": "N17461", "municipality": "1282"}',
      ),
    ),
  },
  'an object like {"name": "Kolada", "href": "https://…"}',
);

const decimalsMessage = got('a whole number from 0 to 10');
const DecimalsSchema = v.pipe(
  v.number(decimalsMessage),
  v.integer(decimalsMessage),
  v.minValue(0, decimalsMessage),
  v.maxValue(10, decimalsMessage),
);

export const GOAL_STATUSES = ['achieved', 'on-track', 'at-risk', 'off-track', 'no-data'] as const;
export const INITIATIVE_STATUSES = ['planned', 'ongoing', 'completed'] as const;
export const DIRECTIONS = ['increase', 'decrease'] as const;

const GoalSchema = object(
  {
    id: name('id'),
    title: name('title'),
    description: v.optional(text()),
    unit: v.optional(text()),
    decimals: v.optional(DecimalsSchema),
    direction: v.optional(oneOf(DIRECTIONS)),
    target: v.optional(TargetSchema),
    baseline: v.optional(TargetSchema),
    series: v.optional(SeriesSchema),
    comparisons: v.optional(list(ComparisonSchema, 'a list of comparisons')),
    status: v.optional(oneOf(GOAL_STATUSES)),
    source: v.optional(GoalSourceSchema),
  },
  'a goal object like {"id": "…", "title": "…"}',
);

const AreaSchema = object(
  {
    id: name('id'),
    title: name('title'),
    summary: v.optional(text()),
    href: v.optional(text()),
    color: v.optional(ColorSchema),
    goals: v.optional(list(GoalSchema, 'a list of goals')),
  },
  'an area object like {"id": "…", "title": "…"}',
);

const ImageSchema = object({ src: name('src'), alt: v.optional(text()) }, 'an image like {"src": "…", "alt": "…"}');

const InitiativeSchema = object(
  {
    id: name('id'),
    title: name('title'),
    summary: v.optional(text()),
    areas: list(nonEmptyText('an area id must not be empty'), 'a list of area ids'),
    status: v.optional(oneOf(INITIATIVE_STATUSES)),
    start: v.optional(PeriodSchema),
    end: v.optional(v.nullable(PeriodSchema)),
    href: v.optional(text()),
    image: v.optional(ImageSchema),
    tags: v.optional(list(text(), 'a list of tags')),
  },
  'an initiative object like {"id": "…", "title": "…", "areas": […]}',
);

const FeedbackSchema = object(
  {
    commentEmail: v.optional(text()),
    commentHref: v.optional(text()),
    serviceHref: v.optional(text()),
  },
  'an object like {"commentEmail": "…"}',
);

const versionMessage = (issue: AnyIssue) =>
  typeof issue.input === 'number'
    ? `this file says version ${issue.input}, but this library reads version 1 of the format`
    : got('the number 1 (the format version)')(issue);

export const StrategySchema = object(
  {
    version: v.literal(1, versionMessage),
    organization: v.optional(text()),
    title: name('title'),
    lang: v.optional(text()),
    updated: v.optional(DateSchema),
    updatedBy: v.optional(text()),
    feedback: v.optional(FeedbackSchema),
    areas: list(AreaSchema, 'a list of areas'),
    initiatives: v.optional(list(InitiativeSchema, 'a list of initiatives')),
  },
  'a strategy object like {"version": 1, "title": "…", "areas": […]}',
);

/** Named parts of the format: the JSON Schema refers to these instead of repeating them. */
export const StrategyDefinitions = {
  Period: PeriodUnion,
  SeriesPoint: SeriesPointSchema,
  Series: PointByPoint,
  Target: TargetSchema,
  Goal: GoalSchema,
  Area: AreaSchema,
  Initiative: InitiativeSchema,
};

export type Strategy = v.InferOutput<typeof StrategySchema>;
export type Area = v.InferOutput<typeof AreaSchema>;
export type Goal = v.InferOutput<typeof GoalSchema>;
export type Initiative = v.InferOutput<typeof InitiativeSchema>;
export type SeriesPoint = v.InferOutput<typeof SeriesPointSchema>;
export type Period = v.InferOutput<typeof PeriodSchema>;
export type Comparison = v.InferOutput<typeof ComparisonSchema>;
export type GoalSource = v.InferOutput<typeof GoalSourceSchema>;
export type Target = v.InferOutput<typeof TargetSchema>;
export type Baseline = Target;
export type Image = v.InferOutput<typeof ImageSchema>;
export type FeedbackInfo = v.InferOutput<typeof FeedbackSchema>;
export type GoalStatus = (typeof GOAL_STATUSES)[number];
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];
export type Direction = (typeof DIRECTIONS)[number];
