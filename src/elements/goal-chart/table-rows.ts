import type { DataTable, DataTableCell } from '../../chart/table.js';
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
function valueCell(value: DataTableCell, spokenToo: boolean): HTMLTableCellElement {
  const cell = document.createElement('td');
  if (spokenToo) cell.append(span(value.text), span(value.speech, 'visually-hidden'));
  else cell.textContent = value.text;
  return cell;
}

/** The table's body rows: a header cell with the period, then one cell per column (`noValue` is said for an empty one). */
export function tableRows(table: DataTable, noValue: string): DocumentFragment {
  // An empty cell shows a dash and says `noValue`; a column that has few values has many of them.
  const empty = document.createElement('td');
  empty.append(span('–'), span(noValue, 'visually-hidden'));
  // Equal values share one cell object (see `dataTable`), and a long series repeats its
  // values: whether a value needs its spoken form is decided once per distinct cell.
  const spokenToo = new Map<DataTableCell, boolean>();
  const fragment = document.createDocumentFragment();
  for (const row of table.rows) {
    const tr = document.createElement('tr');
    const header = document.createElement('th');
    header.scope = 'row';
    header.textContent = row.label;
    tr.appendChild(header);
    for (const value of row.cells) {
      if (!value) {
        tr.appendChild(empty.cloneNode(true));
        continue;
      }
      let spoken = spokenToo.get(value);
      if (spoken === undefined) spokenToo.set(value, (spoken = needsSpokenForm(value)));
      tr.appendChild(valueCell(value, spoken));
    }
    fragment.appendChild(tr);
  }
  return fragment;
}
