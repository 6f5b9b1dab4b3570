import { app, BrowserWindow, session, shell, type WebContents } from 'electron';
import { pathToFileURL } from 'node:url';
import {
  CONTENT_SECURITY_POLICY,
  developmentContentSecurityPolicy,
  isAppPageUrl,
  isSafeExternalUrl,
} from './security-policy';

/**
 * Every guard on the renderer lives here: an isolated, sandboxed page with no Node, a strict
 * CSP, no navigation away, no new windows, no permissions, and outside links only after a check.
 */

export interface WindowFiles {
  preload: string;
  rendererIndex: string;
}

/** The URL the window shows: the dev server while developing, otherwise the built file. */
export function appPageUrl(files: WindowFiles): string {
  const devServer = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
  return devServer ?? pathToFileURL(files.rendererIndex).href;
}

function openOutside(url: string): void {
  if (isSafeExternalUrl(url)) void shell.openExternal(url);
}

function guardContents(contents: WebContents, pageUrl: string): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppPageUrl(url, pageUrl)) {
      event.preventDefault();
      openOutside(url);
    }
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppPageUrl(url, pageUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
}

/** Session-wide rules; call once, before the first window. */
export function secureSession(pageUrl: string): void {
  const policy = pageUrl.startsWith('file:')
    ? CONTENT_SECURITY_POLICY
    : developmentContentSecurityPolicy(new URL(pageUrl).origin);
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [policy],
        'X-Content-Type-Options': ['nosniff'],
      },
    });
  });
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  session.defaultSession.setPermissionCheckHandler(() => false);
  app.on('web-contents-created', (_event, contents) => guardContents(contents, pageUrl));
}

export function createMainWindow(files: WindowFiles, pageUrl: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 840,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: 'Stride Clinic',
    backgroundColor: '#f8f9fa',
    webPreferences: {
      preload: files.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(pageUrl);
  return window;
}
