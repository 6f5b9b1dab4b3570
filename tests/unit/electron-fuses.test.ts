import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const packaging = createRequire(__filename)('../../electron-builder.config.cjs') as {
  asar: boolean;
  electronFuses: Record<string, boolean>;
};

describe('the fuses flipped when packaging the desktop app', () => {
  it('turns off every way to run the app as something else, and no fuse is left out', () => {
    expect(packaging.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the app into app.asar, which the integrity fuses check', () => {
    expect(packaging.asar).toBe(true);
  });
});
