import { join } from 'node:path';
import { Font } from '@react-pdf/renderer';
import { isRememberedFont, rememberFontAnswers } from './remembered-font';

/** Noto Sans (SIL Open Font License) covers Latin, Greek and Cyrillic: Zoë, Łukasiewicz, Ólafur. */
export const HANDOUT_FONT = 'Noto Sans';

const WEIGHTS = [
  { file: 'NotoSans-Regular.ttf', fontWeight: 400 },
  { file: 'NotoSans-Bold.ttf', fontWeight: 700 },
] as const;

let registeredFrom: string | null = null;
let loaded: Promise<void> | null = null;

/** Longer than any word a line holds; emails and web addresses stay whole below it. */
const UNBREAKABLE_LETTERS = 40;

/**
 * Registers and loads the shipped fonts once per process, with their answers remembered
 * (remembered-font.ts). Words are never hyphenated: a patient reads "clamshell", not
 * "clam-shell"; only a word too long for any line breaks, by letters.
 */
export function loadHandoutFonts(fontsDirectory: string): Promise<void> {
  if (registeredFrom === fontsDirectory && loaded) return loaded;
  Font.register({
    family: HANDOUT_FONT,
    fonts: WEIGHTS.map(({ file, fontWeight }) => ({ src: join(fontsDirectory, file), fontWeight })),
  });
  Font.registerHyphenationCallback((word) =>
    word.length > UNBREAKABLE_LETTERS ? [...word] : [word],
  );
  registeredFrom = fontsDirectory;
  loaded = Promise.all(
    WEIGHTS.map(async ({ fontWeight }) => {
      const source = Font.getFont({ fontFamily: HANDOUT_FONT, fontWeight });
      await source.load();
      const font: unknown = source.data;
      if (!isRememberedFont(font)) {
        throw new Error(`The handout font ${source.src} could not be read.`);
      }
      rememberFontAnswers(font);
    }),
  ).then(() => undefined);
  return loaded;
}
