import type { QueryClient } from '@tanstack/react-query';

/**
 * Queries that hold one patient's data under keys that do not name the patient: visits,
 * programs, handouts, emails and drafts are kept by their own ids, and a handout preview's
 * drawn pages by the handout's id.
 */
const PER_RECORD_QUERIES = [
  'assessments',
  'episodes',
  'programs',
  'handouts',
  'handout-pages',
  'history',
  'mail',
  'drafts',
];

/**
 * After an erasure nothing of the patient stays in the page's memory: every query that names
 * them or could hold their data goes (others are read again when next shown), and so do the
 * results of finished actions, which hold exported records and handout PDFs.
 */
export function forgetErasedPatient(queryClient: QueryClient, patientId: string): void {
  queryClient.removeQueries({
    predicate: (query) =>
      PER_RECORD_QUERIES.includes(String(query.queryKey[0])) ||
      JSON.stringify(query.queryKey).includes(patientId),
  });
  queryClient.getMutationCache().clear();
}
