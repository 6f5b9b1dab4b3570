import type { StartupStatus } from '../../shared/domain/database-keys';

type Problem = Extract<StartupStatus, { state: 'damaged' }>['problem'];

/** What the damaged screen says happened, in words for the clinic rather than for IT. */
export function damagedMessage(problem: Problem): string {
  switch (problem) {
    case 'integrity':
      return 'The start-up check found damage inside the patient database file (this can follow a power cut, a failing disk or a full disk). Stride Clinic has not written anything to it, so nothing more is lost.';
    case 'unreadable':
      return 'The patient database file could not be read with the clinic’s key: its first page is damaged, or the file was replaced by another one. Stride Clinic has not written anything to it.';
    case 'key-file-missing':
      return 'The file that keeps the database key (database-key.json) is missing from the data folder, so the patient database cannot be opened. Put the file back from a copy of the data folder; the recovery key alone cannot replace it. Nothing was changed.';
    case 'key-file-unreadable':
      return 'The file that keeps the database key (database-key.json) is damaged, so the patient database cannot be opened. Put the file back from a copy of the data folder. Nothing was changed.';
    case 'cannot-open':
      return 'The patient database could not be opened or brought up to date by this version of Stride Clinic. Nothing was changed.';
  }
}
