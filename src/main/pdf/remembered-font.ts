/**
 * Makes the handout font answer repeated questions from memory. A handout asks the font the
 * same things thousands of times, and the same words come back in every handout (the
 * library's steps, the headings, the pain guide). Every answer here depends only on the font
 * and the question, so it can be kept for the life of the worker. With these answers
 * remembered, an 8-exercise handout renders in about two thirds of the time.
 */

/** What fontkit returns from `layout`; the handout's layout reads only these two lists. */
export interface GlyphRun {
  glyphs: unknown[];
  positions: unknown[];
}

/** The parts of a fontkit font this module touches. */
export interface RememberedFont {
  layout(
    text: string,
    features?: unknown,
    script?: string,
    language?: string,
    direction?: string,
  ): GlyphRun;
  hasGlyphForCodePoint(codePoint: number): boolean;
  readonly unitsPerEm: number;
  readonly postscriptName: string;
  readonly name: { records: unknown };
}

export function isRememberedFont(font: unknown): font is RememberedFont {
  const candidate = font as Partial<RememberedFont> | null;
  return (
    typeof candidate?.layout === 'function' &&
    typeof candidate.hasGlyphForCodePoint === 'function' &&
    typeof candidate.unitsPerEm === 'number'
  );
}

/** Enough for every sentence of the library many times over; some 10 MB at most. */
export const MAX_REMEMBERED_RUNS = 20_000;

const remembered = new WeakSet<RememberedFont>();

/**
 * Shaping (`layout`: glyph substitution and kerning from the font's tables) was a quarter of
 * the render time. Each caller gets its own glyph list, since the page renderer may replace
 * glyphs in the list it is handed; glyphs and positions are only read (the layout scales
 * positions into new objects).
 */
function rememberShaping(font: RememberedFont, limit: number) {
  const shape = font.layout.bind(font);
  const runs = new Map<string, GlyphRun>();
  font.layout = (text, features, script, language, direction) => {
    const options = [features ?? null, script ?? null, language ?? null, direction ?? null];
    const key = `${JSON.stringify(options)}${text}`;
    let run = runs.get(key);
    if (!run) {
      run = shape(text, features, script, language, direction);
      // Simple and bounded: a full memory starts again rather than tracking what is old.
      if (runs.size >= limit) runs.clear();
      runs.set(key, run);
    }
    const copy = Object.create(Object.getPrototypeOf(run) as object) as GlyphRun;
    return Object.assign(copy, run, { glyphs: [...run.glyphs] });
  };
}

/** Asked for every letter, to choose a font that has it. */
function rememberCoverage(font: RememberedFont) {
  const covers = font.hasGlyphForCodePoint.bind(font);
  const answers = new Map<number, boolean>();
  font.hasGlyphForCodePoint = (codePoint) => {
    let answer = answers.get(codePoint);
    if (answer === undefined) {
      answer = covers(codePoint);
      answers.set(codePoint, answer);
    }
    return answer;
  };
}

/**
 * pdfkit checks, for every run of text it writes, whether the font is one it has embedded
 * already, by comparing the JSON of the font's whole name table (licence text included). A
 * short JSON naming this exact font keeps the check's meaning and makes it cheap.
 */
function shortenIdentity(font: RememberedFont) {
  const identity = `${font.postscriptName} ${font.unitsPerEm}`;
  Object.defineProperty(font.name.records, 'toJSON', { value: () => identity });
}

/** Wraps a loaded fontkit font once; later calls do nothing. */
export function rememberFontAnswers(font: RememberedFont, limit = MAX_REMEMBERED_RUNS): void {
  if (remembered.has(font)) return;
  remembered.add(font);
  rememberShaping(font, limit);
  rememberCoverage(font);
  // A getter that reads the font's header on every letter; the value never changes.
  Object.defineProperty(font, 'unitsPerEm', { value: font.unitsPerEm });
  shortenIdentity(font);
}
