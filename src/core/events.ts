import type { Issue, Strategy } from '../data/index.js';

export interface VagvalLoadDetail {
  /** The validated data. */
  strategy: Strategy;
}

export interface VagvalErrorDetail {
  /** Human-readable summary, in English, for the page's developer or editor. */
  message: string;
  /** Each problem with its place in the data, e.g. `areas[1].goals[0].series[2].value`. */
  issues: Issue[];
}

export interface VagvalFilterChangeDetail {
  area?: string;
  status?: string;
  query?: string;
  sort?: string;
}

export interface VagvalFeedbackDetail {
  answer: 'yes' | 'no';
  /** The page URL without query string and fragment. */
  page: string;
  comment?: string;
}

interface VagvalEventDetails {
  'vagval-load': VagvalLoadDetail;
  'vagval-error': VagvalErrorDetail;
  'vagval-filter-change': VagvalFilterChangeDetail;
  'vagval-feedback': VagvalFeedbackDetail;
}

export type VagvalEventName = keyof VagvalEventDetails;

/** Creates one of the library's events: a bubbling, composed `CustomEvent`. */
export function vagvalEvent<N extends VagvalEventName>(name: N, detail: VagvalEventDetails[N]): CustomEvent<VagvalEventDetails[N]> {
  return new CustomEvent(name, { detail, bubbles: true, composed: true });
}

declare global {
  interface HTMLElementEventMap {
    'vagval-load': CustomEvent<VagvalLoadDetail>;
    'vagval-error': CustomEvent<VagvalErrorDetail>;
    'vagval-filter-change': CustomEvent<VagvalFilterChangeDetail>;
    'vagval-feedback': CustomEvent<VagvalFeedbackDetail>;
  }
}
