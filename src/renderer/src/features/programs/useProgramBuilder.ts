import { useEffect, useMemo, useState } from 'react';
import { v4 as newKey } from 'uuid';
import { programContextFor } from '../../../../shared/clinical/program-context';
import {
  cautionWarnings,
  checkProgram,
  easierOrHarder,
  itemFromExercise,
  itemsFromProtocols,
  withheldReason,
  type ProgramContext,
} from '../../../../shared/clinical/program-builder';
import { matchInputFor, matchProtocols } from '../../../../shared/clinical/protocol-matching';
import { suggestReturnToRunPlan } from '../../../../shared/clinical/return-to-run';
import type { ClinicalSettings } from '../../../../shared/clinical/settings';
import type { Assessment } from '../../../../shared/domain/assessment';
import type { Patient } from '../../../../shared/domain/patient';
import type { ChosenProtocol, ProgramItem } from '../../../../shared/domain/program';
import { findProtocol } from '../../../../shared/clinical/catalogue/protocols';
import { useKeptInput } from '../../autosave/useKeptInput';
import type { AnyExercise } from './exercise-catalogue';
import {
  addItems,
  moveItem,
  removeItem,
  removeProtocol,
  replaceItem,
  updateItem,
  type DraftItem,
  type ProgramDraft,
} from './program-draft';

/**
 * The builder's state and what the physio can do to it. Suggestions, warnings and the
 * red-flag rules all come from the shared clinical logic, worked out from the assessment.
 */
const RETURN_TO_RUNNING = 'return-to-running';

export function useProgramBuilder(options: {
  patient: Patient;
  assessment: Assessment;
  settings: ClinicalSettings;
  initial: ProgramDraft;
  draftKey: string;
  readOnly: boolean;
  find(id: string): AnyExercise | undefined;
}) {
  const { patient, assessment, settings, find } = options;
  const [draft, setDraft] = useState(options.initial);
  const kept = useKeptInput<ProgramDraft>(options.draftKey, setDraft);
  const { changed } = kept;
  const [touched, setTouched] = useState(false);
  const [lastRemoved, setLastRemoved] = useState<{ item: DraftItem; index: number } | null>(null);

  // Keep the physio's changes (not the untouched starting point) until the program is saved.
  useEffect(() => {
    if (touched && !options.readOnly) changed(draft);
  }, [draft, touched, changed, options.readOnly]);

  const context: ProgramContext = useMemo(
    () =>
      programContextFor(assessment.record, {
        patient: { dateOfBirth: patient.dateOfBirth, sex: patient.sex },
        episodeSide: assessment.episode.side,
        settings,
      }),
    [assessment, patient.dateOfBirth, patient.sex, settings],
  );

  const match = useMemo(
    () => matchProtocols(matchInputFor(assessment.record, context.findings)),
    [assessment.record, context.findings],
  );

  const check = useMemo(() => checkProgram(draft as never, context, find), [draft, context, find]);

  function change(next: (current: ProgramDraft) => ProgramDraft) {
    setTouched(true);
    setDraft(next);
  }

  function suggestPlan() {
    const pain = assessment.record.subjective.pain;
    return suggestReturnToRunPlan(
      {
        redFlags: context.redFlags,
        painNow: pain.painNow,
        painDuringRun: pain.painDuringRun,
        weeklyDistanceKm: assessment.record.subjective.weeklyDistanceKm,
        findings: context.findings,
        diagnosis: context.diagnosis,
      },
      newKey,
    );
  }

  return {
    draft,
    kept,
    context,
    match,
    check,
    change,
    suggestPlan,
    setTitle: (title: string) => change((current) => ({ ...current, title })),
    setGoal: (goal: string | null) => change((current) => ({ ...current, goal })),
    setSavedBy: (savedBy: string) => setDraft((current) => ({ ...current, savedBy })),
    addProtocols(chosen: ChosenProtocol[]) {
      change((current) => {
        const items = itemsFromProtocols(chosen, context, newKey, undefined, current.protocols);
        const next = addItems({ ...current, protocols: [...current.protocols, ...chosen] }, items);
        const goal = current.goal ?? findProtocol(chosen[0]!.protocolId)?.purpose ?? null;
        // Choosing the return-to-running protocol brings its walk-run plan with it.
        const wantsPlan = chosen.some(
          (entry) => findProtocol(entry.protocolId)?.id === RETURN_TO_RUNNING,
        );
        const returnToRun = current.returnToRun ?? (wantsPlan ? suggestPlan() : null);
        return { ...next, goal, returnToRun };
      });
    },
    addExercise(exercise: AnyExercise) {
      change((current) => addItems(current, [itemFromExercise(exercise, newKey)]));
    },
    withheld: (exercise: AnyExercise) => withheldReason(exercise, context),
    warningsFor(item: DraftItem) {
      const exercise = find(item.exerciseId);
      return exercise ? cautionWarnings(exercise, context) : [];
    },
    actionsFor(item: DraftItem) {
      return {
        onChange: (patch: Partial<DraftItem>) =>
          change((current) => updateItem(current, item.key, patch)),
        onRemove: () => {
          setLastRemoved({ item, index: draft.items.indexOf(item) });
          change((current) => removeItem(current, item.key));
        },
        onMove: (to: number) => change((current) => moveItem(current, item.key, to)),
        onSwap: (direction: 'easier' | 'harder') => {
          const next = easierOrHarder(item as ProgramItem, direction);
          if (next) change((current) => replaceItem(current, item.key, next));
        },
      };
    },
    lastRemoved,
    /** Puts the last removed exercise back where it was. */
    undoRemove() {
      if (!lastRemoved) return;
      change((current) => {
        if (current.items.some((entry) => entry.exerciseId === lastRemoved.item.exerciseId))
          return current;
        const items = [...current.items];
        items.splice(lastRemoved.index, 0, lastRemoved.item);
        return { ...current, items };
      });
      setLastRemoved(null);
    },
    removeProtocol: (protocolId: string) =>
      change((current) => removeProtocol(current, protocolId)),
    setReturnToRun: (returnToRun: ProgramDraft['returnToRun']) =>
      change((current) => ({ ...current, returnToRun })),
  };
}
