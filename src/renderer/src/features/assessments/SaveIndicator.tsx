import { Text } from '@mantine/core';
import { format, parseISO } from 'date-fns';
import type { SaveState } from './useDraftAutosave';

/** Tells the physio, quietly, that what they type is kept. */
export function SaveIndicator({ saveState }: { saveState: SaveState }) {
  const text =
    saveState.state === 'saved'
      ? `Draft saved ${format(parseISO(saveState.at), 'HH:mm:ss')}`
      : saveState.state === 'saving'
        ? 'Saving…'
        : saveState.state === 'unsaved'
          ? 'Changes not saved yet'
          : `Could not save: ${saveState.message}`;
  return (
    <Text
      size="sm"
      c={saveState.state === 'failed' ? 'red' : 'dimmed'}
      // Only a failure is announced; saving as you type would otherwise speak at every key.
      role={saveState.state === 'failed' ? 'alert' : undefined}
    >
      {text}
    </Text>
  );
}
