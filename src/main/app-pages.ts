import { readRendererFile } from './preview/static-files';
import { CONTENT_SECURITY_POLICY } from './security-policy';

/**
 * The desktop window shows the built renderer from the app's own scheme rather than file://:
 * a file:// page is trusted with every other file on the disk, while this scheme answers only
 * for the renderer's own folder (Electron's checklist: "avoid usage of the file:// protocol").
 */
export const APP_SCHEME = 'stride';
const APP_HOST = 'app';

/** The page the packaged window loads; the app routes with the URL hash from there. */
export const APP_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

export interface AppPageAnswer {
  status: number;
  headers: Record<string, string>;
  body: Buffer | null;
}

const NOT_FOUND: AppPageAnswer = { status: 404, headers: {}, body: null };

/**
 * What the app's scheme answers to one request: a file of the built renderer, with the same
 * CSP as its meta tag, or "not found" for anything else (another host, a write, a path out
 * of the folder, a file type the renderer does not have).
 */
export async function answerAppPageRequest(
  rendererDirectory: string,
  requestUrl: string,
  method: string,
): Promise<AppPageAnswer> {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return NOT_FOUND;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return NOT_FOUND;
  if (method !== 'GET' && method !== 'HEAD') return NOT_FOUND;
  const file = await readRendererFile(rendererDirectory, url.pathname);
  if (!file) return NOT_FOUND;
  return {
    status: 200,
    headers: {
      'Content-Type': file.contentType,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    },
    body: method === 'HEAD' ? null : file.body,
  };
}
