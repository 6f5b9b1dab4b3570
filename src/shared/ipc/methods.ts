/**
 * The names of every method the renderer may call, and nothing else. Kept apart from the
 * schemas so the sandboxed preload can build `window.api` from this list without bundling zod.
 */
export const IPC_METHODS = [
  'app.info',
  'patients.search',
  'patients.get',
  'patients.create',
  'patients.update',
  'patients.archive',
  'patients.restore',
  'patients.exportRecord',
  'patients.erase',
  'drafts.get',
  'drafts.save',
  'drafts.discard',
  'episodes.list',
  'assessments.start',
  'assessments.get',
  'assessments.forPatient',
  'assessments.saveDraft',
  'assessments.finalise',
  'assessments.amend',
  'assessments.versions',
  'assessments.discardDraft',
  'patients.timeline',
  'assessments.progress',
  'assessments.compare',
  'settings.getClinical',
  'settings.updateClinical',
  'settings.getClinic',
  'settings.updateClinic',
  'programs.forPatient',
  'programs.get',
  'programs.create',
  'programs.saveVersion',
  'customExercises.list',
  'customExercises.create',
  'customExercises.update',
  'customExercises.photo',
  'handouts.render',
  'handouts.save',
  'handouts.recordPrint',
  'handouts.forProgram',
  'mail.getSettings',
  'mail.updateSettings',
  'mail.sendTest',
  'mail.draftFor',
  'mail.queue',
  'mail.openInMailApp',
  'mail.forPatient',
  'mail.attachment',
  'mail.retry',
] as const;

export type IpcMethod = (typeof IPC_METHODS)[number];

/** The single Electron IPC channel every call travels on: (method, input) -> result envelope. */
export const IPC_CHANNEL = 'stride:call';

export function isIpcMethod(value: unknown): value is IpcMethod {
  return typeof value === 'string' && (IPC_METHODS as readonly string[]).includes(value);
}
