import { Badge, Group, Image, List, Stack, Text } from '@mantine/core';
import {
  CAUTIONS,
  type BandColour,
  EQUIPMENT,
  EXERCISE_POSITIONS,
  LOADING_TIERS,
} from '../../../../shared/clinical/catalogue/exercise-types';
import { useCustomExercisePhoto } from '../../api/custom-exercises';
import { isLibraryExercise, type AnyExercise } from './exercise-catalogue';
import { ExerciseFigure } from './ExerciseFigure';

const labelOf = (items: readonly { value: string; label: string }[], value: string) =>
  items.find((item) => item.value === value)?.label ?? value;

function Lines({ title, lines, ordered }: { title: string; lines: string[]; ordered?: boolean }) {
  if (lines.length === 0) return null;
  return (
    <div>
      <Text fw={600} size="sm">
        {title}
      </Text>
      <List type={ordered ? 'ordered' : 'unordered'} size="sm" spacing={2}>
        {lines.map((line) => (
          <List.Item key={line}>{line}</List.Item>
        ))}
      </List>
    </div>
  );
}

function Photo({ exercise }: { exercise: AnyExercise }) {
  const custom = !isLibraryExercise(exercise) && exercise.hasPhoto;
  const photo = useCustomExercisePhoto(exercise.id, custom);
  if (!custom || !photo.data) return null;
  return (
    <Image
      src={photo.data}
      alt={`Photo: ${exercise.name}`}
      maw={320}
      mah={320}
      w="auto"
      fit="contain"
      radius="sm"
    />
  );
}

/**
 * An exercise's instructions as the physio reads them before prescribing it, with its drawing
 * for the side and band given (the left side and the default band in the library).
 */
export function ExerciseDetails({
  exercise,
  side = 'left',
  band,
  bothSides,
}: {
  exercise: AnyExercise;
  side?: 'left' | 'right';
  /** The item's band; left out (in the library) the exercise's usual band is drawn. */
  band?: BandColour | null;
  bothSides?: boolean;
}) {
  const warnings = [
    ...exercise.cautions.map((caution) => CAUTIONS[caution].warning),
    ...exercise.warnings,
  ];
  return (
    <Stack gap="xs">
      <Text size="sm">{exercise.aim}</Text>
      <Group gap={4}>
        <Badge variant="light" color="gray">
          {labelOf(EXERCISE_POSITIONS, exercise.position)}
        </Badge>
        {isLibraryExercise(exercise) ? (
          <>
            <Badge variant="light">Level {exercise.level}</Badge>
            <Badge variant="light" color="grape">
              {labelOf(LOADING_TIERS, exercise.loadingTier)}
            </Badge>
          </>
        ) : (
          <Badge variant="light" color="cyan">
            Clinic exercise
          </Badge>
        )}
        {exercise.equipment.map((item) => (
          <Badge key={item} variant="outline" color="gray">
            {labelOf(EQUIPMENT, item)}
          </Badge>
        ))}
      </Group>
      <Photo exercise={exercise} />
      {isLibraryExercise(exercise) && (
        <ExerciseFigure
          exerciseId={exercise.id}
          side={side}
          band={band === undefined ? exercise.dosage.band : band}
          bothSides={bothSides}
          width="100%"
          height={190}
          withKey
        />
      )}
      <Text size="sm">
        <strong>Starting position:</strong> {exercise.startingPosition}
      </Text>
      <Lines title="Steps" lines={exercise.steps} ordered />
      <Lines title="Key cues" lines={exercise.cues} />
      <Lines title="Common errors" lines={exercise.commonErrors} />
      <Lines title="Warnings" lines={warnings} />
    </Stack>
  );
}
