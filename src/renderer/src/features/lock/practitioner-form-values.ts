import { z } from 'zod';
import {
  practitionerDetailsSchema,
  PROFESSIONS,
  unlockSecretSchema,
  type PractitionerDetails,
  type UnlockSecret,
} from '../../../../shared/domain/practitioner';

/** The account form as typed: the PIN or password twice, so a slip is caught before saving. */
export interface SecretValues {
  secretKind: UnlockSecret['kind'];
  secret: string;
  confirmSecret: string;
}

export interface DetailsValues {
  name: string;
  profession: (typeof PROFESSIONS)[number] | '';
  registrationNumber: string;
}

export const EMPTY_DETAILS: DetailsValues = { name: '', profession: '', registrationNumber: '' };
export const EMPTY_SECRET: SecretValues = { secretKind: 'pin', secret: '', confirmSecret: '' };

const secretShape = {
  secretKind: z.enum(['pin', 'password']),
  secret: z.string(),
  confirmSecret: z.string(),
};

/** The same rules main applies (the shared schema), with each message put under its field. */
function checkSecret(values: SecretValues, context: z.RefinementCtx): void {
  const parsed = unlockSecretSchema.safeParse({ kind: values.secretKind, value: values.secret });
  if (!parsed.success) {
    context.addIssue({
      code: 'custom',
      path: ['secret'],
      message: parsed.error.issues[0]!.message,
    });
  } else if (values.confirmSecret !== values.secret) {
    const what = values.secretKind === 'pin' ? 'PINs' : 'passwords';
    context.addIssue({
      code: 'custom',
      path: ['confirmSecret'],
      message: `The two ${what} are not the same: type it again`,
    });
  }
}

const secretOf = (values: SecretValues): UnlockSecret => ({
  kind: values.secretKind,
  value: values.secret,
});

export const secretValuesSchema = z
  .object(secretShape)
  .superRefine(checkSecret)
  .transform(secretOf);

/** A new account: details and the PIN or password together. */
export const newPractitionerValuesSchema = practitionerDetailsSchema
  .extend(secretShape)
  .superRefine(checkSecret)
  .transform((values) => ({
    practitioner: {
      name: values.name,
      profession: values.profession,
      registrationNumber: values.registrationNumber,
    } satisfies PractitionerDetails,
    secret: secretOf(values),
  }));

export const detailsValuesSchema = practitionerDetailsSchema;

export function detailsValuesOf(practitioner: PractitionerDetails): DetailsValues {
  return {
    name: practitioner.name,
    profession: practitioner.profession,
    registrationNumber: practitioner.registrationNumber ?? '',
  };
}

export const PROFESSION_OPTIONS = PROFESSIONS.map((profession) => ({
  value: profession,
  label: profession,
}));
