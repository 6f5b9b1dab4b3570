/**
 * Draws every exercise illustration onto one contact sheet, through the handout's own PDF
 * renderer, and turns it into a PNG to look at: `npm run contact-sheet` (scripts/contact-sheet.mjs bundles this file and runs it) (optionally with
 * exercise ids, `--right` for the mirrored side and `--name=X` to name the files). Prints each pose's plausibility problems.
 * The sheet is written to out/contact-sheet/, which is not committed.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Page, Text, View, renderToBuffer } from '@react-pdf/renderer';
import { FigureDrawing } from '../src/main/pdf/components/FigureDrawing';
import { EXERCISES } from '../src/shared/clinical/catalogue/exercises';
import { drawIllustration } from '../src/shared/illustration/draw-illustration';
import { ILLUSTRATIONS } from '../src/shared/illustration/exercises';
import { poseProblems } from '../src/shared/illustration/plausibility';

const args = process.argv.slice(2);
const side = args.includes('--right') ? 'right' : 'left';
const name = args.find((arg) => arg.startsWith('--name='))?.slice('--name='.length) ?? 'all';
const wanted = args.filter((arg) => !arg.startsWith('--'));
const exercises = EXERCISES.filter(
  (exercise) => wanted.length === 0 || wanted.includes(exercise.id),
);

const CELL = { width: 180, height: 150 };
let problemCount = 0;
const cells = exercises.map((exercise) => {
  const illustration = ILLUSTRATIONS[exercise.id];
  if (!illustration) {
    console.log(`${exercise.id}: no illustration`);
    problemCount += 1;
    return { exercise, drawing: null, problems: ['no illustration'] };
  }
  const problems = illustration.poses.flatMap((key) =>
    poseProblems(key, illustration).map((problem) => `${key.name}: ${problem}`),
  );
  for (const problem of problems) console.log(`${exercise.id}: ${problem}`);
  problemCount += problems.length;
  const drawing = drawIllustration(illustration, { side, band: exercise.dosage.band });
  return { exercise, drawing, problems };
});

const sheet = (
  <Document>
    <Page
      size={[CELL.width * 4 + 20, Math.ceil(cells.length / 4) * (CELL.height + 4) + 20]}
      style={{ padding: 10, flexDirection: 'row', flexWrap: 'wrap' }}
    >
      {cells.map(({ exercise, drawing, problems }) => (
        <View key={exercise.id} style={{ width: CELL.width, height: CELL.height + 4, padding: 3 }}>
          <View
            style={{ borderWidth: 0.5, borderColor: '#c9d2d9', height: CELL.height, padding: 3 }}
          >
            <Text style={{ fontSize: 7, color: problems.length > 0 ? '#b42318' : '#1f2933' }}>
              {exercise.name} ({exercise.id})
              {problems.length > 0 ? ` - ${problems.length} problem(s)` : ''}
            </Text>
            {drawing && (
              <FigureDrawing drawing={drawing} width={CELL.width - 8} height={CELL.height - 16} />
            )}
          </View>
        </View>
      ))}
    </Page>
  </Document>
);

async function main() {
  const folder = join('out', 'contact-sheet');
  mkdirSync(folder, { recursive: true });
  const pdf = join(folder, `contact-sheet-${name}-${side}.pdf`);
  writeFileSync(pdf, await renderToBuffer(sheet));
  const png = join(folder, `contact-sheet-${name}-${side}`);
  execFileSync('pdftoppm', ['-r', '110', '-png', '-singlefile', pdf, png]);
  console.log(`${cells.length} exercises, ${problemCount} problem(s): ${png}.png`);
}
void main();
