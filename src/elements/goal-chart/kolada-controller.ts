import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { koladaKey, oldest, type AnsweredPoint, type KoladaAnswers, type KoladaRequest } from '../../chart/kolada-goal.js';
import { koladaClient, KoladaError, type KoladaKpi, type KoladaRequestOptions } from '../../kolada/index.js';

/** What a widget needs from Kolada now. */
export interface KoladaQuery {
  base: string;
  requests: KoladaRequest[];
  /** A KPI whose title the chart needs (a standalone chart). */
  kpi?: string | undefined;
  /** Municipality codes whose names the chart shows (a standalone chart). */
  names?: readonly string[] | undefined;
  timeoutMs?: number | undefined;
}

interface Answered {
  answers: KoladaAnswers;
  /** Why each request that failed did, by `koladaKey`. */
  failed: ReadonlyMap<string, KoladaError>;
  kpi?: KoladaKpi;
  /** The names Kolada gave, by municipality code; a name it did not give is left out. */
  names: ReadonlyMap<string, string>;
}

export type KoladaState =
  | { status: 'idle' }
  | { status: 'loading' }
  | ({ status: 'ready' } & Answered)
  /** Some or all requests (or the KPI's title) failed; `answers` holds the ones that came, `error` is the first failure. */
  | ({ status: 'error'; error: KoladaError } & Answered);

const queryKey = (query: KoladaQuery) =>
  JSON.stringify([query.base, query.requests.map(koladaKey), query.kpi ?? '', query.names ?? [], query.timeoutMs ?? '']);

function asKoladaError(reason: unknown): KoladaError {
  if (reason instanceof KoladaError) return reason;
  return new KoladaError('network', reason instanceof Error ? reason.message : String(reason), { cause: reason });
}

/**
 * Fetches the Kolada series (and a KPI title and municipality names) a widget needs through
 * the page's shared client, so every chart and overview asking in the same task shares
 * one request. A new query aborts the last; so does removing the widget while it waits
 * (it asks again when it comes back).
 */
export class KoladaController implements ReactiveController {
  state: KoladaState = { status: 'idle' };
  private key = '';
  private abort?: AbortController;
  private interrupted = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Called in the host's `willUpdate` with what it needs; starts fetching when that changed. */
  need(query: KoladaQuery | undefined): void {
    const key = query ? queryKey(query) : '';
    if (key === this.key) return;
    this.abort?.abort();
    this.abort = undefined;
    this.key = key;
    if (!query) {
      this.state = { status: 'idle' };
      return;
    }
    this.state = { status: 'loading' };
    const abort = new AbortController();
    this.abort = abort;
    void this.load(query, abort.signal);
  }

  hostConnected(): void {
    if (!this.interrupted) return;
    this.interrupted = false;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    if (this.state.status !== 'loading') return;
    this.abort?.abort();
    this.abort = undefined;
    this.key = '';
    this.state = { status: 'idle' };
    this.interrupted = true;
  }

  private async load(query: KoladaQuery, signal: AbortSignal): Promise<void> {
    const client = koladaClient(query.base);
    const options: KoladaRequestOptions = { signal, ...(query.timeoutMs !== undefined && query.timeoutMs > 0 ? { timeoutMs: query.timeoutMs } : {}) };
    // Asked in the same task, so the client sends them together.
    const series = Promise.allSettled(query.requests.map((request) => client.series(request.kpi, request.municipality, options)));
    const kpi = query.kpi ? client.kpi(query.kpi, options).then((value) => ({ value }), (reason: unknown) => ({ reason })) : undefined;
    // A name that does not come is no failure: the chart shows the code instead.
    const names = Promise.allSettled((query.names ?? []).map((code) => client.municipality(code, options)));
    const [settled, kpiResult, namesSettled] = await Promise.all([series, kpi, names]);
    if (signal.aborted) return;
    const found = new Map<string, readonly AnsweredPoint[]>();
    const failed = new Map<string, KoladaError>();
    const times: string[] = [];
    settled.forEach((result, index) => {
      const key = koladaKey(query.requests[index]!);
      if (result.status === 'rejected') failed.set(key, asKoladaError(result.reason));
      else {
        found.set(key, result.value.points);
        times.push(result.value.fetchedAt);
      }
    });
    const named = new Map(namesSettled.flatMap((result) => (result.status === 'fulfilled' ? [[result.value.id, result.value.title] as const] : [])));
    const fetchedAt = oldest(times);
    const answered: Answered = {
      answers: { series: found, ...(fetchedAt ? { fetchedAt } : {}) },
      failed,
      names: named,
      ...(kpiResult && 'value' in kpiResult ? { kpi: kpiResult.value } : {}),
    };
    const failure = [...failed.values()][0] ?? (kpiResult && 'reason' in kpiResult ? asKoladaError(kpiResult.reason) : undefined);
    this.state = failure === undefined ? { status: 'ready', ...answered } : { status: 'error', ...answered, error: failure };
    this.abort = undefined;
    this.host.requestUpdate();
  }
}
