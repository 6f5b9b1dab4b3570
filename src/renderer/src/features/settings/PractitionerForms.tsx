import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack } from '@mantine/core';
import { useForm, type Resolver } from 'react-hook-form';
import type {
  Practitioner,
  PractitionerDetails,
  UnlockSecret,
} from '../../../../shared/domain/practitioner';
import { useChangeUnlockSecret, useUpdatePractitioner } from '../../api/practitioners';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DetailsFields, SecretFields } from '../lock/PractitionerFields';
import {
  detailsValuesOf,
  detailsValuesSchema,
  EMPTY_SECRET,
  secretValuesSchema,
  type DetailsValues,
  type SecretValues,
} from '../lock/practitioner-form-values';

const detailsResolver = zodResolver(detailsValuesSchema) as unknown as Resolver<
  DetailsValues,
  unknown,
  PractitionerDetails
>;
const secretResolver = zodResolver(secretValuesSchema) as unknown as Resolver<
  SecretValues,
  unknown,
  UnlockSecret
>;

function FormButtons({
  label,
  busy,
  onCancel,
}: {
  label: string;
  busy: boolean;
  onCancel(): void;
}) {
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        Cancel
      </Button>
      <Button type="submit" loading={busy}>
        {label}
      </Button>
    </Group>
  );
}

/** A practitioner's name, profession and registration number. */
export function EditPractitionerForm(props: { practitioner: Practitioner; onDone(): void }) {
  const update = useUpdatePractitioner();
  const form = useForm<DetailsValues, unknown, PractitionerDetails>({
    resolver: detailsResolver,
    defaultValues: detailsValuesOf(props.practitioner),
  });
  return (
    <form
      noValidate
      onSubmit={form.handleSubmit((practitioner) =>
        update.mutate({ id: props.practitioner.id, practitioner }, { onSuccess: props.onDone }),
      )}
    >
      <Stack>
        <ErrorAlert error={update.error} title="Not saved" />
        <DetailsFields register={form.register} errors={form.formState.errors} autoFocus />
        <FormButtons label="Save details" busy={update.isPending} onCancel={props.onDone} />
      </Stack>
    </form>
  );
}

/** A new PIN or password, for a forgotten one or a change of kind. */
export function ChangeSecretForm(props: { practitioner: Practitioner; onDone(): void }) {
  const change = useChangeUnlockSecret();
  const form = useForm<SecretValues, unknown, UnlockSecret>({
    resolver: secretResolver,
    defaultValues: { ...EMPTY_SECRET, secretKind: props.practitioner.secretKind },
  });
  return (
    <form
      noValidate
      onSubmit={form.handleSubmit((secret) =>
        change.mutate({ id: props.practitioner.id, secret }, { onSuccess: props.onDone }),
      )}
    >
      <Stack>
        <ErrorAlert error={change.error} title="Not changed" />
        <SecretFields
          register={form.register}
          control={form.control}
          errors={form.formState.errors}
        />
        <FormButtons label="Save" busy={change.isPending} onCancel={props.onDone} />
      </Stack>
    </form>
  );
}
