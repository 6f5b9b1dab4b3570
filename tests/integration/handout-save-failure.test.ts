import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { savedProgramFor } from '../support/saved-program';
import { testAppForEachTest } from '../support/test-app';

// The physio picks a place inside something that is not a folder (a file with that name):
// the real write fails with the system's ENOTDIR, as it would for a folder deleted meanwhile.
const app = testAppForEachTest({
  saveDialog: {
    chooseHandoutTarget: async (fileName) => {
      const notAFolder = join(app.folder.path, 'Handouts');
      writeFileSync(notAFolder, 'a file, not a folder');
      return { kind: 'file', path: join(notAFolder, fileName) };
    },
  },
});
const sender = { url: 'file:///app/index.html', mainFrame: true };

describe('saving a handout where it cannot be written', () => {
  it('says why in plain words, records nothing and leaves the preview to try again', async () => {
    const { program } = savedProgramFor(app);
    const rendered = await app.router(sender, 'handouts.render', {
      programId: program.id,
      version: 1,
      options: { nextAppointment: null, logWeeks: 4 },
    });
    if (!rendered.ok) throw new Error(rendered.error.message);
    const { handoutId } = rendered.value as { handoutId: string };

    const saved = await app.router(sender, 'handouts.save', { handoutId });
    expect(saved.ok).toBe(false);
    if (saved.ok) return;
    expect(saved.error.message).toMatch(
      /^The handout could not be saved to .*: that folder no longer exists\. Choose another folder\.$/,
    );
    expect(saved.error.message).not.toMatch(/ENOTDIR|errno|open '/);
    expect(existsSync(join(app.folder.path, 'Handouts'))).toBe(true);
    expect(app.services.handouts.forProgram(program.id)).toEqual([]);
    expect(app.services.handouts.previewed(handoutId).pdf.length).toBeGreaterThan(1000);
  });
});
