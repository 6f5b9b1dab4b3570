import { join } from 'node:path';
import { Font } from '@react-pdf/renderer';

/** Noto Sans (SIL Open Font License) covers Latin, Greek and Cyrillic: Zoë, Łukasiewicz, Ólafur. */
export const HANDOUT_FONT = 'Noto Sans';

let registeredFrom: string | null = null;

/** Longer than any word a line holds; emails and web addresses stay whole below it. */
const UNBREAKABLE_LETTERS = 40;

/**
 * Registers the shipped fonts once per process. Words are never hyphenated: a patient reads
 * "clamshell", not "clam-shell"; only a word too long for any line breaks, by letters.
 */
export function registerHandoutFonts(fontsDirectory: string): void {
  if (registeredFrom === fontsDirectory) return;
  Font.register({
    family: HANDOUT_FONT,
    fonts: [
      { src: join(fontsDirectory, 'NotoSans-Regular.ttf'), fontWeight: 'normal' },
      { src: join(fontsDirectory, 'NotoSans-Bold.ttf'), fontWeight: 'bold' },
    ],
  });
  Font.registerHyphenationCallback((word) =>
    word.length > UNBREAKABLE_LETTERS ? [...word] : [word],
  );
  registeredFrom = fontsDirectory;
}
