// `npm run contact-sheet [ids…] [--right]`: bundles scripts/contact-sheet-page.tsx as an ES
// module and runs it. react-pdf loads only as an ES module, which tsx's CommonJS mode breaks.
import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { rmSync } from 'node:fs';

const outfile = resolve(`out/contact-sheet/contact-sheet-${process.pid}.mjs`);
await build({
  entryPoints: ['scripts/contact-sheet-page.tsx'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  jsx: 'automatic',
  outfile,
  logLevel: 'warning',
});
try {
  await import(pathToFileURL(outfile).href);
} finally {
  rmSync(outfile, { force: true });
}
