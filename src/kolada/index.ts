// Kolada (https://www.kolada.se), the open database of municipal key figures: the client the
// charts share and the merge of its figures with a data file's. No elements here.
export { clearKoladaCache, KOLADA_TIMEOUT_MS, KoladaClient, koladaClient, type KoladaClientOptions, type KoladaRequestOptions, type KoladaSeries } from './client.js';
export { KoladaError, type KoladaErrorKind } from './errors.js';
export { mergeSeries } from './merge.js';
export { KOLADA_API } from './pages.js';
export type { KoladaKpi, KoladaMunicipality, KoladaPoint } from './rows.js';
