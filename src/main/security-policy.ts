/**
 * The security rules for the renderer, kept free of Electron so they can be unit tested and
 * shared by the desktop window, the build (CSP meta tag) and the browser preview (CSP header).
 */

/** Content-Security-Policy for the app's pages: only our own scripts, no eval, no remote loads. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  // Mantine sets inline style attributes and CSS variables; no inline scripts are allowed.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

/** The development server needs its hot-reload socket and inline preamble; never in a build. */
export function developmentContentSecurityPolicy(devServerOrigin: string): string {
  const socket = devServerOrigin.replace(/^http/, 'ws');
  return CONTENT_SECURITY_POLICY.replace(
    "script-src 'self'",
    "script-src 'self' 'unsafe-inline'",
  ).replace("connect-src 'self'", `connect-src 'self' ${socket}`);
}

/** Links that may leave the app: web pages over https and email addresses, nothing else. */
export function isSafeExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'mailto:')
    return /^[^\s@]+@[^\s@]+$/.test(decodeURIComponent(parsed.pathname));
  return (
    parsed.protocol === 'https:' &&
    parsed.hostname !== '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/**
 * Whether a page URL is the app's own renderer: the built index.html file (any hash route) or,
 * in development, the dev server's origin.
 */
export function isAppPageUrl(url: string, appPageUrl: string): boolean {
  let page: URL;
  let app: URL;
  try {
    page = new URL(url);
    app = new URL(appPageUrl);
  } catch {
    return false;
  }
  if (app.protocol === 'file:') return page.protocol === 'file:' && page.pathname === app.pathname;
  return page.origin === app.origin;
}
