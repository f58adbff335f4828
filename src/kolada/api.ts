// A module of its own, so the provider's default `kolada-base` does not pull the Kolada client
// into a page bundled without charts (only the charts use the client).

/** Kolada's own API, whose paging links a proxy may pass on unchanged. */
export const KOLADA_API = 'https://api.kolada.se/v3';
