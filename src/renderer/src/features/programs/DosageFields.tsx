import { NativeSelect, NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import { BAND_COLOURS } from '../../../../shared/clinical/catalogue/exercise-types';
import type { Dosage } from '../../../../shared/clinical/catalogue/exercise-types';
import { DOSAGE_LIMITS } from '../../../../shared/domain/program';

/** A dosage while it is typed: any number may be empty for a moment. */
export type DosageDraft = { [K in keyof Dosage]: Dosage[K] | null };

type NumberKey = keyof typeof DOSAGE_LIMITS;

const NUMBER_FIELDS: { key: NumberKey; label: string; decimals?: boolean }[] = [
  { key: 'sets', label: 'Sets' },
  { key: 'reps', label: 'Reps' },
  { key: 'holdSeconds', label: 'Hold or time (s)' },
  { key: 'distanceMetres', label: 'Distance (m)' },
  { key: 'restSeconds', label: 'Rest (s)' },
  { key: 'effort', label: 'Effort (0-10)' },
  { key: 'loadKg', label: 'Load (kg)', decimals: true },
  { key: 'timesPerDay', label: 'Times per day' },
  { key: 'daysPerWeek', label: 'Days per week' },
];

const BAND_OPTIONS = [
  { value: '', label: 'No band' },
  ...BAND_COLOURS.map((colour) => ({
    value: colour,
    label: colour.charAt(0).toUpperCase() + colour.slice(1),
  })),
];

/** Empty or half-typed input is "not given" (null); the schema names what is missing. */
const numberOrNull = (value: number | string) => (typeof value === 'number' ? value : null);

/** The dosage of one program item: every number with its range, band and tempo. */
export function DosageFields(props: {
  item: DosageDraft;
  errors: Record<string, string>;
  disabled: boolean;
  onChange(change: Partial<DosageDraft>): void;
}) {
  const { item, errors } = props;
  return (
    <SimpleGrid cols={{ base: 2, sm: 4, lg: 6 }} spacing="xs" verticalSpacing="xs">
      {NUMBER_FIELDS.map((field) => (
        <NumberInput
          key={field.key}
          label={field.label}
          size="xs"
          value={item[field.key] ?? ''}
          min={DOSAGE_LIMITS[field.key].min}
          max={DOSAGE_LIMITS[field.key].max}
          allowDecimal={field.decimals ?? false}
          allowNegative={false}
          clampBehavior="none"
          disabled={props.disabled}
          error={errors[field.key]}
          onChange={(value) => props.onChange({ [field.key]: numberOrNull(value) })}
        />
      ))}
      <NativeSelect
        label="Band"
        size="xs"
        data={BAND_OPTIONS}
        value={item.band ?? ''}
        disabled={props.disabled}
        error={errors['band']}
        onChange={(event) =>
          props.onChange({ band: (event.currentTarget.value || null) as Dosage['band'] })
        }
      />
      <TextInput
        label="Tempo"
        size="xs"
        placeholder="e.g. 3-1-3"
        value={item.tempo ?? ''}
        disabled={props.disabled}
        error={errors['tempo']}
        onChange={(event) => props.onChange({ tempo: event.currentTarget.value || null })}
      />
    </SimpleGrid>
  );
}
