import {
  NativeSelect,
  PasswordInput,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useId } from 'react';
import {
  Controller,
  type Control,
  type FieldErrors,
  type FieldValues,
  type Path,
  type UseFormRegister,
  useWatch,
} from 'react-hook-form';
import { PASSWORD_MIN_LENGTH, PIN_MIN_DIGITS } from '../../../../shared/domain/practitioner';
import {
  PROFESSION_OPTIONS,
  type DetailsValues,
  type SecretValues,
} from './practitioner-form-values';

/** Name, profession and registration number: what signatures show. */
export function DetailsFields<T extends FieldValues & DetailsValues>({
  register,
  errors,
  autoFocus,
}: {
  register: UseFormRegister<T>;
  errors: FieldErrors<DetailsValues>;
  autoFocus?: boolean;
}) {
  return (
    <Stack gap="sm">
      <TextInput
        label="Full name"
        description="As it should appear on signed assessments"
        withAsterisk
        autoComplete="off"
        data-autofocus={autoFocus || undefined}
        {...register('name' as Path<T>)}
        error={errors.name?.message}
      />
      <NativeSelect
        label="Profession"
        withAsterisk
        data={[{ value: '', label: 'Choose…' }, ...PROFESSION_OPTIONS]}
        {...register('profession' as Path<T>)}
        error={errors.profession?.message}
      />
      <TextInput
        label="Registration number"
        description="Your professional registration, if you have one"
        autoComplete="off"
        {...register('registrationNumber' as Path<T>)}
        error={errors.registrationNumber?.message}
      />
    </Stack>
  );
}

/** PIN or password, typed twice. */
export function SecretFields<T extends FieldValues & SecretValues, Parsed>({
  register,
  control,
  errors,
}: {
  register: UseFormRegister<T>;
  control: Control<T, unknown, Parsed>;
  errors: FieldErrors<SecretValues>;
}) {
  const kindLabelId = useId();
  const kind = useWatch({ control, name: 'secretKind' as Path<T> }) as SecretValues['secretKind'];
  const what = kind === 'pin' ? 'PIN' : 'Password';
  return (
    <Stack gap="sm">
      <div>
        <Text size="sm" fw={500} id={kindLabelId} mb={4}>
          Unlock with
        </Text>
        <Controller
          control={control}
          name={'secretKind' as Path<T>}
          render={({ field }) => (
            <SegmentedControl
              aria-labelledby={kindLabelId}
              value={field.value}
              onChange={field.onChange}
              data={[
                { value: 'pin', label: 'A PIN' },
                { value: 'password', label: 'A password' },
              ]}
            />
          )}
        />
      </div>
      <PasswordInput
        label={what}
        description={
          kind === 'pin'
            ? `At least ${PIN_MIN_DIGITS} digits. Not one digit repeated.`
            : `At least ${PASSWORD_MIN_LENGTH} characters.`
        }
        withAsterisk
        autoComplete="new-password"
        inputMode={kind === 'pin' ? 'numeric' : undefined}
        {...register('secret' as Path<T>)}
        error={errors.secret?.message}
      />
      <PasswordInput
        label={`${what} again`}
        withAsterisk
        autoComplete="new-password"
        inputMode={kind === 'pin' ? 'numeric' : undefined}
        {...register('confirmSecret' as Path<T>)}
        error={errors.confirmSecret?.message}
      />
    </Stack>
  );
}
