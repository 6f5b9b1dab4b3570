import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { Assessment, AssessmentRecord } from '../../../../shared/domain/assessment';
import { rememberSavedDraft, saveAssessmentDraft } from '../../api/assessments';
import { SaveScheduler } from '../../autosave/save-scheduler';

export type SaveState =
  | { state: 'saved'; at: string }
  | { state: 'saving' }
  | { state: 'unsaved' }
  | { state: 'failed'; message: string };

/**
 * Saves a draft visit as the physio types (see SaveScheduler for when), and at once when the
 * window is hidden or closed, so a crash loses at most about two seconds of typing.
 */
export function useDraftAutosave(
  assessment: Assessment,
  record: AssessmentRecord,
  enabled: boolean,
) {
  const queryClient = useQueryClient();
  const [saveState, setSaveState] = useState<SaveState>({
    state: 'saved',
    at: assessment.updatedAt,
  });
  const [initialRecord] = useState(record);
  const [saver] = useState(() => {
    let revision = assessment.revision;
    let savedAt = assessment.updatedAt;
    const scheduler = new SaveScheduler<AssessmentRecord>({
      save: async (value) => {
        const saved = await saveAssessmentDraft({ id: assessment.id, revision, record: value });
        revision = saved.revision;
        savedAt = saved.updatedAt;
        rememberSavedDraft(queryClient, assessment.id, { record: value, ...saved });
      },
      onStateChange: (state, error) =>
        setSaveState(
          state === 'saved'
            ? { state, at: savedAt }
            : state === 'failed'
              ? { state, message: error instanceof Error ? error.message : String(error) }
              : { state },
        ),
    });
    return { scheduler, revision: () => revision };
  });

  useEffect(() => {
    if (enabled && record !== initialRecord) saver.scheduler.changed(record);
  }, [enabled, record, initialRecord, saver]);

  useEffect(() => {
    if (!enabled) return;
    const saveNow = () => void saver.scheduler.flush();
    window.addEventListener('pagehide', saveNow);
    document.addEventListener('visibilitychange', saveNow);
    return () => {
      window.removeEventListener('pagehide', saveNow);
      document.removeEventListener('visibilitychange', saveNow);
      saveNow(); // leaving the page inside the app
    };
  }, [enabled, saver]);

  return {
    saveState,
    /** Saves anything pending and returns the revision to build on (finalising needs it). */
    async settle(): Promise<number> {
      if (!(await saver.scheduler.flush())) {
        throw new Error('The latest changes could not be saved, so nothing was signed.');
      }
      return saver.revision();
    },
  };
}
