import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { forgetErasedPatient } from '../../src/renderer/src/api/forget-patient';

const erased = '0b6f4a52-8d0e-4c1e-9d4e-2f9c1a7e5b31';

/** A page's cache after working on the patient: what the app's hooks keep, under their keys. */
async function cacheAfterWorkingOn(patientId: string) {
  const queryClient = new QueryClient();
  queryClient.setQueryData(['patients', 'one', patientId], { id: patientId, lastName: 'Novak' });
  queryClient.setQueryData(['patients', 'list', ''], [{ id: 'someone-else' }]);
  queryClient.setQueryData(['programs', 'one', 'program-1'], { patientId });
  // A handout preview's drawn pages, keyed by the handout's id alone.
  queryClient.setQueryData(['handout-pages', 'handout-1'], ['page one of the handout']);
  // Finished actions: a handout made and a record exported (their results hold the PDFs).
  for (const result of [{ pdfBase64: 'JVBERi0x' }, { kind: 'downloaded', files: [] }]) {
    await queryClient
      .getMutationCache()
      .build(queryClient, { mutationFn: async () => result })
      .execute(undefined);
  }
  return queryClient;
}

describe('after a patient is erased', () => {
  it("keeps nothing of theirs: no query, no handout preview's pages, no action's result", async () => {
    const queryClient = await cacheAfterWorkingOn(erased);
    expect(queryClient.getMutationCache().getAll()).toHaveLength(2);

    forgetErasedPatient(queryClient, erased);

    const kept = queryClient
      .getQueryCache()
      .getAll()
      .map((query) => query.queryKey);
    expect(kept).toEqual([['patients', 'list', '']]);
    expect(queryClient.getMutationCache().getAll()).toEqual([]);
  });
});
