import { PasswordInput } from '@mantine/core';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { PASSPHRASE_MIN_LENGTH } from '../../../../shared/domain/database-keys';

type PassphraseValues = { passphrase?: string; confirmation?: string };

/** A new clinic passphrase, typed twice. */
export function NewPassphraseFields<T extends PassphraseValues>({
  register,
  errors,
  label = 'Clinic passphrase',
}: {
  register: UseFormRegister<T>;
  errors: FieldErrors<PassphraseValues>;
  label?: string;
}) {
  const fields = register as unknown as UseFormRegister<PassphraseValues>;
  return (
    <>
      <PasswordInput
        label={label}
        description={`At least ${PASSPHRASE_MIN_LENGTH} characters. A few unrelated words are easy to remember and hard to guess.`}
        autoComplete="new-password"
        {...fields('passphrase')}
        error={errors.passphrase?.message}
      />
      <PasswordInput
        label="Type the passphrase again"
        autoComplete="new-password"
        {...fields('confirmation')}
        error={errors.confirmation?.message}
      />
    </>
  );
}
