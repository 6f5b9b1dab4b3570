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
