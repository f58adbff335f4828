import type { DataTable } from '../../chart/table.js';
import type { Spoken } from '../../chart/spoken.js';
import { needsSpokenForm } from './spoken-text.js';

// A long series makes a long table (5 series × 1,000 days: 6,000 cells), and the table is
// there, hidden, before it is opened. One Lit template per row and cell cost several times
// what building the rows does; they are built once per table, every text set as text.

function span(text: string, className?: string): HTMLSpanElement {
  const element = document.createElement('span');
  if (className) element.className = className;
  else element.setAttribute('aria-hidden', 'true');
  element.textContent = text;
  return element;
}

/** A cell with its value, or its visible and its spoken form where a screen reader would misread the visible one. */
function valueCell(value: Spoken): HTMLTableCellElement {
  const cell = document.createElement('td');
  if (needsSpokenForm(value)) cell.append(span(value.text), span(value.speech, 'visually-hidden'));
  else cell.textContent = value.text;
  return cell;
}

/** The table's body rows: a header cell with the period, then one cell per column (`noValue` is said for an empty one). */
export function tableRows(table: DataTable, noValue: string): DocumentFragment {
  // An empty cell shows a dash and says `noValue`; a column that has few values has many of them.
  const empty = document.createElement('td');
  empty.append(span('–'), span(noValue, 'visually-hidden'));
  const fragment = document.createDocumentFragment();
  for (const row of table.rows) {
    const header = document.createElement('th');
    header.scope = 'row';
    header.textContent = row.label;
    const tr = document.createElement('tr');
    tr.append(header, ...row.cells.map((cell) => (cell ? valueCell(cell) : empty.cloneNode(true))));
    fragment.append(tr);
  }
  return fragment;
}
