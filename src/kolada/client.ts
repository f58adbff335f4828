// The Kolada client the charts share: batched, deduplicated, cached requests to API v3.
import { Batcher, type WaitOptions } from './batch.js';
import { KoladaCache, removeStored, sessionStore, STORAGE_PREFIX, type CacheStorage } from './cache.js';
import { abortReason, KoladaError, timeoutError } from './errors.js';
import { chunks, distinctSorted, koladaId } from './ids.js';
import { getAllValues, KOLADA_API } from './pages.js';
import {
  isKpi,
  isMunicipality,
  isPointList,
  kpisFromValues,
  municipalitiesFromValues,
  pairId,
  seriesFromRows,
  type KoladaKpi,
  type KoladaMunicipality,
  type KoladaPoint,
} from './rows.js';

/** A series from Kolada: its points (a year each, sorted) and when Kolada was asked (ISO timestamp). */
export interface KoladaSeries {
  points: KoladaPoint[];
  fetchedAt: string;
}

export interface KoladaRequestOptions {
  /** Aborting rejects this call only; the request to Kolada stops when no call waits for it. */
  signal?: AbortSignal;
  /** Give up after this many milliseconds (default: the client's `timeoutMs`). */
  timeoutMs?: number;
}

export interface KoladaClientOptions {
  /** How long a call waits for Kolada, in milliseconds (default 10 000). */
  timeoutMs?: number;
  /** The cap on the wait a 429's `Retry-After` asks for, in milliseconds (default 3 000). */
  maxRetryAfterMs?: number;
  /** Where answers are kept between pages of a visit (default: sessionStorage; null: memory only). */
  storage?: CacheStorage | null;
  /** Answers older than this are fetched again, in milliseconds (default 24 h). */
  maxAgeMs?: number;
  /** The clock, in milliseconds since 1970. */
  now?: () => number;
}

export const KOLADA_TIMEOUT_MS = 10_000;

interface SeriesKey {
  kpi: string;
  municipality: string;
}

const seriesId = (key: SeriesKey) => pairId(key.kpi, key.municipality);

/** Kolada's metadata endpoints (`{base}/kpi/{ids}`, `{base}/municipality/{ids}`): what each answers, how to read it and what the id is called. */
interface MetadataKind<V> {
  path: 'kpi' | 'municipality';
  what: 'KPI' | 'municipality';
  read: (values: readonly unknown[]) => Map<string, V>;
  is: (value: unknown) => value is V;
}

const KPI_METADATA: MetadataKind<KoladaKpi> = { path: 'kpi', what: 'KPI', read: kpisFromValues, is: isKpi };
const MUNICIPALITY_METADATA: MetadataKind<KoladaMunicipality> = { path: 'municipality', what: 'municipality', read: municipalitiesFromValues, is: isMunicipality };

/**
 * Splits the waiting series into requests of at most 25 KPIs and 25 municipalities each.
 * One request answers every KPI × municipality in it, so a page's charts (many KPIs,
 * a few municipalities) usually need a single request.
 */
function groupSeries(keys: SeriesKey[]): SeriesKey[][] {
  const groups: SeriesKey[][] = [];
  for (const kpis of chunks(distinctSorted(keys.map((key) => key.kpi)))) {
    for (const municipalities of chunks(distinctSorted(keys.map((key) => key.municipality)))) {
      const group = keys.filter((key) => kpis.includes(key.kpi) && municipalities.includes(key.municipality));
      if (group.length) groups.push(group);
    }
  }
  return groups;
}

/** The base URL without trailing slashes; an empty one means Kolada itself. */
function normalizeBase(base: string): string {
  return base.trim().replace(/\/+$/, '') || KOLADA_API;
}

function copySeries(series: KoladaSeries): KoladaSeries {
  return { points: series.points.map((point) => ({ ...point })), fetchedAt: series.fetchedAt };
}

export class KoladaClient {
  /** Kolada's API v3 or a proxy or mirror of it. */
  readonly base: string;
  private readonly options: KoladaClientOptions;
  private readonly cache: KoladaCache;
  private readonly storage: CacheStorage | null;
  private readonly now: () => number;
  private readonly seriesBatcher: Batcher<SeriesKey, KoladaSeries>;
  private readonly kpiBatcher: Batcher<string, KoladaKpi>;
  private readonly municipalityBatcher: Batcher<string, KoladaMunicipality>;

  constructor(base: string = KOLADA_API, options: KoladaClientOptions = {}) {
    this.base = normalizeBase(base);
    this.options = options;
    this.now = options.now ?? Date.now;
    this.storage = options.storage === undefined ? sessionStore() : options.storage;
    this.cache = new KoladaCache({
      scope: this.base,
      storage: this.storage,
      now: this.now,
      ...(options.maxAgeMs === undefined ? {} : { maxAgeMs: options.maxAgeMs }),
    });
    this.seriesBatcher = new Batcher({
      idOf: seriesId,
      group: groupSeries,
      load: (keys, signal) => this.loadSeries(keys, signal),
      // loadSeries answers every key it is given.
      missing: (key) => new KoladaError('invalid', `Kolada sent nothing for ${seriesId(key)}.`),
    });
    this.kpiBatcher = this.metadataBatcher(KPI_METADATA);
    this.municipalityBatcher = this.metadataBatcher(MUNICIPALITY_METADATA);
  }

