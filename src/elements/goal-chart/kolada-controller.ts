import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { koladaKey, oldest, type AnsweredPoint, type KoladaAnswers, type KoladaRequest } from '../../chart/kolada-goal.js';
import { koladaClient, KoladaError, type KoladaKpi, type KoladaRequestOptions } from '../../kolada/index.js';

/** What a chart needs from Kolada now. */
export interface KoladaQuery {
  base: string;
  requests: KoladaRequest[];
  /** A KPI whose title the chart needs (a standalone chart). */
  kpi?: string | undefined;
  timeoutMs?: number | undefined;
}

export type KoladaState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; answers: KoladaAnswers; kpi?: KoladaKpi }
  /** Some or all requests failed; `answers` holds the ones that came. */
  | { status: 'error'; answers: KoladaAnswers; kpi?: KoladaKpi; error: KoladaError };

const queryKey = (query: KoladaQuery) =>
  JSON.stringify([query.base, query.requests.map(koladaKey), query.kpi ?? '', query.timeoutMs ?? '']);

function asKoladaError(reason: unknown): KoladaError {
  if (reason instanceof KoladaError) return reason;
  return new KoladaError('network', reason instanceof Error ? reason.message : String(reason), { cause: reason });
}

/**
 * Fetches the Kolada series (and KPI title) a chart needs through the page's shared
 * client, so charts asking in the same task share one request. A new query aborts the
 * last; so does removing the chart while it waits (it asks again when it comes back).
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
    const [settled, kpiResult] = await Promise.all([series, kpi]);
    if (signal.aborted) return;
    const found = new Map<string, readonly AnsweredPoint[]>();
    const times: string[] = [];
    let failure: unknown;
    settled.forEach((result, index) => {
      if (result.status === 'fulfilled') {
        found.set(koladaKey(query.requests[index]!), result.value.points);
        times.push(result.value.fetchedAt);
      } else failure ??= result.reason;
    });
    if (kpiResult && 'reason' in kpiResult) failure ??= kpiResult.reason;
    const fetchedAt = oldest(times);
    const answers: KoladaAnswers = { series: found, ...(fetchedAt ? { fetchedAt } : {}) };
    const title = kpiResult && 'value' in kpiResult ? { kpi: kpiResult.value } : {};
    this.state = failure === undefined ? { status: 'ready', answers, ...title } : { status: 'error', answers, ...title, error: asKoladaError(failure) };
    this.abort = undefined;
    this.host.requestUpdate();
  }
}
