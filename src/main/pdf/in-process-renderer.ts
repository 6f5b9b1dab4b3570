import type { HandoutRenderer } from './handout-renderer';
import { renderHandoutPdf } from './render-handout';
import { renderRecordPdf } from './render-record';

/** Renders on the calling thread: for tests and tools, where nothing else waits on it. */
export function inProcessHandoutRenderer(fontsDirectory: string): HandoutRenderer {
  return {
    start: () => {},
    render: (data, createdAt) => renderHandoutPdf(data, fontsDirectory, createdAt),
    renderRecord: (data, createdAt) => renderRecordPdf(data, fontsDirectory, createdAt),
    close: async () => {},
  };
}
