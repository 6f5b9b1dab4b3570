/**
 * What the crash-safety writer reports on stdout, one JSON line each, right after the write
 * has committed. Shared by the writer (a child process) and the test that kills it.
 */
export type CommittedWrite =
  | { kind: 'ready' }
  | { kind: 'patient'; patientId: string }
  | { kind: 'started'; assessmentId: string; patientId: string }
  | { kind: 'saved'; assessmentId: string; revision: number; note: string }
  | { kind: 'finalised'; assessmentId: string; revision: number };

/** The physio the writer signs visits as. */
export const CRASH_TEST_PHYSIO = 'Crash Test Physio';
