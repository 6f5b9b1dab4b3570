import { zodResolver } from '@hookform/resolvers/zod';
import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { Controller, get, useForm, type FieldPath, type Resolver } from 'react-hook-form';
import {
  localToday,
  patientInputSchema,
  RUNNING_SURFACES,
  SEX_LABELS,
  SEXES,
  SURFACE_LABELS,
  type Patient,
  type PatientInput,
} from '../../../../shared/domain/patient';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showServerFieldErrors } from '../../components/server-field-errors';
import { toFormValues, type PatientFormValues } from './patient-form-values';
import { useFormDraft } from './useFormDraft';
import { KeptInputOffer } from '../../components/KeptInputOffer';

interface PatientFormProps {
  /** The record being edited; absent for a new patient. */
  patient?: Patient;
  /** Where an unsaved draft is kept (one per record). */
  draftKey: string;
  submitLabel: string;
  onSave(values: PatientInput): Promise<Patient>;
  onSaved(patient: Patient): void;
  onCancel(): void;
}

// The form holds text as typed; the shared schema (the same one the main process applies)
// validates it and turns it into a PatientInput.
const resolver = zodResolver(patientInputSchema) as unknown as Resolver<
  PatientFormValues,
  unknown,
  PatientInput
>;

export function PatientForm(props: PatientFormProps) {
  const form = useForm<PatientFormValues, unknown, PatientInput>({
    resolver,
    defaultValues: toFormValues(props.patient),
  });
  const draft = useFormDraft(props.draftKey, form);
  const [saveError, setSaveError] = useState<unknown>(null);
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setSaveError(null);
    try {
      const saved = await props.onSave(values);
      await draft.forget();
      props.onSaved(saved);
    } catch (error) {
      showServerFieldErrors(error, form.setError);
      setSaveError(error);
    }
  });

  const field = (name: FieldPath<PatientFormValues>) => ({
    ...form.register(name),
    error: (get(errors, name) as { message?: string } | undefined)?.message,
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Patient details">
      <Stack gap="lg">
        <ErrorAlert error={saveError} title="The patient was not saved" />
        <KeptInputOffer offer={draft.offer} restore={draft.restore} forget={draft.forget} />

        <Fieldset legend="Patient">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label="First name"
              withAsterisk
              autoComplete="off"
              autoFocus
              {...field('firstName')}
            />
            <TextInput label="Last name" withAsterisk autoComplete="off" {...field('lastName')} />
            <TextInput
              label="Date of birth"
              type="date"
              max={localToday()}
              {...field('dateOfBirth')}
            />
            <Controller
              control={form.control}
              name="sex"
              render={({ field: sex }) => (
                <Select
                  label="Sex"
                  data={SEXES.map((value) => ({ value, label: SEX_LABELS[value] }))}
                  value={sex.value}
                  onChange={(value) => sex.onChange(value ?? 'not-recorded')}
                  onBlur={sex.onBlur}
                  allowDeselect={false}
                  error={errors.sex?.message}
                />
              )}
            />
            <TextInput label="Email" type="email" autoComplete="off" {...field('email')} />
            <TextInput label="Phone" type="tel" autoComplete="off" {...field('phone')} />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend="Running profile">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label="Weekly running distance (km)"
              inputMode="decimal"
              {...field('runningProfile.weeklyDistanceKm')}
            />
            <TextInput
              label="Years running"
              inputMode="decimal"
              {...field('runningProfile.yearsRunning')}
            />
            <TextInput
              label="Goal event"
              placeholder="e.g. City Marathon"
              {...field('runningProfile.goalEvent')}
            />
            <TextInput
              label="Goal event date"
              type="date"
              {...field('runningProfile.goalEventDate')}
            />
            <TextInput
              label="Running shoe"
              placeholder="Make and model"
              {...field('runningProfile.shoeModel')}
            />
            <TextInput
              label="Distance on these shoes (km, approx.)"
              inputMode="decimal"
              {...field('runningProfile.shoeDistanceKm')}
            />
          </SimpleGrid>
          <Controller
            control={form.control}
            name="runningProfile.surfaces"
            render={({ field: surfaces }) => (
              <Checkbox.Group
                mt="md"
                label="Usual running surfaces"
                value={surfaces.value}
                onChange={(value) => surfaces.onChange(value)}
              >
                <Group mt="xs">
                  {RUNNING_SURFACES.map((surface) => (
                    <Checkbox key={surface} value={surface} label={SURFACE_LABELS[surface]} />
                  ))}
                </Group>
              </Checkbox.Group>
            )}
          />
        </Fieldset>

        <Textarea label="Notes" autosize minRows={3} maxRows={10} {...field('notes')} />

        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            Fields marked * are required. What you type is kept, encrypted, until you save.
          </Text>
          <Group>
            <Button
              variant="default"
              onClick={() => {
                void draft.forget();
                props.onCancel();
              }}
            >
              Cancel
            </Button>
            <Button type="submit" loading={isSubmitting}>
              {props.submitLabel}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
