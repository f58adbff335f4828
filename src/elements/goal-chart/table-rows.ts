import type { DataTable } from '../../chart/table.js';
import type { Spoken } from '../../chart/spoken.js';
import { needsSpokenForm } from './spoken-text.js';

// A long series makes a long table (5 series × 1,000 days: 6,000 cells), and the table is
// there, hidden, before it is opened. One Lit template per row and cell cost several times
// what building the rows does; they are built once per table, every text set as text.

function span(text: string, className?: string, hidden = false): HTMLSpanElement {
  const element = document.createElement('span');
  if (className) element.className = className;
  if (hidden) element.setAttribute('aria-hidden', 'true');
  element.textContent = text;
  return element;
}

/** What a cell holds: its text, or its visible and its spoken form where a screen reader would misread the visible one. */
function cellContent(cell: Spoken | undefined, noValue: string): (Node | string)[] {
  if (!cell) return [span('–', undefined, true), span(noValue, 'visually-hidden')];
  if (!needsSpokenForm(cell)) return [cell.text];
  return [span(cell.text, undefined, true), span(cell.speech, 'visually-hidden')];
}

/** The table's body rows: a header cell with the period, then one cell per column (`noValue` is said for an empty one). */
export function tableRows(table: DataTable, noValue: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const row of table.rows) {
    const tr = document.createElement('tr');
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = row.label;
    tr.append(th);
    for (const cell of row.cells) {
      const td = document.createElement('td');
      td.append(...cellContent(cell, noValue));
      tr.append(td);
    }
    fragment.append(tr);
  }
  return fragment;
}
