import { goalRequest, koladaKey, localDay } from '../../chart/kolada-goal.js';
import type { OverviewGoal } from '../../chart/overview.js';
import type { Goal } from '../../data/index.js';
import type { KoladaError } from '../../kolada/index.js';
import type { KoladaState } from '../goal-chart/kolada-controller.js';

/** Where one row stands with Kolada: its figures are the file's, on their way, fetched, or could not be fetched. */
export type RowKolada = { kind: 'file' } | { kind: 'loading' } | { kind: 'fetched' } | { kind: 'failed'; error: KoladaError };

/** Where a goal's row stands, given what the overview's Kolada controller has. */
export function rowKolada(goal: Goal, state: KoladaState): RowKolada {
  const request = goalRequest(goal);
  if (!request) return { kind: 'file' };
  if (state.status !== 'ready' && state.status !== 'error') return { kind: 'loading' };
  const error = state.failed.get(koladaKey(request));
  return error ? { kind: 'failed', error } : { kind: 'fetched' };
}

/** What the table as a whole says about Kolada. */
export interface OverviewKolada {
  rows: ReadonlyMap<OverviewGoal, RowKolada>;
  /** The day (`2026-11-27`) the figures shown were fetched, when some rows show Kolada's figures. */
  retrieved?: string;
  /** Some rows could not get their figures from Kolada while others show the file's. */
  fileFiguresOnly: boolean;
}

/** A table without goals: nothing from Kolada. */
export const NO_KOLADA_ROWS: OverviewKolada = { rows: new Map(), fileFiguresOnly: false };

export function overviewKolada(goals: readonly OverviewGoal[], state: KoladaState): OverviewKolada {
  const rows = new Map(goals.map((goal) => [goal, rowKolada(goal.goal, state)]));
  const kinds = [...rows.values()].map((row) => row.kind);
  const retrieved = kinds.includes('fetched') && 'answers' in state ? localDay(state.answers.fetchedAt) : undefined;
  const withFigures = goals.some((goal) => rows.get(goal)?.kind === 'file' && goal.data.points.length > 0);
  return { rows, ...(retrieved ? { retrieved } : {}), fileFiguresOnly: kinds.includes('failed') && withFigures };
}
