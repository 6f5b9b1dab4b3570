import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const PACKAGE = 'node_modules/@expo-google-fonts/noto-sans';

describe('the fonts shipped for handouts', () => {
  it('are the unchanged Noto Sans files from the npm package, with their licence', () => {
    const pairs = [
      ['resources/fonts/NotoSans-Regular.ttf', `${PACKAGE}/400Regular/NotoSans_400Regular.ttf`],
      ['resources/fonts/NotoSans-Bold.ttf', `${PACKAGE}/700Bold/NotoSans_700Bold.ttf`],
      ['resources/fonts/OFL.txt', `${PACKAGE}/LICENSE_FONT`],
    ] as const;
    for (const [shipped, original] of pairs) {
      expect(readFileSync(shipped).equals(readFileSync(original)), shipped).toBe(true);
    }
    expect(readFileSync('resources/fonts/OFL.txt', 'utf8')).toContain('SIL Open Font License');
  });
});
