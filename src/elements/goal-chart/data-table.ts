import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref, type RefOrCallback } from 'lit/directives/ref.js';
import type { DataTable } from '../../chart/table.js';
import { cssString, customProperties } from '../../core/custom-properties.js';
import { tableRows } from './table-rows.js';

export interface DataTableOptions {
  id: string;
  caption: string;
  hidden: boolean;
  /** The `lang` of text from the data, when it differs from the UI's. */
  dataLang: string | undefined;
  /** Said for an empty cell (the style sheet shows a dash). */
  noValue: string;
  /** The table is wider than its box: the box scrolls, by keyboard too. */
  scrolls: boolean;
  /** Given the box, to measure whether it scrolls. */
  box: RefOrCallback;
}

/**
 * The chart's data as a real table: a caption, a header row and a header cell per
 * row. Its wrapper scrolls sideways when the table is wider than the column, and is
 * then a region named by the caption that the keyboard reaches and scrolls (not
 * before: a tab stop and a landmark that do nothing). The rows are built again only
 * for a new table.
 */
export function dataTableTemplate(table: DataTable, options: DataTableOptions): TemplateResult {
  const { scrolls } = options;
  return html`<div
    class="table-wrap"
    part="table"
    id=${options.id}
    role=${ifDefined(scrolls ? 'region' : undefined)}
    aria-labelledby=${ifDefined(scrolls ? `${options.id}-caption` : undefined)}
    tabindex=${ifDefined(scrolls ? '0' : undefined)}
    ?hidden=${options.hidden}
    ${customProperties({ '--_no-value': cssString(options.noValue) })}
    ${ref(options.box)}
  >
    <table>
      <caption id="${options.id}-caption" lang=${ifDefined(options.dataLang)}>${options.caption}</caption>
      <thead>
        <tr><th scope="col">${table.periodHeader}</th>${table.columns.map(
          (column) =>
            html`<th scope="col"><span lang=${ifDefined(column.fromData ? options.dataLang : undefined)}>${column.label}</span>${table.unit
                ? html` <span class="unit" lang=${ifDefined(options.dataLang)}>(${table.unit})</span>`
                : nothing}</th>`,
        )}</tr>
      </thead>
      <tbody>${guard([table], () => tableRows(table))}</tbody>
    </table>
  </div>`;
}
