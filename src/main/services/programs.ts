import { and, desc, eq } from 'drizzle-orm';
import { findExercise } from '../../shared/clinical/catalogue/exercises';
import { programContextFor } from '../../shared/clinical/program-context';
import { checkProgram, type ProgramContext } from '../../shared/clinical/program-builder';
import { redFlagScreen } from '../../shared/clinical/red-flag-screen';
import type { Assessment } from '../../shared/domain/assessment';
import type {
  Program,
  ProgramContent,
  ProgramSummary,
  StoredProgramContent,
} from '../../shared/domain/program';
import type { AppDatabase } from '../db/connection';
import { programs, programVersions } from '../db/schema';
import type { AssessmentService } from './assessments';
import type { Clock } from './clock';
import type { CustomExerciseService } from './custom-exercises';
import { ConflictError, IncompleteError, NotFoundError } from './errors';
import type { PatientService } from './patients';
import type { SettingsService } from './settings';

type ProgramRow = typeof programs.$inferSelect;

const NOT_FOUND = 'That program could not be found.';

function toSummary(row: ProgramRow): ProgramSummary {
  return {
    id: row.id,
    patientId: row.patientId,
    assessmentId: row.assessmentId,
    title: row.title,
    latestVersion: row.latestVersion,
    exerciseCount: row.exerciseCount,
    updatedAt: row.updatedAt,
  };
}

/**
 * Home exercise programs. Each save is checked against the assessment it was built from (a red
 * flag forbids running and hopping) and kept as a new version; no version is ever changed.
 */
