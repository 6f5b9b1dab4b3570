import { app, BrowserWindow, protocol, session, shell, type WebContents } from 'electron';
import { answerAppPageRequest, APP_PAGE_URL, APP_SCHEME } from './app-pages';
import {
  developmentContentSecurityPolicy,
  isSafeExternalUrl,
  whereNavigationGoes,
} from './security-policy';

/**
 * Every guard on the renderer lives here: an isolated, sandboxed page with no Node, served
 * from the app's own scheme, a strict CSP, no navigation away, no new windows, no
 * permissions or devices, and outside links only after a check (security-policy.ts decides;
 * this file applies it).
 */

export interface WindowFiles {
  preload: string;
  /** The built renderer's folder, the only files the app's scheme serves. */
  rendererDirectory: string;
}

function isDevelopmentServer(pageUrl: string): boolean {
  return pageUrl.startsWith('http:');
}

/** The URL the window shows: the dev server while developing, otherwise the built renderer. */
export function appPageUrl(): string {
  const devServer = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
  return devServer ?? APP_PAGE_URL;
}

/**
 * Makes the app's scheme behave like https for the page (its own origin, so CSP 'self',
 * modules and the PDF worker work). Electron only accepts this before the app is ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

function openOutside(url: string): void {
  // Vetted first: only https pages and plain mailto addresses reach the system's apps.
  if (isSafeExternalUrl(url)) void shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK: the URL passes isSafeExternalUrl on the line itself
}

function guardContents(contents: WebContents, pageUrl: string): void {
  contents.on('will-navigate', (event) => {
    const outcome = whereNavigationGoes(event.url, pageUrl, event.isMainFrame);
    if (outcome === 'stay') return;
    event.preventDefault();
    if (outcome === 'open-in-browser') openOutside(event.url);
  });
  // Frames inside the page (the app has none) may not go anywhere either.
  contents.on('will-frame-navigate', (event) => {
    if (whereNavigationGoes(event.url, pageUrl, event.isMainFrame) !== 'stay') {
      event.preventDefault();
    }
  });
  contents.on('will-redirect', (event) => {
    if (whereNavigationGoes(event.url, pageUrl, event.isMainFrame) !== 'stay') {
      event.preventDefault();
    }
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // Without this, Chromium would pick the first Bluetooth device on its own.
  contents.on('select-bluetooth-device', (event, _devices, choose) => {
    event.preventDefault();
    choose('');
  });
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
}

/** Answers the app's scheme from the renderer folder, with the CSP on every page. */
function serveAppPages(rendererDirectory: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const answer = await answerAppPageRequest(rendererDirectory, request.url, request.method);
    return new Response(answer.body, { status: answer.status, headers: answer.headers });
  });
}

/** Session-wide rules; call once, after the app is ready and before the first window. */
export function secureSession(pageUrl: string, files: WindowFiles): void {
  if (isDevelopmentServer(pageUrl)) {
    const policy = developmentContentSecurityPolicy(new URL(pageUrl).origin);
    session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
      callback({
        // The scan cannot read the policy through a variable; its rules have unit tests.
        responseHeaders: /* eng-disable CSP_GLOBAL_CHECK: see security-policy.test.ts */ {
          ...details.responseHeaders,
          'Content-Security-Policy': [policy],
          'X-Content-Type-Options': ['nosniff'],
        },
      });
    });
  } else {
    serveAppPages(files.rendererDirectory);
  }
  // The app needs no camera, microphone, location, notifications, clipboard reading or
  // devices: every request and check is refused.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.setDevicePermissionHandler(() => false);
  session.defaultSession.setDisplayMediaRequestHandler((_request, callback) => callback({}));
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
      preload: files.preload, // eng-disable PRELOAD_JS_CHECK: it exposes one invoke per contract method, nothing of Electron or Node
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // A middle click on a link would otherwise ask for a new window (refused anyway).
      disableBlinkFeatures: 'Auxclick',
      // The packaged app has no developer tools: nobody at the clinic computer needs them.
      devTools: !app.isPackaged,
      spellcheck: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(pageUrl);
  return window;
}
