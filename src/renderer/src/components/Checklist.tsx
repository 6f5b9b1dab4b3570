import { Checkbox, Group, Stack } from '@mantine/core';

/** A labelled group of checkboxes over a catalogue list ("What makes it worse"). */
export function Checklist<T extends string>(props: {
  label: string;
  options: readonly { value: T; label: string }[];
  value: readonly T[];
  onChange(value: T[]): void;
  disabled?: boolean;
  /** One per line (short lists beside a chart) instead of wrapping across the row. */
  stacked?: boolean;
}) {
  const Layout = props.stacked ? Stack : Group;
  return (
    <Checkbox.Group
      label={props.label}
      value={[...props.value]}
      onChange={(values) => props.onChange(values as T[])}
    >
      <Layout mt="xs" gap={props.stacked ? 6 : 'md'}>
        {props.options.map((option) => (
          <Checkbox
            key={option.value}
            value={option.value}
            label={option.label}
            disabled={props.disabled}
          />
        ))}
      </Layout>
    </Checkbox.Group>
  );
}
