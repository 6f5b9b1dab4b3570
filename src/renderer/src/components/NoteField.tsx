import { Textarea } from '@mantine/core';

/** Free text in a record: grows as it fills, capped at what the record keeps, empty is null. */
export function NoteField(props: {
  label: string;
  value: string | null;
  onChange(value: string | null): void;
  disabled?: boolean;
  minRows?: number;
}) {
  return (
    <Textarea
      label={props.label}
      autosize
      minRows={props.minRows ?? 1}
      maxLength={4000}
      value={props.value ?? ''}
      onChange={(event) =>
        props.onChange(event.currentTarget.value === '' ? null : event.currentTarget.value)
      }
      disabled={props.disabled}
    />
  );
}
