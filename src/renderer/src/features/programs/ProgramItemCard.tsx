import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import {
  ActionIcon,
  Badge,
  Button,
  Collapse,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useId, useState } from 'react';
import { describeDosage } from '../../../../shared/clinical/dosage-text';
import { programItemSchema } from '../../../../shared/domain/program';
import { DosageFields } from './DosageFields';
import { isLibraryExercise, type AnyExercise } from './exercise-catalogue';
import { ExerciseDetails } from './ExerciseDetails';
import { ExerciseFigure } from './ExerciseFigure';
import type { DraftItem } from './program-draft';

const SIDE_OPTIONS = [
  { value: 'both', label: 'Both legs' },
  { value: 'left', label: 'Left leg only' },
  { value: 'right', label: 'Right leg only' },
];

const EXTRA_OPTIONS = [
  { value: '', label: 'No extra sets' },
  { value: 'left', label: 'Extra on the left' },
  { value: 'right', label: 'Extra on the right' },
];

/** The first message per field, for showing beside the input. */
function errorsOf(item: DraftItem): { byField: Record<string, string>; valid: boolean } {
  const parsed = programItemSchema.safeParse(item);
  if (parsed.success) return { byField: {}, valid: true };
  const byField: Record<string, string> = {};
  for (const issue of parsed.error.issues)
    byField[String(issue.path[0] ?? 'item')] ??= issue.message;
  return { byField, valid: false };
}

export interface ItemActions {
  onChange(change: Partial<DraftItem>): void;
  onRemove(): void;
  onMove(to: number): void;
  onSwap(direction: 'easier' | 'harder'): void;
}

