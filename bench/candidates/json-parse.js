// The data step of every peer: JSON.parse, no validation.
export const label = 'JSON.parse alone (every peer)';

export const parse = (text) => JSON.parse(text);
