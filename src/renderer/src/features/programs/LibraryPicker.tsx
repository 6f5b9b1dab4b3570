import { Badge, Button, Group, Modal, ScrollArea, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { AnyExercise } from './exercise-catalogue';
import { filterExercises, NO_FILTERS } from './exercise-search';
import { ExerciseFilterFields } from './ExerciseFilterFields';

/** Finds exercises in the library (and the clinic's own) and adds them to the program. */
export function LibraryPicker(props: {
  opened: boolean;
  exercises: readonly AnyExercise[];
  inProgram: Set<string>;
  withheldReason(exercise: AnyExercise): string | null;
  onAdd(exercise: AnyExercise): void;
  onClose(): void;
}) {
  const [filters, setFilters] = useState(NO_FILTERS);
  const found = useMemo(
    () => filterExercises(props.exercises, filters),
    [props.exercises, filters],
  );
  return (
    <Modal opened={props.opened} onClose={props.onClose} title="Add from the library" size="xl">
      <Stack>
        <ExerciseFilterFields filters={filters} onChange={setFilters} autoFocus />
        <Text size="sm" c="dimmed" aria-live="polite">
          {found.length === 1 ? '1 exercise' : `${found.length} exercises`}
        </Text>
        <ScrollArea.Autosize mah="55vh">
          <Stack gap={6} component="ul" aria-label="Exercises found" p={0} m={0}>
            {found.map((exercise) => {
              const withheld = props.withheldReason(exercise);
              const added = props.inProgram.has(exercise.id);
              return (
                <Group
                  key={exercise.id}
                  component="li"
                  justify="space-between"
                  wrap="nowrap"
                  style={{ listStyle: 'none' }}
                >
                  <div>
                    <Text fw={600} size="sm">
                      {exercise.name}{' '}
                      {'level' in exercise ? (
                        <Badge size="xs" variant="light">
                          Level {exercise.level}
                        </Badge>
                      ) : (
                        <Badge size="xs" variant="light" color="cyan">
                          Clinic
                        </Badge>
                      )}
                    </Text>
                    <Text size="xs" c={withheld ? 'red' : 'dimmed'}>
                      {withheld ?? exercise.aim}
                    </Text>
                  </div>
                  <Button
                    size="compact-sm"
                    variant="light"
                    disabled={added || withheld !== null}
                    aria-label={
                      added ? `${exercise.name} is in the program` : `Add ${exercise.name}`
                    }
                    onClick={() => props.onAdd(exercise)}
                  >
                    {added ? 'Added' : 'Add'}
                  </Button>
                </Group>
              );
            })}
          </Stack>
        </ScrollArea.Autosize>
      </Stack>
    </Modal>
  );
}
