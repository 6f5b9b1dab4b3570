import { cpSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './src/main/security-policy';

/** The app applies its SQL migrations at start, so the built main needs them beside it. */
function copyMigrations(): Plugin {
  return {
    name: 'stride-copy-migrations',
    apply: 'build',
    closeBundle() {
      cpSync(resolve('src/main/db/migrations'), resolve('out/main/migrations'), {
        recursive: true,
      });
    },
  };
}

/** The built page carries its CSP as a meta tag (file:// pages get no response headers). */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'stride-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          // The browser preview runs the same router and services under plain Node.
          preview: resolve('src/main/preview/cli.ts'),
          // Handouts are laid out in a worker thread so main keeps answering the window.
          'handout-worker': resolve('src/main/pdf/handout-worker.ts'),
          // Backups take minutes at clinic scale: written in a worker thread for the same reason.
          'backup-worker': resolve('src/main/backups/backup-worker.ts'),
        },
      },
    },
    plugins: [copyMigrations()],
  },
  preload: {
    build: {
      // A sandboxed preload cannot require node_modules: bundle everything, CommonJS output.
      externalizeDeps: false,
      rollupOptions: { output: { format: 'cjs' } },
    },
  },
  renderer: {
    plugins: [react(), contentSecurityPolicyMeta()],
  },
});
