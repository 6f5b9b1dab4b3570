import { Button, Stack } from '@mantine/core';
import { useRef } from 'react';
import { number } from '../../../../../shared/clinical/catalogue/fields';
import { formatWithUnit } from '../../../../../shared/clinical/format';
import type { CarriedForward } from '../../../../../shared/domain/assessment';
import { MeasureInput } from '../../../components/MeasureInput';
import { describeDate } from '../../../format/dates';

const bodyMass = number('bodyMassKg', 'Body mass', 'kg', { min: 20, max: 250, step: 0.1 });

/**
 * Today's body mass. In a follow-up it starts empty, because strength is divided by it and an
 * old value signed unchanged would pass for today's; the last visit's value is shown beside
 * it, with a button to take it over in one step when the physio has checked it still holds.
 */
export function BodyMassField(props: {
  value: number | null;
  onChange(value: number | null): void;
  disabled: boolean;
  carried: CarriedForward | undefined;
}) {
  const { value, onChange, disabled, carried } = props;
  const wrapper = useRef<HTMLDivElement>(null);
  const previous = disabled ? null : (carried?.previousBodyMassKg ?? null);
  if (previous === null || !carried) {
    return (
      <MeasureInput
        field={bodyMass}
        where={null}
        showLabel
        value={value}
        onChange={onChange}
        disabled={disabled}
      />
    );
  }
  const shown = formatWithUnit(previous, 'kg');
  const field = { ...bodyMass, help: `Last visit: ${shown} on ${describeDate(carried.visitDate)}` };
  return (
    <Stack gap={4} ref={wrapper}>
      <MeasureInput field={field} where={null} showLabel value={value} onChange={onChange} />
      {value === null && (
        <Button
          variant="light"
          size="compact-sm"
          style={{ alignSelf: 'flex-start' }}
          aria-label={`Use ${shown} as today's body mass`}
          onClick={() => {
            onChange(previous);
            // The button goes once the field is filled: the cursor goes to the field, so
            // the physio sees the value taken over and Tab carries on from there.
            wrapper.current?.querySelector('input')?.focus();
          }}
        >
          Use {shown}
        </Button>
      )}
    </Stack>
  );
}
