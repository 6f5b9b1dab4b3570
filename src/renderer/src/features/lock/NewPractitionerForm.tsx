import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack } from '@mantine/core';
import { useForm, type Resolver } from 'react-hook-form';
import type { PractitionerDetails, UnlockSecret } from '../../../../shared/domain/practitioner';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DetailsFields, SecretFields } from './PractitionerFields';
import {
  EMPTY_DETAILS,
  EMPTY_SECRET,
  newPractitionerValuesSchema,
  type DetailsValues,
  type SecretValues,
} from './practitioner-form-values';

type Values = DetailsValues & SecretValues;
type Parsed = { practitioner: PractitionerDetails; secret: UnlockSecret };

const resolver = zodResolver(newPractitionerValuesSchema) as unknown as Resolver<
  Values,
  unknown,
  Parsed
>;

/** A practitioner's details and their PIN or password: the lock screen's first run, and Settings. */
export function NewPractitionerForm(props: {
  submitLabel: string;
  error: unknown;
  busy: boolean;
  onSubmit(values: Parsed): Promise<unknown>;
  onCancel?(): void;
}) {
  const form = useForm<Values, unknown, Parsed>({
    resolver,
    defaultValues: { ...EMPTY_DETAILS, ...EMPTY_SECRET },
  });
  const errors = form.formState.errors;
  return (
    <form
      noValidate
      onSubmit={form.handleSubmit(async (values) => {
        await props.onSubmit(values).catch(() => undefined); // shown through `error`
      })}
    >
      <Stack>
        <ErrorAlert error={props.error} title="The practitioner was not added" />
        <DetailsFields register={form.register} errors={errors} autoFocus />
        <SecretFields register={form.register} control={form.control} errors={errors} />
        <Group justify="flex-end">
          {props.onCancel && (
            <Button variant="default" onClick={props.onCancel}>
              Cancel
            </Button>
          )}
          <Button type="submit" loading={props.busy}>
            {props.submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
