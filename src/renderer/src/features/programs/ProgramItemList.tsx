import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { Stack, Text } from '@mantine/core';
import type { AnyExercise } from './exercise-catalogue';
import type { DraftItem } from './program-draft';
import { ProgramItemCard, type ItemActions } from './ProgramItemCard';

/**
 * The program's exercises in order. Reordering works by dragging the handle, from the
 * keyboard (focus the handle, Space to lift, arrows to move, Space to drop), or with the
 * Move up / Move down buttons.
 */
export function ProgramItemList(props: {
  items: DraftItem[];
  find(id: string): AnyExercise | undefined;
  warningsFor(item: DraftItem): string[];
  readOnly: boolean;
  actionsFor(item: DraftItem): ItemActions;
}) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  function onDragEnd(event: DragEndEvent) {
    const { active, over } = event;
    if (!over || active.id === over.id) return;
    const to = props.items.findIndex((item) => item.key === over.id);
    const moved = props.items.find((item) => item.key === active.id);
    if (moved && to >= 0) props.actionsFor(moved).onMove(to);
  }

  if (props.items.length === 0) {
    return (
      <Text c="dimmed">
        No exercises yet. Add the suggested protocols, or add exercises from the library.
      </Text>
    );
  }
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{
        announcements: {
          onDragStart: ({ active }) => `Picked up ${nameOf(props, active.id)}.`,
          onDragOver: ({ active, over }) =>
            over
              ? `${nameOf(props, active.id)} is over position ${positionOf(props, over.id)}.`
              : '',
          onDragEnd: ({ active, over }) =>
            over
              ? `${nameOf(props, active.id)} dropped at position ${positionOf(props, over.id)}.`
              : `${nameOf(props, active.id)} put back.`,
          onDragCancel: ({ active }) => `Moving ${nameOf(props, active.id)} was cancelled.`,
        },
      }}
    >
      <SortableContext
        items={props.items.map((item) => item.key)}
        strategy={verticalListSortingStrategy}
      >
        <Stack gap="sm">
          {props.items.map((item, index) => (
            <ProgramItemCard
              key={item.key}
              item={item}
              exercise={props.find(item.exerciseId)}
              position={index}
              count={props.items.length}
              warnings={props.warningsFor(item)}
              readOnly={props.readOnly}
              actions={props.actionsFor(item)}
            />
          ))}
        </Stack>
      </SortableContext>
    </DndContext>
  );
}

function nameOf(
  props: { items: DraftItem[]; find(id: string): AnyExercise | undefined },
  key: unknown,
) {
  const item = props.items.find((entry) => entry.key === key);
  return (item && props.find(item.exerciseId)?.name) ?? 'The exercise';
}

function positionOf(props: { items: DraftItem[] }, key: unknown) {
  return props.items.findIndex((entry) => entry.key === key) + 1;
}
