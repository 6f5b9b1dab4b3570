/** A record the caller asked for does not exist; the router turns it into a 'not-found' answer. */
export class NotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotFoundError';
  }
}
