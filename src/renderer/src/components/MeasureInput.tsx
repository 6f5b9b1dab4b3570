import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { UNITS, type NumberField } from '../../../shared/clinical/catalogue/types';
import { parseFieldInput } from '../../../shared/clinical/field-schema';

interface MeasureInputProps {
  field: NumberField;
  /** "left", "right" or null: part of the accessible name and of messages. */
  where: string | null;
  value: number | null;
  onChange(value: number | null): void;
  /** Show the field's label above the input (shared fields); per-side inputs sit in a table. */
  showLabel?: boolean;
  disabled?: boolean;
  /** The test it belongs to, so its accessible name is unique on the page. */
  context?: string;
}

/**
 * A measured number with its unit beside it. What is typed is checked at once with the same
 * rule the main process applies; a value that fails keeps its message on screen and is not
 * saved, so the last good value stays stored.
 */
export function MeasureInput(props: MeasureInputProps) {
  const { field, where, value, onChange, showLabel, disabled } = props;
  const [text, setText] = useState(value === null ? '' : String(value));
  const [error, setError] = useState<string | null>(null);

  const [shownValue, setShownValue] = useState(value);

  // A new value from outside (a restored version, a cancelled amendment) replaces the text,
  // unless the text already says it ("180.0" stays as typed for 180).
  if (value !== shownValue) {
    setShownValue(value);
    const current = parseFieldInput(field, where, text);
    if (current.error !== null || current.value !== value) {
      setText(value === null ? '' : String(value));
      setError(null);
    }
  }

  const unit = UNITS[field.unit].symbol;
  const unitName = UNITS[field.unit].name;
  const name = [
    where ? `${field.label}, ${where}` : field.label,
    props.context ? ` — ${props.context}` : '',
    unitName ? ` (${unitName})` : '',
  ].join('');
  return (
    <TextInput
      label={showLabel ? field.label : undefined}
      aria-label={showLabel && !props.context ? undefined : name}
      description={showLabel ? field.help : undefined}
      value={text}
      inputMode="decimal"
      autoComplete="off"
      disabled={disabled}
      error={error}
      rightSection={unit ? <span aria-hidden="true">{unit}</span> : null}
      rightSectionWidth={unit.length > 2 ? 48 : 36}
      onChange={(event) => {
        const typed = event.currentTarget.value;
        setText(typed);
        const parsed = parseFieldInput(field, where, typed);
        setError(parsed.error);
        if (parsed.error === null) {
          setShownValue(parsed.value as number | null);
          onChange(parsed.value as number | null);
        }
      }}
    />
  );
}
