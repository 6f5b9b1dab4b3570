import { asc, and, eq, sql } from 'drizzle-orm';
import type {
  CustomExercise,
  CustomExerciseContent,
  PhotoType,
} from '../../shared/domain/custom-exercise';
import type { AppDatabase } from '../db/connection';
import { customExercises } from '../db/schema';
import type { Clock } from './clock';
import { ConflictError, IncompleteError, NotFoundError } from './errors';

type Row = typeof customExercises.$inferSelect;

const PREFIX = 'custom:';
const NOT_FOUND = 'That exercise could not be found.';

/** The first bytes each accepted image kind starts with; anything else is refused. */
function photoTypeOf(bytes: Buffer): PhotoType | null {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (
    bytes.subarray(0, 4).toString('latin1') === 'RIFF' &&
    bytes.subarray(8, 12).toString('latin1') === 'WEBP'
  )
    return 'image/webp';
  return null;
}

/** Decodes a data URL and checks the bytes are the image kind it claims to be. */
function readPhoto(dataUrl: string): { bytes: Buffer; type: PhotoType } {
  const [header, data] = dataUrl.split(',', 2);
  const claimed = header!.slice('data:'.length, header!.indexOf(';'));
  const bytes = Buffer.from(data!, 'base64');
  const type = photoTypeOf(bytes);
  if (!type || type !== claimed) {
    throw new IncompleteError('The photo is not a readable PNG, JPEG or WebP image.');
  }
  return { bytes, type };
}

function toCustomExercise(row: Row): CustomExercise {
  return {
    ...(row.content as CustomExerciseContent),
    id: `${PREFIX}${row.id}`,
    hasPhoto: row.photo !== null,
    revision: row.revision,
    updatedAt: row.updatedAt,
  };
}

/** The clinic's own exercises, kept beside the built-in library. */
export function createCustomExerciseService(db: AppDatabase, clock: Clock) {
  function row(exerciseId: string): Row {
    const id = exerciseId.startsWith(PREFIX) ? exerciseId.slice(PREFIX.length) : exerciseId;
    const found = db.select().from(customExercises).where(eq(customExercises.id, id)).get();
    if (!found) throw new NotFoundError(NOT_FOUND);
    return found;
  }

  return {
    list(): CustomExercise[] {
      return db
        .select()
        .from(customExercises)
        .orderBy(asc(customExercises.name))
        .all()
        .map(toCustomExercise);
    },

    get(exerciseId: string): CustomExercise {
      return toCustomExercise(row(exerciseId));
    },

    /** The exercise, or undefined when it does not exist (for checking a program's items). */
    find(exerciseId: string): CustomExercise | undefined {
      if (!exerciseId.startsWith(PREFIX)) return undefined;
      const id = exerciseId.slice(PREFIX.length);
      const found = db.select().from(customExercises).where(eq(customExercises.id, id)).get();
      return found ? toCustomExercise(found) : undefined;
    },

    create(content: CustomExerciseContent, photo: string | null | undefined): CustomExercise {
      const image = photo ? readPhoto(photo) : null;
      const now = clock.nowIso();
      const id = clock.newId();
      db.insert(customExercises)
        .values({
          id,
          name: content.name,
          content,
          photo: image?.bytes ?? null,
          photoType: image?.type ?? null,
          createdAt: now,
          updatedAt: now,
        })
        .run();
      return toCustomExercise(row(id));
    },

    update(
      exerciseId: string,
      revision: number,
      content: CustomExerciseContent,
      photo: string | null | undefined,
    ): CustomExercise {
      const current = row(exerciseId);
      const image = photo ? readPhoto(photo) : null;
      const updated = db
        .update(customExercises)
        .set({
          name: content.name,
          content,
          revision: sql`${customExercises.revision} + 1`,
          updatedAt: clock.nowIso(),
          // undefined keeps the stored photo; null removes it.
          ...(photo === undefined
            ? {}
            : { photo: image?.bytes ?? null, photoType: image?.type ?? null }),
        })
        .where(and(eq(customExercises.id, current.id), eq(customExercises.revision, revision)))
        .returning()
        .get();
      if (!updated) {
        throw new ConflictError(
          'This exercise was changed in another window since you opened it, so this change was not saved.',
        );
      }
      return toCustomExercise(updated);
    },

    /** The photo as a data URL for display, or null when there is none. */
    photo(exerciseId: string): string | null {
      const found = row(exerciseId);
      if (!found.photo || !found.photoType) return null;
      return `data:${found.photoType};base64,${Buffer.from(found.photo).toString('base64')}`;
    },
  };
}

export type CustomExerciseService = ReturnType<typeof createCustomExerciseService>;
