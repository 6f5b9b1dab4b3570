import { z } from 'zod';
import { fullName } from './patient';
import { foldForSearch } from './search-text';

/**
 * The patient's rights over their record: export it (a readable PDF and a JSON file of every
 * stored field), archive it (out of the list, kept), or erase it for good.
 */

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

/** What became of "Export patient record". */
export const exportedRecordSchema = z.discriminatedUnion('kind', [
  /** Both files written to the folder the physio chose. */
  z.object({
    kind: z.literal('saved'),
    folder: z.string(),
    files: z.array(
      z.object({ fileName: z.string(), path: z.string(), sha256, byteSize: z.number().int() }),
    ),
  }),
  /** The browser preview: the page downloads both files from these bytes. */
  z.object({
    kind: z.literal('downloaded'),
    files: z.array(
      z.object({
        fileName: z.string(),
        mediaType: z.enum(['application/pdf', 'application/json']),
        base64: z.string(),
        sha256,
        byteSize: z.number().int(),
      }),
    ),
  }),
  /** The physio closed the folder dialog: nothing was written or recorded. */
  z.object({ kind: z.literal('cancelled') }),
]);
export type ExportedRecord = z.output<typeof exportedRecordSchema>;

/** Folds what was typed and the name shown alike, as search does: case, accents, spaces. */
const folded = (text: string) => foldForSearch(text).trim().replace(/\s+/g, ' ');

/**
 * Erasing asks the physio to type the patient's full name as the page shows it (first and
 * last name). Case, accents and extra spaces do not matter ("zoe lukasiewicz" confirms Zoë
 * Łukasiewicz: not every keyboard has Ł); every letter does.
 */
export function confirmsErasure(
  patient: { firstName: string; lastName: string },
  typed: string,
): boolean {
  return folded(typed) === folded(fullName(patient));
}

export const eraseInputSchema = z.object({
  confirmation: z
    .string({ error: "Type the patient's full name to confirm" })
    .trim()
    .min(1, "Type the patient's full name to confirm")
    .max(250, 'That is longer than any patient name'),
});

export const erasedSchema = z.object({ erasedAt: z.iso.datetime() });
