import { IncompleteError } from '../services/errors';

/**
 * Wrong credentials at start-up or in Settings → Security. They are IncompleteErrors so the
 * router answers 'invalid-input' with the message: the physio reads it under the form.
 */

export class WrongPassphraseError extends IncompleteError {
  constructor() {
    super(
      'That is not the clinic passphrase. Nothing was opened or changed. Check Caps Lock and try again.',
    );
    this.name = 'WrongPassphraseError';
  }
}

export class WrongRecoveryKeyError extends IncompleteError {
  constructor() {
    super(
      'This recovery key is written correctly, but it is not the one for this clinic’s database (a key printed before the last key change no longer opens it). Nothing was opened or changed.',
    );
    this.name = 'WrongRecoveryKeyError';
  }
}

export class RecoveryKeyTypoError extends IncompleteError {
  constructor(message: string) {
    super(`${message}. Nothing was opened or changed.`);
    this.name = 'RecoveryKeyTypoError';
  }
}

/** The key store is there but cannot open the key it kept (another user, a reset keychain). */
export class KeyStoreCannotOpenError extends Error {
  constructor() {
    super('The computer’s key store could not open the database key.');
    this.name = 'KeyStoreCannotOpenError';
  }
}
