import type { Goal, Strategy } from '../data/index.js';

/** The id of the one goal in a standalone chart's data. */
export const STANDALONE_GOAL_ID = 'kolada';

/** Kolada's code for the whole country. */
export const COUNTRY = '0000';

/** What an editor writes on `<vagval-goal-chart kpi="…" municipality="…">`, as the element has it. */
export interface StandaloneAttributes {
  kpi: string;
  municipality: string;
  /** Comma-separated municipality codes to compare with. */
  compare?: string | undefined;
  target?: number | undefined;
  /** A year (`2030`) or an ISO date. */
  targetPeriod?: string | undefined;
  unit?: string | undefined;
  decimals?: number | undefined;
  direction?: string | undefined;
}

/** The municipality codes of a `compare` attribute: trimmed, without empty entries or repeats. */
export function compareCodes(compare: string | undefined): string[] {
  return [...new Set((compare ?? '').split(',').map((code) => code.trim()).filter(Boolean))];
}

/** The codes whose names a standalone chart asks Kolada for: its municipality and the ones it compares with, but not the whole country (it has a label in every language). */
export function namedCodes(municipality: string, compare: string | undefined): string[] {
  return [...new Set([municipality.trim(), ...compareCodes(compare)])].filter((code) => code && code !== COUNTRY);
}

function period(text: string | undefined): number | string | undefined {
  const trimmed = text?.trim();
  if (!trimmed) return undefined;
  return /^\d{4}$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/**
 * The data a standalone chart shows: one goal whose series and comparisons come from
 * Kolada, titled with the KPI's title (its id until the title is known). The municipality
 * and the ones compared with are named by `names` (Kolada's names, by code), or by their
 * code until a name is known or when it could not be fetched; `0000` is `countryLabel`.
 * The KPI titles and the names are Swedish, so the data says `lang: "sv"`.
 */
export function standaloneStrategy(
  attributes: StandaloneAttributes,
  title: string,
  countryLabel: string,
  names: ReadonlyMap<string, string> = new Map(),
): Strategy {
  const { kpi, municipality } = attributes;
  const nameOf = (code: string) => (code === COUNTRY ? countryLabel : names.get(code) ?? code);
  const targetPeriod = period(attributes.targetPeriod);
  const target = typeof attributes.target === 'number' && Number.isFinite(attributes.target)
    ? { value: attributes.target, ...(targetPeriod === undefined ? {} : { period: targetPeriod }) }
    : undefined;
  const unit = attributes.unit?.trim();
  const goal: Goal = {
    id: STANDALONE_GOAL_ID,
    title,
    ...(unit ? { unit } : {}),
    ...(attributes.decimals !== undefined && Number.isInteger(attributes.decimals) ? { decimals: attributes.decimals } : {}),
    ...(attributes.direction === 'decrease' ? { direction: 'decrease' as const } : {}),
    ...(target ? { target } : {}),
    comparisons: compareCodes(attributes.compare)
      .filter((code) => code !== municipality)
      .map((code) => ({ label: nameOf(code), kolada: { municipality: code } })),
    source: { name: 'Kolada', href: 'https://www.kolada.se/', kolada: { kpi, municipality } },
  };
  // The organization heads the table's and the CSV's column of the municipality's values.
  return { version: 1, title, organization: nameOf(municipality), lang: 'sv', areas: [{ id: STANDALONE_GOAL_ID, title, goals: [goal] }] };
}
