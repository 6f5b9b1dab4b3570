import { useCallback, useEffect, useRef, useState } from 'react';
import type { Assessment, AssessmentRecord } from '../../../../shared/domain/assessment';
import { saveAssessmentDraft } from '../../api/assessments';

const SAVE_AFTER_MS = 1000;

export type SaveState =
  | { state: 'saved'; at: string }
  | { state: 'saving' }
  | { state: 'unsaved' }
  | { state: 'failed'; message: string };

/**
 * Saves a draft visit as the physio types: one second after the last change, one save at a
 * time, and at once when the window is hidden or closed. A crash loses at most that second.
 */
export function useDraftAutosave(
  assessment: Assessment,
  record: AssessmentRecord,
  enabled: boolean,
  onSaved: (saved: { record: AssessmentRecord; revision: number; updatedAt: string }) => void,
) {
  const savedCallback = useRef(onSaved);
  useEffect(() => {
    savedCallback.current = onSaved;
  });
  const revision = useRef(assessment.revision);
  const latest = useRef(record);
  const dirty = useRef(false);
  const inFlight = useRef<Promise<void> | null>(null);
  const failed = useRef(false);
  const [saveState, setSaveState] = useState<SaveState>({
    state: 'saved',
    at: assessment.updatedAt,
  });

  /** Sends the latest record if it changed since the last save; one save at a time. */
  const flush = useCallback(async (): Promise<void> => {
    while (inFlight.current) await inFlight.current;
    if (!dirty.current) return;
    dirty.current = false;
    setSaveState({ state: 'saving' });
    const sent = latest.current;
    inFlight.current = saveAssessmentDraft({
      id: assessment.id,
      revision: revision.current,
      record: sent,
    })
      .then((saved) => {
        revision.current = saved.revision;
        savedCallback.current({ record: sent, ...saved });
        setSaveState(
          dirty.current ? { state: 'unsaved' } : { state: 'saved', at: saved.updatedAt },
        );
      })
      .catch((error: unknown) => {
        dirty.current = true;
        failed.current = true;
        setSaveState({
          state: 'failed',
          message: error instanceof Error ? error.message : String(error),
        });
      })
      .finally(() => {
        inFlight.current = null;
      });
    await inFlight.current;
  }, [assessment.id]);

  useEffect(() => {
    if (!enabled || record === latest.current) return;
    latest.current = record;
    dirty.current = true;
    setSaveState({ state: 'unsaved' });
    const timer = setTimeout(() => void flush(), SAVE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [enabled, record, flush]);

  useEffect(() => {
    if (!enabled) return;
    const saveNow = () => void flush();
    window.addEventListener('pagehide', saveNow);
    document.addEventListener('visibilitychange', saveNow);
    return () => {
      window.removeEventListener('pagehide', saveNow);
      document.removeEventListener('visibilitychange', saveNow);
      saveNow(); // leaving the page inside the app
    };
  }, [enabled, flush]);

  return {
    saveState,
    /** Saves anything pending and returns the revision to build on (finalising needs it). */
    async settle(): Promise<number> {
      failed.current = false;
      await flush();
      // Changes typed while that save was under way go too.
      if (dirty.current && !failed.current) await flush();
      if (failed.current)
        throw new Error('The latest changes could not be saved; nothing was signed.');
      return revision.current;
    },
  };
}