/** One exercise of the program: its dosage, side, note, and the actions on it. */
export function ProgramItemCard(props: {
  item: DraftItem;
  exercise: AnyExercise | undefined;
  position: number;
  count: number;
  warnings: string[];
  readOnly: boolean;
  actions: ItemActions;
}) {
  const { item, exercise, actions } = props;
  const headingId = useId();
  const [showing, setShowing] = useState(false);
  const { setNodeRef, transform, transition, isDragging, attributes, listeners } = useSortable({
    id: item.key,
    disabled: props.readOnly,
  });
  const name = exercise?.name ?? 'Exercise no longer available';
  const { byField, valid } = errorsOf(item);
  const oneSided = exercise?.oneSided ?? true;
  const library = exercise && isLibraryExercise(exercise) ? exercise : null;

  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby={headingId}
      ref={setNodeRef}
      style={{
        transform: CSS.Transform.toString(transform),
        transition,
        opacity: isDragging ? 0.7 : 1,
      }}
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Group gap="xs" wrap="nowrap" align="flex-start">
            {!props.readOnly && (
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={`Drag to reorder ${name}`}
                {...attributes}
                {...listeners}
                style={{ cursor: 'grab' }}
              >
                ⠿
              </ActionIcon>
            )}
            <div>
              <Title order={4} size="h5" id={headingId}>
                {props.position + 1}. {name}
              </Title>
              <Text size="sm" c={valid ? undefined : 'red'}>
                {valid && exercise
                  ? describeDosage(programItemSchema.parse(item), exercise)
                  : 'Dosage incomplete: see the fields marked below'}
              </Text>
            </div>
          </Group>
          {library && (
            <Group gap="xs" wrap="nowrap" align="flex-start" style={{ flexShrink: 0 }}>
              <ExerciseFigure
                exerciseId={library.id}
                side={item.side === 'right' ? 'right' : 'left'}
                band={item.band}
                bothSides={item.side === 'both'}
                width={176}
                height={104}
              />
              <Badge variant="light">Level {library.level}</Badge>
            </Group>
          )}
        </Group>

        {props.warnings.map((warning) => (
          <Text key={warning} size="sm" c="orange.9">
            ⚠ {warning}
          </Text>
        ))}

        {/* The fields repeat on every card; the legend tells a screen reader whose they are. */}
        <fieldset className="plain-fieldset">
          <legend className="visually-hidden">Dosage of {name}</legend>
          <Stack gap="xs">
            <Group gap="xs" align="flex-end">
              {oneSided ? (
                <NativeSelect
                  label="Side"
                  size="xs"
                  data={SIDE_OPTIONS}
                  value={item.side}
                  disabled={props.readOnly}
                  onChange={(event) => {
                    const side = event.currentTarget.value as DraftItem['side'];
                    actions.onChange(
                      side === 'both' ? { side } : { side, extraSetsOn: null, extraSets: 0 },
                    );
                  }}
                />
              ) : (
                <Text size="xs" c="dimmed" pb={6}>
                  Works both legs together
                </Text>
              )}
              {oneSided && item.side === 'both' && (
                <>
                  <NativeSelect
                    label="Weaker side"
                    size="xs"
                    data={EXTRA_OPTIONS}
                    value={item.extraSetsOn ?? ''}
                    disabled={props.readOnly}
                    onChange={(event) => {
                      const extraSetsOn = (event.currentTarget.value ||
                        null) as DraftItem['extraSetsOn'];
                      actions.onChange({
                        extraSetsOn,
                        extraSets: extraSetsOn ? Math.max(1, item.extraSets ?? 0) : 0,
                      });
                    }}
                  />
                  {item.extraSetsOn && (
                    <NumberInput
                      label="Extra sets"
                      size="xs"
                      w={100}
                      min={1}
                      max={5}
                      allowDecimal={false}
                      clampBehavior="none"
                      value={item.extraSets ?? ''}
                      disabled={props.readOnly}
                      error={byField['extraSets'] ?? byField['extraSetsOn']}
                      onChange={(value) =>
                        actions.onChange({ extraSets: typeof value === 'number' ? value : null })
                      }
                    />
                  )}
                </>
              )}
            </Group>

            <DosageFields
              item={item}
              errors={byField}
              disabled={props.readOnly}
              onChange={actions.onChange}
            />
            <Textarea
              label="Note for the patient"
              size="xs"
              autosize
              minRows={1}
              maxLength={500}
              value={item.note ?? ''}
              disabled={props.readOnly}
              error={byField['note']}
              onChange={(event) => actions.onChange({ note: event.currentTarget.value || null })}
            />
          </Stack>
        </fieldset>
        <Group gap="xs">
          {!props.readOnly && (
            <>
              <Button
                size="compact-sm"
                variant="light"
                disabled={!library?.easier}
                aria-label={`Easier version of ${name}`}
                onClick={() => actions.onSwap('easier')}
              >
                Easier version
              </Button>
              <Button
                size="compact-sm"
                variant="light"
                disabled={!library?.harder}
                aria-label={`Harder version of ${name}`}
                onClick={() => actions.onSwap('harder')}
              >
                Harder version
              </Button>
              <Button
                size="compact-sm"
                variant="default"
                disabled={props.position === 0}
                aria-label={`Move ${name} up`}
                onClick={() => actions.onMove(props.position - 1)}
              >
                Move up
              </Button>
              <Button
                size="compact-sm"
                variant="default"
                disabled={props.position === props.count - 1}
                aria-label={`Move ${name} down`}
                onClick={() => actions.onMove(props.position + 1)}
              >
                Move down
              </Button>
              <Button
                size="compact-sm"
                variant="subtle"
                color="red"
                aria-label={`Remove ${name}`}
                onClick={actions.onRemove}
              >
                Remove
              </Button>
            </>
          )}
          {exercise && (
            <Button
              size="compact-sm"
              variant="subtle"
              aria-expanded={showing}
              aria-label={`${showing ? 'Hide' : 'Show'} instructions for ${name}`}
              onClick={() => setShowing((open) => !open)}
            >
              {showing ? 'Hide instructions' : 'Show instructions'}
            </Button>
          )}
        </Group>
        {exercise && (
          <Collapse expanded={showing}>
            <ExerciseDetails
              exercise={exercise}
              side={item.side === 'right' ? 'right' : 'left'}
              band={item.band}
              bothSides={item.side === 'both'}
            />
          </Collapse>
        )}
      </Stack>
    </Paper>
  );
}
