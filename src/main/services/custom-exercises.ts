import { asc, and, eq, sql } from 'drizzle-orm';
import {
  PHOTO_TYPES,
  type CustomExercise,
  type CustomExerciseContent,
  type PhotoType,
} from '../../shared/domain/custom-exercise';
import type { AppDatabase } from '../db/connection';
import { customExercises } from '../db/schema';
import type { Clock } from './clock';
import { ConflictError, NotFoundError } from './errors';
import { readImageDataUrl } from './image-bytes';

type Row = typeof customExercises.$inferSelect;

const PREFIX = 'custom:';
const NOT_FOUND = 'That exercise could not be found.';

/** Decodes a data URL and checks the bytes are the image kind it claims to be. */
function readPhoto(dataUrl: string): { bytes: Buffer; type: PhotoType } {
  return readImageDataUrl(
    dataUrl,
    PHOTO_TYPES,
    'The photo is not a readable PNG, JPEG or WebP image.',
  );
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
