import { describe, expect, it } from 'vitest';
import {
  isRememberedFont,
  rememberFontAnswers,
  type RememberedFont,
} from '../../src/main/pdf/remembered-font';

interface Fontkit {
  openSync(path: string): unknown;
}

const TEXT = 'Lift your top knee, keep your feet together: Zoë, Łukasiewicz, Ólafur. Ask first.';

/** Two separate loads of the shipped font: one left as fontkit made it, one remembered. */
async function twoFonts(): Promise<[RememberedFont, RememberedFont]> {
  // fontkit comes with react-pdf and has no types of its own.
  const fontkit = (await import('fontkit' as string)) as Fontkit;
  const plain = fontkit.openSync('resources/fonts/NotoSans-Regular.ttf');
  const remembered = fontkit.openSync('resources/fonts/NotoSans-Regular.ttf');
  if (!isRememberedFont(plain) || !isRememberedFont(remembered)) throw new Error('not a font');
  rememberFontAnswers(remembered, 3);
  return [plain, remembered];
}

function shaped(font: RememberedFont, text: string) {
  const run = font.layout(text, undefined, undefined, undefined, 'ltr');
  return {
    glyphs: run.glyphs.map((glyph) => (glyph as { id: number }).id),
    positions: JSON.parse(JSON.stringify(run.positions)) as unknown,
  };
}

describe('the handout font with its answers remembered', () => {
  it('shapes text exactly as the font itself does, the first time and every time after', async () => {
    const [plain, remembered] = await twoFonts();
    const expected = shaped(plain, TEXT);
    expect(expected.glyphs.length).toBeGreaterThan(40);
    expect(shaped(remembered, TEXT)).toEqual(expected);
    expect(shaped(remembered, TEXT)).toEqual(expected);
    // Other options are other answers: kerning off changes the positions.
    const unkerned = plain.layout(TEXT, { kern: false }, undefined, undefined, 'ltr');
    const rememberedUnkerned = remembered.layout(
      TEXT,
      { kern: false },
      undefined,
      undefined,
      'ltr',
    );
    expect(JSON.stringify(rememberedUnkerned.positions)).toBe(JSON.stringify(unkerned.positions));
  });

  it('hands each caller its own glyph list, so one caller’s change never reaches the next', async () => {
    const [, remembered] = await twoFonts();
    const first = remembered.layout('Clamshell');
    first.glyphs[0] = 'replaced';
    expect(remembered.layout('Clamshell').glyphs[0]).not.toBe('replaced');
  });

  it('keeps at most its limit of texts and still answers rightly after starting again', async () => {
    const [plain, remembered] = await twoFonts();
    for (const word of ['one', 'two', 'three', 'four', 'five']) {
      expect(shaped(remembered, word)).toEqual(shaped(plain, word));
    }
    expect(shaped(remembered, 'one')).toEqual(shaped(plain, 'one'));
  });

  it('answers which letters it has, and its size, as the font does', async () => {
    const [plain, remembered] = await twoFonts();
    for (const codePoint of [0x41, 0xeb, 0x141, 0x3b1, 0x416, 0x4e2d, 0x1f600]) {
      expect(remembered.hasGlyphForCodePoint(codePoint)).toBe(
        plain.hasGlyphForCodePoint(codePoint),
      );
      expect(remembered.hasGlyphForCodePoint(codePoint)).toBe(
        plain.hasGlyphForCodePoint(codePoint),
      );
    }
    expect(remembered.hasGlyphForCodePoint(0x4e2d)).toBe(false); // no Chinese in Noto Sans
    expect(remembered.unitsPerEm).toBe(plain.unitsPerEm);
  });

  it('names itself in a few words where pdfkit compares fonts by their name table', async () => {
    const [plain, remembered] = await twoFonts();
    expect(JSON.stringify(plain.name.records).length).toBeGreaterThan(1000);
    expect(JSON.stringify(remembered.name.records)).toBe(`"NotoSans-Regular ${plain.unitsPerEm}"`);
  });
});
