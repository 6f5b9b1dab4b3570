/** A record the caller asked for does not exist; the router turns it into a 'not-found' answer. */
export class NotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotFoundError';
  }
}

/**
 * The change was made against an older version of the record, or is not allowed in the
 * record's state (a finalised assessment edited as a draft); the router answers 'conflict'.
 */
export class ConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConflictError';
  }
}

/**
 * The request is well formed but not complete enough for what was asked (finalising with red
 * flags unanswered), or its content is not what it claims (an image whose bytes are not the
 * declared kind); the router answers 'invalid-input' with the message.
 */
export class IncompleteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IncompleteError';
  }
}
