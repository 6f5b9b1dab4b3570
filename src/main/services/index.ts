import type { AppDatabase } from '../db/connection';
import type { HandoutRenderer } from '../pdf/handout-renderer';
import { createOutboxSender } from '../mail/outbox-sender';
import type { TlsTrust } from '../mail/smtp-options';
import type { FolderDialog, MailApp, SaveDialog, SecretBox } from '../system/ports';
import { systemClock, type Clock } from './clock';
import { createAssessmentService } from './assessments';
import { createCustomExerciseService } from './custom-exercises';
import { createFormDraftService } from './form-drafts';
import { createHandoutService } from './handouts';
import { createMailService } from './mail';
import { createPatientErasureService } from './patient-erasure';
import { createPatientService } from './patients';
import { createProgramService } from './programs';
import { createRecordExportService } from './record-export';
import { createSettingsService } from './settings';
import { createTimelineService } from './timeline';
import { createDailyBackups } from '../backups/daily-backups';
import { createBackupService, type BackupSetup } from './backups';
import { createAuditTrail } from '../audit/audit-trail';
import { patientLookup } from '../audit/patient-of';
import { createLockSession } from './lock-session';
import { createPractitionerService } from './practitioners';

/** What the services need from outside the database: the PDF renderer and the OS's parts. */
export interface SystemPorts {
  handoutRenderer: HandoutRenderer;
  saveDialog: SaveDialog;
  /** Where an exported patient record goes. */
  folderDialog: FolderDialog;
  secrets: SecretBox;
  mailApp: MailApp;
  /** Certificate authorities the mail sender trusts beyond the system's (tests only). */
  mailTrust?: TlsTrust;
  /** The open database file and its key, for backups; absent in tools that make none. */
  backups?: BackupSetup;
}

/**
 * For tools that never make a handout or send mail (demo data, benchmarks of search): asking
 * for either is refused with a message rather than quietly doing nothing.
 */
export const NO_SYSTEM_PORTS: SystemPorts = {
  handoutRenderer: {
    start: () => {},
    render: () => Promise.reject(new Error('This tool does not make handouts.')),
    renderRecord: () => Promise.reject(new Error('This tool does not export patient records.')),
    close: async () => {},
  },
  saveDialog: {
    chooseHandoutTarget: () => Promise.reject(new Error('This tool does not save handouts.')),
  },
  folderDialog: {
    chooseExportFolder: () =>
      Promise.reject(new Error('This tool does not export patient records.')),
  },
  secrets: {
    wrap: () => {
      throw new Error('This tool does not keep secrets.');
    },
    unwrap: () => {
      throw new Error('This tool does not keep secrets.');
    },
  },
  mailApp: {
    openDraft: () => Promise.reject(new Error('This tool does not open mail drafts.')),
  },
};

export function createServices(db: AppDatabase, system: SystemPorts, clock: Clock = systemClock) {
  const patients = createPatientService(db, clock);
  const settings = createSettingsService(db, clock);
  const assessments = createAssessmentService(db, clock, patients, settings);
  const customExercises = createCustomExerciseService(db, clock);
  const practitioners = createPractitionerService(db, clock);
  const audit = createAuditTrail(db, clock);
  const lock = createLockSession(clock, { practitioners, audit, settings });
  const programs = createProgramService(db, clock, {
    patients,
    assessments,
    settings,
    customExercises,
  });
  const handouts = createHandoutService(
    db,
    clock,
    { programs, settings, customExercises },
    { renderer: system.handoutRenderer, saveDialog: system.saveDialog },
  );
  const mail = createMailService(
    db,
    clock,
    { settings, patients, programs, handouts },
    {
      secrets: system.secrets,
      mailApp: system.mailApp,
      trust: system.mailTrust,
      wakeSender: () => outbox.wake(),
    },
  );
  // Started and stopped by whoever runs the app (desktop, preview), not by creating services.
  const outbox = createOutboxSender({ db, clock, mailSetup: mail.setup, trust: system.mailTrust });
  const backups = createBackupService(system.backups, clock, system.folderDialog);
  return {
    patients,
    settings,
    drafts: createFormDraftService(db, clock),
    assessments,
    customExercises,
    programs,
    handouts,
    mail,
    outbox,
    backups,
    // Started and stopped with the app, like the outbox sender.
    dailyBackups: createDailyBackups(() => backups.backUpIfDue()),
    timeline: createTimelineService(db, { patients }),
    recordExport: createRecordExportService(
      db,
      clock,
      { settings, customExercises },
      { renderer: system.handoutRenderer, folderDialog: system.folderDialog },
    ),
    erasure: createPatientErasureService(db, clock, {
      forgetRenders: (patientId) => handouts.forget(patientId),
    }),
    practitioners,
    audit,
    lock,
    /** Whose record a call names, for the audit trail. */
    patientLookup: patientLookup(db, handouts),
    /** Where things the clinic exports go (the audit trail; patient records use it too). */
    folderDialog: system.folderDialog,
    clock,
  };
}

export type Services = ReturnType<typeof createServices>;
