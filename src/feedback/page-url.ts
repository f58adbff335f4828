/**
 * The page's address as it may be sent or shown in feedback: without query
 * string, fragment or user name and password, since those can hold personal data
 * (a search term, a case number, a login token). `undefined` when not a URL.
 */
export function cleanPageUrl(href: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  url.search = '';
  url.hash = '';
  url.username = '';
  url.password = '';
  return url.href;
}
