import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  isAppPageUrl,
  isSafeExternalUrl,
  isTrustedAppSender,
  whereNavigationGoes,
} from '../../src/main/security-policy';
import { APP_PAGE_URL } from '../../src/main/app-pages';

describe('links that may leave the app', () => {
  it('allows https pages and mailto addresses', () => {
    expect(isSafeExternalUrl('https://www.example.org/runners')).toBe(true);
    expect(isSafeExternalUrl('mailto:clinic@example.org')).toBe(true);
    expect(isSafeExternalUrl('mailto:clinic@example.org?subject=Hi&body=Thanks')).toBe(true);
  });

  it('refuses everything else', () => {
    for (const url of [
      'http://example.org',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://server/share',
      'https://user:pass@example.org',
      'mailto:not an address',
      'mailto:%E0%A4%A',
      'mailto:a@example.org?attach=/etc/passwd',
      'not a url',
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
  });
});

describe('which pages are the app itself', () => {
  it('accepts the built page with any route and refuses other files', () => {
    const app = 'file:///opt/stride/out/renderer/index.html';
    expect(isAppPageUrl('file:///opt/stride/out/renderer/index.html#/patients/1', app)).toBe(true);
    expect(isAppPageUrl('file:///tmp/evil.html', app)).toBe(false);
    expect(isAppPageUrl('https://example.org', app)).toBe(false);
  });

  it('compares origins for the dev server and the preview', () => {
    expect(isAppPageUrl('http://127.0.0.1:5173/#/x', 'http://127.0.0.1:5173')).toBe(true);
    expect(isAppPageUrl('http://127.0.0.1:5174', 'http://127.0.0.1:5173')).toBe(false);
    expect(isAppPageUrl('', 'http://127.0.0.1:5173')).toBe(false);
  });
});

describe("the packaged app's own scheme", () => {
  it('is the app page on any route, and no other scheme or host is', () => {
    expect(APP_PAGE_URL).toBe('stride://app/index.html');
    expect(isAppPageUrl('stride://app/index.html#/patients/1', APP_PAGE_URL)).toBe(true);
    for (const url of [
      'stride://other/index.html',
      'evil://app/index.html',
      // Custom schemes all have the origin "null": that must not make them equal.
      'evil://x/',
      'file:///opt/stride/out/renderer/index.html',
      'https://app/index.html',
      'about:blank',
    ]) {
      expect(isAppPageUrl(url, APP_PAGE_URL), url).toBe(false);
    }
  });

  it('trusts calls from its top frame only', () => {
    expect(isTrustedAppSender({ url: `${APP_PAGE_URL}#/`, mainFrame: true }, APP_PAGE_URL)).toBe(
      true,
    );
    expect(isTrustedAppSender({ url: APP_PAGE_URL, mainFrame: false }, APP_PAGE_URL)).toBe(false);
    expect(isTrustedAppSender({ url: 'evil://app/', mainFrame: true }, APP_PAGE_URL)).toBe(false);
  });
});

describe('where the window may go', () => {
  it('stays on its own page, in its top frame only', () => {
    expect(whereNavigationGoes(`${APP_PAGE_URL}#/settings`, APP_PAGE_URL, true)).toBe('stay');
    expect(whereNavigationGoes(`${APP_PAGE_URL}#/settings`, APP_PAGE_URL, false)).toBe('refuse');
  });

  it('sends web pages and email addresses to the system, and nothing else', () => {
    expect(whereNavigationGoes('https://www.example.org/', APP_PAGE_URL, true)).toBe(
      'open-in-browser',
    );
    expect(whereNavigationGoes('mailto:clinic@example.org', APP_PAGE_URL, true)).toBe(
      'open-in-browser',
    );
    // A frame inside the page never opens anything, not even a safe link.
    expect(whereNavigationGoes('https://www.example.org/', APP_PAGE_URL, false)).toBe('refuse');
    for (const url of [
      'http://example.org/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'stride://elsewhere/index.html',
      'data:text/html,<script>1</script>',
      'ms-msdt:/id PCWDiagnostic',
      '',
    ]) {
      expect(whereNavigationGoes(url, APP_PAGE_URL, true), url).toBe('refuse');
    }
  });
});

describe('which calls the desktop app trusts', () => {
  const app = 'file:///opt/stride/out/renderer/index.html';
  it('trusts only its own page in the top frame', () => {
    expect(isTrustedAppSender({ url: `${app}#/patients`, mainFrame: true }, app)).toBe(true);
    expect(isTrustedAppSender({ url: `${app}#/patients`, mainFrame: false }, app)).toBe(false);
    expect(isTrustedAppSender({ url: 'https://example.org/', mainFrame: true }, app)).toBe(false);
    expect(isTrustedAppSender({ url: '', mainFrame: true }, app)).toBe(false);
  });
});

describe('content security policy', () => {
  it('allows only our own scripts, with no inline code or eval', () => {
    const scriptSources = /script-src ([^;]+)/.exec(CONTENT_SECURITY_POLICY)?.[1];
    expect(scriptSources).toBe("'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });
});
