import type { MethodOutput } from '../../shared/ipc/contract';
import type { Services } from '../services';
import { withAuditTrail } from '../audit/audited-handlers';
import { accountHandlers } from './account-handlers';
import { KEYS_WITHOUT_GATE, type KeyHandlers } from '../startup/gate-handlers';
import type { Handlers } from './router';

export type AppInfo = MethodOutput<'app.info'>;

/**
 * Wires each contract method to its service call, each audited as audit/audit-rules.ts says.
 * Signatures and saved versions name the unlocked practitioner (`lock.signer()`), never a
 * name the page sends.
 */
export function createHandlers(
  services: Services,
  info: AppInfo,
  /** The start-up gate's key methods where there is one (desktop, preview). */
  keys: KeyHandlers = KEYS_WITHOUT_GATE,
): Handlers {
  const handlers: Handlers = {
    'app.info': () => info,
    ...keys,
    'patients.search': (input) => services.patients.search(input),
    'patients.get': ({ id }) => services.patients.get(id),
    'patients.create': ({ patient }) => services.patients.create(patient),
    'patients.update': ({ id, revision, patient }) =>
      services.patients.update(id, revision, patient),
    'patients.archive': ({ id, revision }) => services.patients.setArchived(id, revision, true),
    'patients.restore': ({ id, revision }) => services.patients.setArchived(id, revision, false),
    'patients.exportRecord': ({ id }) => services.recordExport.exportRecord(id),
    'patients.erase': ({ id, confirmation }) => services.erasure.erase(id, confirmation),
    'drafts.get': ({ formKey }) => services.drafts.get(formKey),
    'drafts.save': ({ formKey, payload }) => services.drafts.save(formKey, payload),
    'drafts.discard': ({ formKey }) => {
      services.drafts.discard(formKey);
      return null;
    },
    'episodes.list': ({ patientId }) => services.assessments.episodes(patientId),
    'assessments.start': ({ patientId, episode, startFrom }) =>
      services.assessments.start(patientId, episode, startFrom),
    'assessments.get': ({ id }) => services.assessments.get(id),
    'assessments.forPatient': ({ patientId }) => services.assessments.forPatient(patientId),
    'assessments.saveDraft': ({ id, revision, record }) =>
      services.assessments.saveDraft(id, revision, record),
    'assessments.finalise': ({ id, revision }) => {
      const signer = services.lock.signer();
      return services.assessments.finalise(id, revision, signer.name, signer.id);
    },
    'assessments.amend': ({ id, revision, record, reason }) => {
      const signer = services.lock.signer();
      return services.assessments.amend(id, revision, record, {
        signedBy: signer.name,
        signedById: signer.id,
        reason,
      });
    },
    'assessments.versions': ({ id }) => services.assessments.versions(id),
    'assessments.discardDraft': ({ id, revision }) => {
      services.assessments.discardDraft(id, revision);
      return null;
    },
    'patients.timeline': ({ patientId }) => services.timeline.forPatient(patientId),
    'assessments.progress': ({ patientId }) => services.assessments.progress(patientId),
    'assessments.compare': ({ firstId, secondId }) =>
      services.assessments.compare(firstId, secondId),
    'settings.getClinical': () => services.settings.clinical(),
    'settings.updateClinical': ({ settings }) => services.settings.updateClinical(settings),
    'settings.getClinic': () => services.settings.clinic(),
    'settings.updateClinic': ({ profile }) => services.settings.updateClinic(profile),
    'programs.forPatient': ({ patientId }) => services.programs.forPatient(patientId),
    'programs.get': ({ id, version }) => services.programs.get(id, version),
    'programs.create': ({ assessmentId, content }) => {
      const signer = services.lock.signer();
      return services.programs.create(
        assessmentId,
        { ...content, savedBy: signer.name },
        signer.id,
      );
    },
    'programs.saveVersion': ({ id, baseVersion, content }) => {
      const signer = services.lock.signer();
      return services.programs.saveVersion(
        id,
        baseVersion,
        { ...content, savedBy: signer.name },
        signer.id,
      );
    },
    'customExercises.list': () => services.customExercises.list(),
    'customExercises.create': ({ exercise, photo }) =>
      services.customExercises.create(exercise, photo),
    'customExercises.update': ({ id, revision, exercise, photo }) =>
      services.customExercises.update(id, revision, exercise, photo),
    'customExercises.photo': ({ id }) => services.customExercises.photo(id),
    'handouts.render': ({ programId, version, options }) =>
      services.handouts.render(programId, version, options),
    'handouts.save': ({ handoutId }) => services.handouts.save(handoutId),
    'handouts.recordPrint': ({ handoutId }) => services.handouts.recordPrint(handoutId),
    'handouts.forProgram': ({ programId }) => services.handouts.forProgram(programId),
    'mail.getSettings': () => services.mail.settings(),
    'mail.updateSettings': ({ settings }) => services.mail.updateSettings(settings),
    'mail.sendTest': ({ settings }) => services.mail.sendTest(settings),
    'mail.draftFor': ({ handoutId }) => services.mail.draftFor(handoutId),
    'mail.queue': ({ email }) => services.mail.queue(email, services.lock.signer()),
    'mail.openInMailApp': ({ email }) => services.mail.openInMailApp(email),
    'mail.forPatient': ({ patientId }) => services.mail.forPatient(patientId),
    'mail.attachment': ({ id }) => services.mail.attachment(id),
    'mail.retry': ({ id }) => services.mail.retry(id),
    'backups.status': () => services.backups.status(),
    'backups.backUpNow': () => services.backups.backUpNow(),
    'backups.chooseFolder': () => services.backups.chooseFolder(),
    'backups.setFolder': ({ folder }) => services.backups.setFolder(folder),
    'backups.check': ({ fileName }) => services.backups.check(fileName),
    'backups.restore': ({ fileName }) => services.backups.restore(fileName),
    'backups.cancelRestore': () => services.backups.cancelRestore(),
    ...accountHandlers(services),
  };
  return withAuditTrail(handlers, {
    audit: services.audit,
    find: services.patientLookup,
    actor: () => services.lock.current(),
  });
}
