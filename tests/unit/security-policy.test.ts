import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  isAppPageUrl,
  isSafeExternalUrl,
  isTrustedAppSender,
} from '../../src/main/security-policy';

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
