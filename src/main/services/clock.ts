import { v7 as uuidv7 } from 'uuid';

/** Time and ids come from here so tests can fix them; ISO-8601 UTC and UUIDv7 everywhere. */
export interface Clock {
  nowIso(): string;
  newId(): string;
}

export const systemClock: Clock = {
  nowIso: () => new Date().toISOString(),
  newId: () => uuidv7(),
};
