import { INITIATIVE_STATUSES, type Area, type Issue } from '../../data/index.js';
import { isInitiativeStatus, isSortOrder, SORT_ORDERS } from '../../initiatives/filter-state.js';

export interface ListAttributes {
  area: string | undefined;
  status: string | undefined;
  sort: string | undefined;
  limit: number | undefined;
}

const quoted = (values: readonly string[]) => values.map((value) => `"${value}"`).join(', ');

/** A `limit` as a page size: a whole number of at least 1, or undefined (no limit). */
export function pageSizeOf(limit: number | undefined): number | undefined {
  return limit !== undefined && Number.isInteger(limit) && limit >= 1 ? limit : undefined;
}

/**
 * What is wrong with the list's own attributes, for the web editor. The area is
 * checked against the data's areas (not when there are none to check against).
 */
export function attributeIssues(attributes: ListAttributes, areas: readonly Area[]): Issue[] {
  const issues: Issue[] = [];
  const area = attributes.area?.trim();
  if (area && areas.length && !areas.some((known) => known.id === area)) {
    issues.push({ path: 'area', message: `the area attribute is "${area}", but the data has no area with that id; known area ids: ${quoted(areas.map((known) => known.id))}` });
  }
  if (attributes.status != null && !isInitiativeStatus(attributes.status)) {
    issues.push({ path: 'status', message: `the status attribute is "${attributes.status}"; expected one of ${quoted(INITIATIVE_STATUSES)}` });
  }
  if (attributes.sort != null && !isSortOrder(attributes.sort)) {
    issues.push({ path: 'sort', message: `the sort attribute is "${attributes.sort}"; expected one of ${quoted(SORT_ORDERS)}` });
  }
  // An attribute that is not a number arrives as NaN.
  if (attributes.limit != null && pageSizeOf(attributes.limit) === undefined) {
    issues.push({ path: 'limit', message: 'the limit attribute is not a whole number of at least 1; write, for example, limit="6"' });
  }
  return issues;
}
