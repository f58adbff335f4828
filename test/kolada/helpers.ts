// Helpers for the Kolada test server (test/server/kolada.js).
import type { KoladaPoint } from '../../src/kolada/index.js';

/** The test server's stand-in for https://api.kolada.se/v3. */
export const BASE = '/__kolada__/v3';

export interface RecordedRequest {
  /** Path after the host, with the query, e.g. `/__kolada__/v3/data/kpi/T1/municipality/1282`. */
  path: string;
  /** True when the browser gave up on the request before it was answered. */
  aborted: boolean;
}

/** The requests the test server got whose path contains `match`. */
export async function requestsFor(match: string): Promise<RecordedRequest[]> {
  const response = await fetch(`/__kolada__/hits?match=${encodeURIComponent(match)}`);
  return ((await response.json()) as { requests: RecordedRequest[] }).requests;
}

// Ids of the server's synthetic KPIs, unique per test (and per test file, which run side by side).
const run = String(Math.floor(Math.random() * 1e6)).padStart(6, '0');
let counter = 0;

/** A KPI id no other test uses: `T…` answers in one page, `P…` in pages of three rows. */
export function uniqueKpi(prefix: 'T' | 'P' = 'T'): string {
  return `${prefix}${run}${String(++counter).padStart(3, '0')}`;
}

/** What the server answers for a synthetic KPI (see test/server/kolada.js): `<digits>.<municipality>` for 2019–2021. */
export function syntheticPoints(kpi: string, municipality: string): KoladaPoint[] {
  const value = Number(`${kpi.slice(1)}.${municipality}`);
  return [2019, 2020, 2021].map((period) => ({ period, value }));
}

/** A storage that throws on every use, like a blocked or broken sessionStorage. */
export const throwingStorage = {
  get length(): number {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  key(): string | null {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  getItem(): string | null {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  setItem(): void {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  },
  removeItem(): void {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
};

/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The error a promise rejects with; fails when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject, but it resolved');
}

/**
 * A four-digit municipality code that no other test uses (most likely) and the fixture does
 * not name: real codes stop below 2600, and the test server's special codes start at 9403.
 */
export function uniqueMunicipality(): string {
  return String(3000 + ((Number(run) + ++counter * 7919) % 6000));
}
