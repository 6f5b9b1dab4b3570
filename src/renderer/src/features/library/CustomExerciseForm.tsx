import {
  Button,
  Checkbox,
  FileInput,
  Group,
  Image,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import {
  CAUTIONS,
  EQUIPMENT,
  EXERCISE_CATEGORIES,
  EXERCISE_POSITIONS,
  EXERCISE_TARGETS,
} from '../../../../shared/clinical/catalogue/exercise-types';
import {
  customExerciseInputSchema,
  type CustomExercise,
  type CustomExerciseContent,
} from '../../../../shared/domain/custom-exercise';
import { useCustomExercisePhoto } from '../../api/custom-exercises';
import { useKeptInput } from '../../autosave/useKeptInput';
import { ErrorAlert } from '../../components/ErrorAlert';
import { KeptInputOffer } from '../../components/KeptInputOffer';
import { OptionSelect } from '../../components/OptionSelect';
import { DosageFields } from '../programs/DosageFields';
import {
  draftFromExercise,
  emptyCustomExercise,
  inputFromDraft,
  type CustomExerciseDraft,
} from './custom-exercise-draft';
import { photoFromFile } from './photo';

const CAUTION_OPTIONS = Object.entries(CAUTIONS).map(([value, caution]) => ({
  value,
  label: caution.label,
}));

function errorsOf(draft: CustomExerciseDraft): Record<string, string> {
  const parsed = customExerciseInputSchema.safeParse(inputFromDraft(draft));
  if (parsed.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path[0] === 'dosage' ? String(issue.path[1]) : String(issue.path[0]);
    errors[key] ??= issue.message;
  }
  return errors;
}

function Choices(props: {
  label: string;
  options: readonly { value: string; label: string }[];
  value: string[];
  error?: string;
  onChange(value: string[]): void;
}) {
  return (
    <Checkbox.Group
      label={props.label}
      value={props.value}
      onChange={props.onChange}
      error={props.error}
    >
      <Group mt={4} gap="sm">
        {props.options.map((option) => (
          <Checkbox key={option.value} value={option.value} label={option.label} />
        ))}
      </Group>
    </Checkbox.Group>
  );
}

/**
 * Writes or edits one of the clinic's own exercises, with a photo if wanted. What is typed is
 * kept until saved; the same rules are checked again when main saves it.
 */
export function CustomExerciseForm(props: {
  exercise: CustomExercise | null;
  /** `revision` is the one the form opened with, so a change saved elsewhere is a conflict. */
  onSave(
    content: CustomExerciseContent,
    photo: string | null | undefined,
    revision: number | null,
  ): Promise<unknown>;
  onDone(): void;
}) {
  const [draft, setDraft] = useState<CustomExerciseDraft>(() =>
    props.exercise ? draftFromExercise(props.exercise) : emptyCustomExercise(),
  );
  const kept = useKeptInput<CustomExerciseDraft>(
    props.exercise
      ? `custom-exercise:${props.exercise.id.slice('custom:'.length)}`
      : 'custom-exercise-new',
    setDraft,
  );
  const { changed } = kept;
  const [touched, setTouched] = useState(false);
  // undefined: keep the stored photo; null: remove it; a data URL: the new one.
  const [photo, setPhoto] = useState<string | null | undefined>(undefined);
  const [photoError, setPhotoError] = useState<string | null>(null);
  const stored = useCustomExercisePhoto(
    props.exercise?.id ?? '',
    Boolean(props.exercise?.hasPhoto),
  );
  const [openedRevision] = useState(props.exercise?.revision ?? null);
  const [submitted, setSubmitted] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (touched) changed(draft);
  }, [draft, touched, changed]);

  const set = (change: Partial<CustomExerciseDraft>) => {
    setTouched(true);
    setDraft((current) => ({ ...current, ...change }));
  };
  const errors = submitted ? errorsOf(draft) : {};
  const shownPhoto = photo === undefined ? stored.data : photo;

  async function save() {
    setSubmitted(true);
    setSaveError(null);
    const parsed = customExerciseInputSchema.safeParse(inputFromDraft(draft));
    if (!parsed.success) return;
    setSaving(true);
    try {
      await props.onSave(parsed.data, photo, openedRevision);
      await kept.forget();
      props.onDone();
    } catch (error) {
      setSaveError(error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Paper
      withBorder
      p="lg"
      component="form"
      aria-label="Clinic exercise"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      noValidate
    >
      <Stack gap="md">
        <Title order={3} size="h4">
          {props.exercise ? `Edit “${props.exercise.name}”` : 'New clinic exercise'}
        </Title>
        <KeptInputOffer offer={kept.offer} restore={kept.restore} forget={kept.forget} />
        <ErrorAlert error={saveError} title="The exercise was not saved" />
        {submitted && Object.keys(errors).length > 0 && (
          <Text c="red" size="sm" role="alert">
            Please check the fields marked in red. Nothing was saved.
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Exercise name"
            withAsterisk
            maxLength={80}
            value={draft.name}
            error={errors['name']}
            onChange={(event) => set({ name: event.currentTarget.value })}
          />
          <OptionSelect
            label="Category"
            showLabel
            options={EXERCISE_CATEGORIES}
            value={draft.category}
            error={errors['category']}
            emptyLabel="Choose…"
            onChange={(category) => set({ category })}
          />
          <OptionSelect
            label="Position"
            showLabel
            options={EXERCISE_POSITIONS}
            value={draft.position}
            error={errors['position']}
            emptyLabel="Choose…"
            onChange={(position) => set({ position })}
          />
          <Checkbox
            mt="lg"
            label="Worked one side at a time"
            checked={draft.oneSided}
            onChange={(event) => set({ oneSided: event.currentTarget.checked })}
          />
        </SimpleGrid>
        <Textarea
          label="Aim (one sentence)"
          withAsterisk
          autosize
          minRows={1}
          maxLength={300}
          value={draft.aim}
          error={errors['aim']}
          onChange={(event) => set({ aim: event.currentTarget.value })}
        />
        <Choices
          label="Targets"
          options={EXERCISE_TARGETS}
          value={draft.targets}
          error={errors['targets']}
          onChange={(targets) => set({ targets })}
        />
        <Choices
          label="Equipment"
          options={EQUIPMENT}
          value={draft.equipment}
          onChange={(equipment) => set({ equipment })}
        />
        <Textarea
          label="Starting position"
          withAsterisk
          autosize
          minRows={2}
          maxLength={400}
          value={draft.startingPosition}
          error={errors['startingPosition']}
          onChange={(event) => set({ startingPosition: event.currentTarget.value })}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Textarea
            label="Steps (one per line)"
            withAsterisk
            autosize
            minRows={4}
            value={draft.steps}
            error={errors['steps']}
            onChange={(event) => set({ steps: event.currentTarget.value })}
          />
          <Textarea
            label="Key cues (one per line)"
            autosize
            minRows={4}
            value={draft.cues}
            error={errors['cues']}
            onChange={(event) => set({ cues: event.currentTarget.value })}
          />
          <Textarea
            label="Common errors (one per line)"
            autosize
            minRows={3}
            value={draft.commonErrors}
            error={errors['commonErrors']}
            onChange={(event) => set({ commonErrors: event.currentTarget.value })}
          />
          <Textarea
            label="Warnings (one per line)"
            autosize
            minRows={3}
            value={draft.warnings}
            error={errors['warnings']}
            onChange={(event) => set({ warnings: event.currentTarget.value })}
          />
        </SimpleGrid>
        <Choices
          label="Cautions (used by the red-flag and tendon rules)"
          options={CAUTION_OPTIONS}
          value={draft.cautions}
          onChange={(cautions) => set({ cautions })}
        />
        <div>
          <Text fw={500} size="sm" mb={4}>
            Default dosage
          </Text>
          <DosageFields
            item={draft.dosage}
            errors={errors}
            disabled={false}
            onChange={(change) => set({ dosage: { ...draft.dosage, ...change } })}
          />
        </div>
        <Group align="flex-end">
          <FileInput
            label="Photo (optional)"
            placeholder="Choose a PNG, JPEG or WebP file"
            accept="image/png,image/jpeg,image/webp"
            clearable
            error={photoError}
            w={320}
            onChange={(file) => {
              setPhotoError(null);
              // Clearing the picker keeps the stored photo; "Remove photo" removes it.
              if (!file) return setPhoto(undefined);
              photoFromFile(file).then(
                (dataUrl) => {
                  setTouched(true);
                  setPhoto(dataUrl);
                },
                (error: Error) => setPhotoError(error.message),
              );
            }}
          />
          {shownPhoto && (
            <Button variant="subtle" color="red" onClick={() => setPhoto(null)}>
              Remove photo
            </Button>
          )}
        </Group>
        {shownPhoto && <Image src={shownPhoto} alt="Photo of the exercise" maw={240} radius="sm" />}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => void kept.forget().then(props.onDone)}>
            Cancel
          </Button>
          <Button type="submit" loading={saving}>
            Save exercise
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
