import { Image, Text, View } from '@react-pdf/renderer';
import type { HandoutExercise } from '../handout-data';
import { BulletList } from './BulletList';
import { FigureDrawing } from './FigureDrawing';
import { COLOURS, styles } from './theme';

const FRAME = { width: 150, height: 96 };

/** The exercise's picture: the clinic's photo, the library figure, or a frame with the name. */
function Illustration({ exercise }: { exercise: HandoutExercise }) {
  const frame = {
    ...FRAME,
    borderWidth: 1,
    borderColor: COLOURS.line,
    borderRadius: 4,
    backgroundColor: COLOURS.frame,
    marginRight: 12,
  };
  if (exercise.illustration.kind === 'photo') {
    return (
      <View style={frame}>
        <Image
          src={exercise.illustration.dataUrl}
          style={{ ...FRAME, objectFit: 'contain', borderRadius: 4 }}
        />
      </View>
    );
  }
  if (exercise.illustration.kind === 'drawing') {
    return (
      <View style={{ ...frame, backgroundColor: '#ffffff', padding: 2 }}>
        <FigureDrawing
          drawing={exercise.illustration.drawing}
          width={FRAME.width - 6}
          height={FRAME.height - 6}
        />
      </View>
    );
  }
  return (
    <View style={{ ...frame, justifyContent: 'center', alignItems: 'center', padding: 8 }}>
      <Text style={{ fontSize: 9, color: COLOURS.muted, textAlign: 'center' }}>
        {exercise.name}
      </Text>
    </View>
  );
}

/** A small heading and what it heads, as one text: each text is layout work. */
function Labelled({ label, text }: { label: string; text: string }) {
  return (
    <Text style={styles.labelled}>
      <Text style={styles.label}>{`${label}\n`}</Text>
      {text}
    </Text>
  );
}

/**
 * One exercise, kept whole on a page: the picture beside its name, side, dosage line, start
 * and steps; underneath, what to keep in mind beside what to avoid; then the physio's note.
 */
export function ExerciseBlock({ exercise }: { exercise: HandoutExercise }) {
  return (
    <View
      wrap={false}
      style={{ paddingVertical: 8, borderBottomWidth: 1, borderBottomColor: COLOURS.line }}
    >
      <View style={{ flexDirection: 'row' }}>
        <Illustration exercise={exercise} />
        <View style={{ flex: 1 }}>
          {/* The side on the line under the name, in the same text: one layout instead of two. */}
          <Text style={{ fontSize: 12, fontWeight: 'bold', lineHeight: 1.3 }}>
            {exercise.number}. {exercise.name}
            {exercise.side && (
              <Text style={[styles.body, { fontSize: 9.5, color: COLOURS.accent }]}>
                {`\n${exercise.side}`}
              </Text>
            )}
          </Text>
          <Text
            style={{
              marginTop: 2,
              paddingVertical: 3,
              paddingHorizontal: 6,
              backgroundColor: COLOURS.accentLight,
              fontWeight: 'bold',
            }}
          >
            {exercise.dosage}
          </Text>
          <Labelled label="Start" text={exercise.startingPosition} />
          <BulletList label="Steps" items={exercise.steps} numbered />
        </View>
      </View>
      {(exercise.cues.length > 0 || exercise.avoid.length > 0) && (
        <View style={{ flexDirection: 'row', marginTop: 2 }}>
          <View style={{ flex: 1, marginRight: 12 }}>
            {exercise.cues.length > 0 && <BulletList label="Keep in mind" items={exercise.cues} />}
          </View>
          <View style={{ flex: 1 }}>
            {exercise.avoid.length > 0 && <BulletList label="Avoid" items={exercise.avoid} />}
          </View>
        </View>
      )}
      {exercise.note && <Labelled label="Note from your physio" text={exercise.note} />}
    </View>
  );
}
