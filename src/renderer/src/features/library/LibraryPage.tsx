import { Badge, Button, Grid, Group, NavLink, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { EXERCISE_CATEGORIES } from '../../../../shared/clinical/catalogue/exercise-types';
import { useCreateCustomExercise, useUpdateCustomExercise } from '../../api/custom-exercises';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import {
  isLibraryExercise,
  useExerciseCatalogue,
  type AnyExercise,
} from '../programs/exercise-catalogue';
import { filterExercises, NO_FILTERS } from '../programs/exercise-search';
import { ExerciseDetails } from '../programs/ExerciseDetails';
import { ExerciseFilterFields } from '../programs/ExerciseFilterFields';
import { CustomExerciseForm } from './CustomExerciseForm';

const categoryLabel = (value: string) =>
  EXERCISE_CATEGORIES.find((category) => category.value === value)?.label ?? value;

/** The exercise library: browse and search it, and add the clinic's own exercises. */
export function LibraryPage() {
  const catalogue = useExerciseCatalogue();
  const [filters, setFilters] = useState(NO_FILTERS);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [editing, setEditing] = useState<'new' | string | null>(null);
  const create = useCreateCustomExercise();
  const update = useUpdateCustomExercise();
  const found = useMemo(() => filterExercises(catalogue.all, filters), [catalogue.all, filters]);
  const selected: AnyExercise | undefined = selectedId ? catalogue.find(selectedId) : found[0];
  const editedExercise = editing && editing !== 'new' ? catalogue.find(editing) : undefined;

  return (
    <Stack gap="lg" maw={1400}>
      <Group justify="space-between">
        <Title order={2}>Exercise library</Title>
        <Button onClick={() => setEditing('new')} disabled={editing !== null}>
          New clinic exercise
        </Button>
      </Group>
      <ErrorAlert error={catalogue.error} title="The clinic's own exercises could not be loaded" />
      {editing !== null && (
        <CustomExerciseForm
          key={editing}
          exercise={editedExercise && !isLibraryExercise(editedExercise) ? editedExercise : null}
          onSave={(exercise, photo, revision) =>
            editedExercise && !isLibraryExercise(editedExercise) && revision !== null
              ? update.mutateAsync({
                  id: editedExercise.id,
                  revision,
                  exercise,
                  photo,
                })
              : create.mutateAsync({ exercise, photo }).then((saved) => setSelectedId(saved.id))
          }
          onDone={() => setEditing(null)}
        />
      )}
      <ExerciseFilterFields filters={filters} onChange={setFilters} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Text size="sm" c="dimmed" mb="xs" aria-live="polite">
            {found.length === 1 ? '1 exercise' : `${found.length} exercises`}
          </Text>
          <ScrollArea.Autosize mah="65vh">
            <nav aria-label="Exercises">
              {found.map((exercise) => (
                <NavLink
                  key={exercise.id}
                  component="button"
                  aria-current={exercise.id === selected?.id ? 'true' : undefined}
                  label={exercise.name}
                  description={categoryLabel(exercise.category)}
                  active={exercise.id === selected?.id}
                  rightSection={
                    isLibraryExercise(exercise) ? (
                      <Badge size="xs" variant="light">
                        L{exercise.level}
                      </Badge>
                    ) : (
                      <Badge size="xs" color="cyan" variant="light">
                        Clinic
                      </Badge>
                    )
                  }
                  onClick={() => setSelectedId(exercise.id)}
                />
              ))}
            </nav>
          </ScrollArea.Autosize>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          {selected && (
            <Section
              title={selected.name}
              actions={
                !isLibraryExercise(selected) && (
                  <Button variant="light" size="xs" onClick={() => setEditing(selected.id)}>
                    Edit
                  </Button>
                )
              }
            >
              <ExerciseDetails exercise={selected} />
              {isLibraryExercise(selected) && (
                <Group mt="md" gap="xs">
                  {selected.easier && (
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => setSelectedId(selected.easier)}
                    >
                      Easier: {catalogue.find(selected.easier)?.name}
                    </Button>
                  )}
                  {selected.harder && (
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => setSelectedId(selected.harder)}
                    >
                      Harder: {catalogue.find(selected.harder)?.name}
                    </Button>
                  )}
                </Group>
              )}
            </Section>
          )}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
