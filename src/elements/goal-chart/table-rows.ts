import type { DataTable } from '../../chart/table.js';
import type { Spoken } from '../../chart/spoken.js';
import { needsSpokenForm } from './spoken-text.js';

// A long series makes a long table (5 series × 1,000 days: 6,000 cells), and the table is
// there, hidden, before it is opened. One Lit template per row and cell cost several times
// what building the rows does; they are built once per table, every text set as text.
// Each row is a clone of an empty one (one call for its cells, not one per cell), and a
// cell's content that is more than its text is built once and cloned for every cell with it.
// An empty cell is no more than its class: the style sheet draws its dash and gives it its
// words for screen readers (a column with one value, a dated target's, has a thousand).

function span(text: string, className?: string): HTMLSpanElement {
  const element = document.createElement('span');
  if (className) element.className = className;
  else element.setAttribute('aria-hidden', 'true');
  element.textContent = text;
  return element;
}

/** The visible and the spoken form, each for its readers. */
function twoForms(shown: string, said: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  fragment.append(span(shown), span(said, 'visually-hidden'));
  return fragment;
}

/** The table's body rows: a header cell with the period, then one cell per column (class `no-value` where it has none). */
export function tableRows(table: DataTable): DocumentFragment {
  const emptyRow = document.createElement('tr');
  const header = document.createElement('th');
  header.scope = 'row';
  emptyRow.append(header, ...table.columns.map(() => document.createElement('td')));
  // Values whose two forms differ, by cell (the table's cells are shared by value): both
  // forms to clone where a screen reader would misread the shown one, else undefined.
  const spokenForms = new Map<Spoken, DocumentFragment | undefined>();
  const fragment = document.createDocumentFragment();
  // Indexed loops: for...of allocates a step object per row and cell until the engine optimises it.
  for (let rowIndex = 0; rowIndex < table.rows.length; rowIndex++) {
    const row = table.rows[rowIndex]!;
    const tr = emptyRow.cloneNode(true) as HTMLTableRowElement;
    let cell = tr.firstChild as HTMLTableCellElement;
    cell.textContent = row.label;
    for (let column = 0; column < row.cells.length; column++) {
      const value = row.cells[column];
      cell = cell.nextSibling as HTMLTableCellElement;
      if (!value) {
        cell.className = 'no-value';
        continue;
      }
      // Most values are said as shown (one string for both): no lookup for them.
      if (value.text === value.speech) {
        cell.textContent = value.text;
        continue;
      }
      let forms = spokenForms.get(value);
      if (forms === undefined && !spokenForms.has(value)) {
        forms = needsSpokenForm(value) ? twoForms(value.text, value.speech) : undefined;
        spokenForms.set(value, forms);
      }
      if (forms) cell.appendChild(forms.cloneNode(true));
      else cell.textContent = value.text;
    }
    fragment.appendChild(tr);
  }
  return fragment;
}
