import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { DataTable } from '../../chart/table.js';
import { spokenText } from './spoken-text.js';

export interface DataTableOptions {
  id: string;
  caption: string;
  hidden: boolean;
  /** The `lang` of text from the data, when it differs from the UI's. */
  dataLang: string | undefined;
  /** Said for an empty cell. */
  noValue: string;
}

/**
 * The chart's data as a real table: a caption, a header row and a header cell per
 * row. Its wrapper scrolls sideways when the table is wider than the column, and can
 * then be scrolled with the keyboard.
 */
export function dataTableTemplate(table: DataTable, options: DataTableOptions): TemplateResult {
  const empty = html`<span aria-hidden="true">–</span><span class="visually-hidden">${options.noValue}</span>`;
  return html`<div class="table-wrap" part="table" id=${options.id} role="region" aria-labelledby="${options.id}-caption" tabindex="0" ?hidden=${options.hidden}>
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
      <tbody>${table.rows.map(
        (row) => html`<tr><th scope="row">${row.label}</th>${row.cells.map((cell) => html`<td>${cell ? spokenText(cell) : empty}</td>`)}</tr>`,
      )}</tbody>
    </table>
  </div>`;
}
