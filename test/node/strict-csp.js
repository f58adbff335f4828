// The Content Security Policy README.md tells a page to send; keep the two the same.
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; connect-src 'self' https://api.kolada.se; object-src 'none'; base-uri 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/** The same policy for a page that loads the script from another origin (README: "add the CDN's origin"). */
export const strictCspWithScriptsFrom = (origin) => STRICT_CSP.replace("script-src 'self'", `script-src 'self' ${origin}`);
