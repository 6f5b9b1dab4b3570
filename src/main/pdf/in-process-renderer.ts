import type { HandoutRenderer } from './handout-renderer';
import { renderHandoutPdf } from './render-handout';

/** Renders on the calling thread: for tests and tools, where nothing else waits on it. */
export function inProcessHandoutRenderer(fontsDirectory: string): HandoutRenderer {
  return {
    start: () => {},
    render: (data, createdAt) => renderHandoutPdf(data, fontsDirectory, createdAt),
    close: async () => {},
  };
}
