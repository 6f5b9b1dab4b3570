import { NativeSelect } from '@mantine/core';

interface OptionSelectProps {
  /** Accessible name; shown as a label only when `showLabel`. */
  label: string;
  showLabel?: boolean;
  description?: string;
  options: readonly { value: string; label: string }[];
  value: string | null;
  onChange(value: string | null): void;
  disabled?: boolean;
  /** The test it belongs to, so its accessible name is unique on the page. */
  context?: string;
  /** What the empty choice says: not tested, not answered. */
  emptyLabel?: string;
  error?: string;
}

/**
 * A short list of answers as a native select: quick from the keyboard (type the first
 * letter), and empty means not recorded.
 */
export function OptionSelect(props: OptionSelectProps) {
  return (
    <NativeSelect
      label={props.showLabel ? props.label : undefined}
      aria-label={
        props.context
          ? `${props.label} — ${props.context}`
          : props.showLabel
            ? undefined
            : props.label
      }
      description={props.showLabel ? props.description : undefined}
      disabled={props.disabled}
      error={props.error}
      value={props.value ?? ''}
      onChange={(event) => props.onChange(event.currentTarget.value || null)}
      data={[{ value: '', label: props.emptyLabel ?? '—' }, ...props.options]}
    />
  );
}
