import { safeUrl } from '../format/url.js';

// One address, no list: a comma, `?` or `&` would smuggle recipients or headers into the link.
const EMAIL = /^[^\s@?#&,;:<>()[\]\\"'%/]+@[^\s@?#&,;:<>()[\]\\"'%/]+$/;

/** A single e-mail address (a leading `mailto:` is allowed), trimmed; `undefined` when it is not one. */
export function emailAddress(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const address = value.trim().replace(/^mailto:/i, '');
  return EMAIL.test(address) ? address : undefined;
}

/**
 * A `mailto:` link with a subject and a body, encoded as RFC 6068 asks
 * (`%20` for spaces, `%0D%0A` for line breaks); `undefined` for a bad address.
 */
export function mailtoHref(email: unknown, subject: string, body: string): string | undefined {
  const address = emailAddress(email);
  if (!address) return undefined;
  const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
  return `mailto:${address}?subject=${encode(subject)}&body=${encode(body)}`;
}

/**
 * The address of a comment form with the page's URL added as the parameter `param`,
 * resolved against `base`. Only for a URL the contract allows; a `mailto:` or `tel:`
 * address is returned unchanged, since it takes no page parameter.
 */
export function commentFormHref(href: unknown, param: string, page: string | undefined, base: string): string | undefined {
  const safe = safeUrl(href);
  if (safe === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(safe, base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return safe;
  const name = param.trim();
  if (name && page) url.searchParams.set(name, page);
  return url.href;
}

/** An endpoint for answers: an `http:`/`https:` or relative URL, resolved against `base`; `undefined` otherwise. */
export function endpointUrl(value: unknown, base: string): string | undefined {
  const safe = safeUrl(value);
  if (safe === undefined) return undefined;
  try {
    const url = new URL(safe, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
