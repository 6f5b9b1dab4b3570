import { Worker } from 'node:worker_threads';
import type { HandoutRenderer } from './handout-renderer';
import type { HandoutJob, HandoutJobResult } from './worker-messages';

interface Pending {
  resolve: (pdf: Buffer) => void;
  reject: (error: Error) => void;
}

/**
 * Renders handouts in one long-lived worker thread (fonts stay loaded between handouts). A
 * worker that dies fails the renders in flight with a message and is started again next time.
 */
export function workerHandoutRenderer(workerFile: string, fontsDirectory: string): HandoutRenderer {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  function failAll(error: Error) {
    for (const job of pending.values()) job.reject(error);
    pending.clear();
    worker = null;
  }

  function started(): Worker {
    if (worker) return worker;
    const created = new Worker(workerFile, {
      workerData: { fontsDirectory },
      // React's production build: the development one checks every element, at a cost.
      env: { ...process.env, NODE_ENV: 'production' },
      // One render leaves tens of megabytes of short-lived objects; room for them in the young
      // generation means fewer collections (about a tenth faster than the default here).
      resourceLimits: { maxYoungGenerationSizeMb: 128 },
    });
    created.on('message', (result: HandoutJobResult) => {
      const job = pending.get(result.id);
      if (!job) return;
      pending.delete(result.id);
      if (pending.size === 0) created.unref();
      if ('error' in result) job.reject(new Error(result.error));
      else
        job.resolve(Buffer.from(result.pdf.buffer, result.pdf.byteOffset, result.pdf.byteLength));
    });
    created.on('error', (error) => failAll(error));
    created.on('exit', (code) => {
      if (worker === created) failAll(new Error(`The handout renderer stopped (code ${code}).`));
    });
    // An idle worker must not keep the app (or a test run) alive; one at work does.
    created.unref();
    worker = created;
    return created;
  }

  function send(job: HandoutJob): Promise<Buffer> {
    return new Promise<Buffer>((resolve, reject) => {
      pending.set(job.id, { resolve, reject });
      const worker = started();
      worker.ref();
      worker.postMessage(job);
    });
  }

  return {
    start() {
      started();
    },
    render(data, createdAt) {
      return send({ id: nextId++, kind: 'handout', data, createdAt: createdAt.toISOString() });
    },
    renderRecord(data, createdAt) {
      return send({ id: nextId++, kind: 'record', data, createdAt: createdAt.toISOString() });
    },
    async close() {
      const running = worker;
      worker = null;
      if (running) await running.terminate();
      failAll(new Error('The handout renderer was closed.'));
    },
  };
}
