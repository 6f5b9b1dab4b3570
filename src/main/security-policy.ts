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

/**
 * Links that may leave the app: web pages over https and email addresses (with at most a
 * subject and body), nothing else.
 */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'mailto:') {
      const address = decodeURIComponent(parsed.pathname);
      const onlyText = [...parsed.searchParams.keys()].every(
        (key) => key === 'subject' || key === 'body',
      );
      return /^[^\s@]+@[^\s@]+$/.test(address) && onlyText;
    }
    return (
      parsed.protocol === 'https:' &&
      parsed.hostname !== '' &&
      parsed.username === '' &&
      parsed.password === ''
    );
  } catch {
    return false;
  }
}

/** Calls are trusted only from the app's own page in the window's top frame. */
export function isTrustedAppSender(
  sender: { url: string; mainFrame: boolean },
  appPageUrl: string,
): boolean {
  return sender.mainFrame && isAppPageUrl(sender.url, appPageUrl);
}

/**
 * Whether a page URL is the app's own renderer: the packaged app's own scheme and host, the
 * built index.html file (any hash route), or, in development and the preview, the server's
 * origin.
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
  if (app.protocol === 'http:' || app.protocol === 'https:') return page.origin === app.origin;
  // URL gives a custom scheme the origin "null" (as it does every other custom scheme), so
  // compare the scheme and host themselves.
  return page.protocol === app.protocol && page.host === app.host && app.host !== '';
}

/** What happens when a frame of the window tries to go to a URL. */
export type NavigationOutcome = 'stay' | 'open-in-browser' | 'refuse';

/**
 * The window only ever shows the app's own page in its top frame. A link to a web page or an
 * email address opens in the system's browser or mail app instead; everything else (other
 * files, other schemes, any frame inside the page) goes nowhere.
 */
export function whereNavigationGoes(
  url: string,
  appPageUrl: string,
  isMainFrame: boolean,
): NavigationOutcome {
  if (!isMainFrame) return 'refuse';
  if (isAppPageUrl(url, appPageUrl)) return 'stay';
  return isSafeExternalUrl(url) ? 'open-in-browser' : 'refuse';
}