  /**
   * The series of one KPI for one municipality (`0000` is the whole country): gender `T`,
   * without missing or deleted values, sorted by year. Calls in the same tick share requests.
   */
  series(kpi: string, municipality: string, options: KoladaRequestOptions = {}): Promise<KoladaSeries> {
    let key: SeriesKey;
    try {
      key = { kpi: koladaId(kpi, 'KPI'), municipality: koladaId(municipality, 'municipality') };
    } catch (error) {
      return Promise.reject(error);
    }
    if (options.signal?.aborted) return Promise.reject(abortReason(options.signal));
    const cached = this.cache.get(`data|${seriesId(key)}`, isPointList);
    if (cached) return Promise.resolve(copySeries({ points: cached.value, fetchedAt: cached.fetchedAt }));
    return this.seriesBatcher.request(key, this.waitOptions(options)).then(copySeries);
  }

  /** A KPI's title and description; rejects with a `not-found` KoladaError when Kolada does not know the id. */
  kpi(id: string, options: KoladaRequestOptions = {}): Promise<KoladaKpi> {
    return this.metadata(KPI_METADATA, this.kpiBatcher, id, options);
  }

  /** A municipality's name (`0000`: "Riket"); rejects with a `not-found` KoladaError when Kolada does not know the id. */
  municipality(id: string, options: KoladaRequestOptions = {}): Promise<KoladaMunicipality> {
    return this.metadata(MUNICIPALITY_METADATA, this.municipalityBatcher, id, options);
  }

  /** Forgets this client's answers, in memory and in sessionStorage. */
  clearCache(): void {
    this.cache.clearMemory();
    removeStored(this.storage, `${STORAGE_PREFIX}${this.base}|`);
  }

  private waitOptions(options: KoladaRequestOptions): WaitOptions {
    const timeoutMs = options.timeoutMs ?? this.options.timeoutMs ?? KOLADA_TIMEOUT_MS;
    return { ...(options.signal ? { signal: options.signal } : {}), timeoutMs, timeoutError: () => timeoutError(timeoutMs) };
  }

  private getAll(url: string, signal: AbortSignal): Promise<unknown[]> {
    const { maxRetryAfterMs } = this.options;
    return getAllValues(url, this.base, { signal, ...(maxRetryAfterMs === undefined ? {} : { maxRetryAfterMs }) });
  }

  private async loadSeries(keys: SeriesKey[], signal: AbortSignal): Promise<Map<string, KoladaSeries>> {
    const kpis = distinctSorted(keys.map((key) => key.kpi)).join(',');
    const municipalities = distinctSorted(keys.map((key) => key.municipality)).join(',');
    const rows = await this.getAll(`${this.base}/data/kpi/${kpis}/municipality/${municipalities}`, signal);
    const fetchedAt = new Date(this.now()).toISOString();
    const found = seriesFromRows(rows);
    const answers = new Map<string, KoladaSeries>();
    for (const key of keys) {
      const id = seriesId(key);
      // No rows is an answer too: Kolada has no figures for that pair.
      const points = found.get(id) ?? [];
      this.cache.set(`data|${id}`, { value: points, fetchedAt });
      answers.set(id, { points, fetchedAt });
    }
    return answers;
  }

  private metadataBatcher<V>(kind: MetadataKind<V>): Batcher<string, V> {
    return new Batcher({
      idOf: (id) => id,
      group: (ids) => chunks(distinctSorted(ids)),
      load: (ids, signal) => this.loadMetadata(kind, ids, signal),
      missing: (id) => new KoladaError('not-found', `Kolada has no ${kind.what} "${id}".`),
    });
  }

  private metadata<V extends object>(kind: MetadataKind<V>, batcher: Batcher<string, V>, text: string, options: KoladaRequestOptions): Promise<V> {
    let id: string;
    try {
      id = koladaId(text, kind.what);
    } catch (error) {
      return Promise.reject(error);
    }
    if (options.signal?.aborted) return Promise.reject(abortReason(options.signal));
    const cached = this.cache.get(`${kind.path}|${id}`, kind.is);
    if (cached) return Promise.resolve({ ...cached.value });
    return batcher.request(id, this.waitOptions(options)).then((value) => ({ ...value }));
  }

  private async loadMetadata<V>(kind: MetadataKind<V>, ids: string[], signal: AbortSignal): Promise<Map<string, V>> {
    const values = await this.getAll(`${this.base}/${kind.path}/${distinctSorted(ids).join(',')}`, signal);
    const fetchedAt = new Date(this.now()).toISOString();
    const found = kind.read(values);
    for (const id of ids) {
      const value = found.get(id);
      if (value) this.cache.set(`${kind.path}|${id}`, { value, fetchedAt });
    }
    return found;
  }
}

// One client per base URL, so every chart on a page shares its requests and cache.
const shared = new Map<string, KoladaClient>();

/** The page's shared client for `base` (Kolada's API v3 or a proxy or mirror of it). */
export function koladaClient(base: string = KOLADA_API): KoladaClient {
  const key = normalizeBase(base);
  let client = shared.get(key);
  if (!client) {
    client = new KoladaClient(key);
    shared.set(key, client);
  }
  return client;
}

/** Forgets every cached Kolada answer: the shared clients' memory and sessionStorage. For tests. */
export function clearKoladaCache(): void {
  for (const client of shared.values()) client.clearCache();
  removeStored(sessionStore());
}