export function createProgramService(
  db: AppDatabase,
  clock: Clock,
  deps: {
    patients: PatientService;
    assessments: AssessmentService;
    settings: SettingsService;
    customExercises: CustomExerciseService;
  },
) {
  function row(id: string): ProgramRow {
    const found = db.select().from(programs).where(eq(programs.id, id)).get();
    if (!found) throw new NotFoundError(NOT_FOUND);
    return found;
  }

  /**
   * What the assessment says, as the program checks need it (its latest signed record). A red
   * flag found at a later signed visit stops running in every program of the patient, so the
   * latest finalised visit's screen counts too.
   */
  function contextFor(assessment: Assessment): ProgramContext {
    const patient = deps.patients.get(assessment.patientId);
    const record = assessment.record;
    const latestFinal = deps.assessments
      .forPatient(assessment.patientId)
      .find((visit) => visit.status === 'final');
    const laterScreen =
      latestFinal && latestFinal.id !== assessment.id
        ? redFlagScreen(deps.assessments.get(latestFinal.id).record)
        : null;
    const own = programContextFor(record, {
      patient: { dateOfBirth: patient.dateOfBirth, sex: patient.sex },
      episodeSide: assessment.episode.side,
      settings: deps.settings.clinical(),
    });
    return laterScreen?.referralAdvised && !own.redFlags.referralAdvised
      ? { ...own, redFlags: laterScreen }
      : own;
  }

  function lookup(id: string) {
    return findExercise(id) ?? deps.customExercises.find(id);
  }

  /** Refuses a program the assessment does not allow; the physio sees the reasons. */
  function check(assessment: Assessment, content: ProgramContent): void {
    if (assessment.status !== 'final') {
      throw new ConflictError('Finalise the assessment before saving a program built from it.');
    }
    const { blocking } = checkProgram(content, contextFor(assessment), lookup);
    if (blocking.length > 0) {
      throw new IncompleteError(`${blocking.join(' ')} Nothing was saved.`);
    }
  }

  /**
   * A clinic exercise can be edited later; the version keeps a copy of its text as it was, so
   * a handout re-made from this version says what was given.
   */
  function withClinicExercises(content: ProgramContent): StoredProgramContent {
    const clinicExercises = Object.fromEntries(
      content.items.flatMap((item) => {
        const own = deps.customExercises.find(item.exerciseId);
        if (!own) return [];
        const { id, hasPhoto, revision, updatedAt, ...text } = own;
        return [[id, text]];
      }),
    );
    return Object.keys(clinicExercises).length > 0 ? { ...content, clinicExercises } : content;
  }

  function addVersion(
    programId: string,
    version: number,
    content: ProgramContent,
    now: string,
    savedById: string | null,
  ) {
    db.insert(programVersions)
      .values({
        id: clock.newId(),
        programId,
        version,
        content: withClinicExercises(content),
        savedBy: content.savedBy,
        savedByPractitionerId: savedById,
        savedAt: now,
      })
      .run();
  }

  /** The program with the asked version (the latest when none is named) and its history. */
  function getProgram(id: string, version?: number): Program {
    const found = row(id);
    const wanted = version ?? found.latestVersion;
    const current = db
      .select()
      .from(programVersions)
      .where(and(eq(programVersions.programId, id), eq(programVersions.version, wanted)))
      .get();
    if (!current) throw new NotFoundError(`Version ${wanted} of this program could not be found.`);
    const versions = db
      .select({
        version: programVersions.version,
        savedAt: programVersions.savedAt,
        savedBy: programVersions.savedBy,
      })
      .from(programVersions)
      .where(eq(programVersions.programId, id))
      .orderBy(desc(programVersions.version))
      .all();
    return {
      ...toSummary(found),
      current: {
        programId: id,
        version: current.version,
        content: current.content as StoredProgramContent,
        savedAt: current.savedAt,
      },
      versions,
    };
  }

  return {
    forPatient(patientId: string): ProgramSummary[] {
      deps.patients.get(patientId);
      return db
        .select()
        .from(programs)
        .where(eq(programs.patientId, patientId))
        .orderBy(desc(programs.updatedAt))
        .all()
        .map(toSummary);
    },

    get: getProgram,

    /**
     * A version as a handout may show it, checked against what is known now: a red flag found
     * since it was saved stops a handout that still has running in it.
     */
    forHandout(id: string, version: number) {
      const program = getProgram(id, version);
      const assessment = deps.assessments.get(program.assessmentId);
      const context = contextFor(assessment);
      const { blocking } = checkProgram(program.current.content, context, lookup);
      if (blocking.length > 0) {
        throw new IncompleteError(
          `This version cannot be given as a handout: ${blocking.join(' ')} Save a new version without it first.`,
        );
      }
      return { program, patient: deps.patients.get(program.patientId), redFlags: context.redFlags };
    },

    /** `savedById`: the practitioner account saving (the app passes the unlocked one). */
    create(
      assessmentId: string,
      content: ProgramContent,
      savedById: string | null = null,
    ): Program {
      const assessment = deps.assessments.get(assessmentId);
      check(assessment, content);
      const id = clock.newId();
      db.transaction(() => {
        const now = clock.nowIso();
        db.insert(programs)
          .values({
            id,
            patientId: assessment.patientId,
            assessmentId,
            title: content.title,
            latestVersion: 1,
            exerciseCount: content.items.length,
            createdAt: now,
            updatedAt: now,
          })
          .run();
        addVersion(id, 1, content, now, savedById);
      });
      return getProgram(id);
    },

    /** A new version, if nobody saved one since `baseVersion` was opened. */
    saveVersion(
      id: string,
      baseVersion: number,
      content: ProgramContent,
      savedById: string | null = null,
    ): Program {
      const found = row(id);
      check(deps.assessments.get(found.assessmentId), content);
      db.transaction(() => {
        const now = clock.nowIso();
        const updated = db
          .update(programs)
          .set({
            title: content.title,
            latestVersion: baseVersion + 1,
            exerciseCount: content.items.length,
            updatedAt: now,
          })
          .where(and(eq(programs.id, id), eq(programs.latestVersion, baseVersion)))
          .returning({ id: programs.id })
          .get();
        if (!updated) {
          throw new ConflictError(
            'A newer version of this program was saved since you opened it, so this one was not saved. ' +
              'Open the program again to continue from the latest version.',
          );
        }
        addVersion(id, baseVersion + 1, content, now, savedById);
      });
      return getProgram(id);
    },
  };
}

export type ProgramService = ReturnType<typeof createProgramService>;
