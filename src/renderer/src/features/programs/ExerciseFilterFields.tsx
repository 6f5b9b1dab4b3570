import { Group, TextInput } from '@mantine/core';
import {
  EQUIPMENT,
  EXERCISE_CATEGORIES,
  EXERCISE_POSITIONS,
  EXERCISE_TARGETS,
} from '../../../../shared/clinical/catalogue/exercise-types';
import { OptionSelect } from '../../components/OptionSelect';
import type { ExerciseFilters } from './exercise-search';

/** Search by name and narrow by target, position, equipment and category. */
export function ExerciseFilterFields(props: {
  filters: ExerciseFilters;
  onChange(filters: ExerciseFilters): void;
  autoFocus?: boolean;
}) {
  const { filters, onChange } = props;
  return (
    <Group align="flex-end" gap="xs">
      <TextInput
        label="Search exercises"
        placeholder="Name, aim or muscle"
        value={filters.query}
        data-autofocus={props.autoFocus || undefined}
        onChange={(event) => onChange({ ...filters, query: event.currentTarget.value })}
        style={{ flex: '1 1 220px' }}
      />
      <OptionSelect
        label="Target"
        showLabel
        options={EXERCISE_TARGETS}
        value={filters.target}
        emptyLabel="Any target"
        onChange={(target) => onChange({ ...filters, target })}
      />
      <OptionSelect
        label="Position"
        showLabel
        options={EXERCISE_POSITIONS}
        value={filters.position}
        emptyLabel="Any position"
        onChange={(position) => onChange({ ...filters, position })}
      />
      <OptionSelect
        label="Equipment"
        showLabel
        options={EQUIPMENT}
        value={filters.equipment}
        emptyLabel="Any equipment"
        onChange={(equipment) => onChange({ ...filters, equipment })}
      />
      <OptionSelect
        label="Category"
        showLabel
        options={EXERCISE_CATEGORIES}
        value={filters.category}
        emptyLabel="Any category"
        onChange={(category) => onChange({ ...filters, category })}
      />
    </Group>
  );
}
