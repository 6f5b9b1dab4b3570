/** What an error from nodemailer carries that matters here (see nodemailer's errors). */
interface MailError {
  code?: string;
  responseCode?: number;
  response?: string;
  permanent?: boolean;
  originalCode?: string;
  message?: string;
}

/** Why an email did not go, in plain words, and whether trying again later can help. */
export interface SendProblem {
  /** Worth trying again later on its own: the server was unreachable or said "not now". */
  retry: boolean;
  problem: string;
}

const UNREACHABLE = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'EPROXY']);

/** Node's codes for a certificate it cannot trust (self-signed, expired, wrong name ...). */
const CERTIFICATE = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/;

function serverSaid(error: MailError): string {
  return error.response ? ` The server said: “${error.response.trim()}”` : '';
}

/** Turns a failed send into what the physio reads in the patient's history. */
export function sendProblem(error: unknown, server: { host: string; port: number }): SendProblem {
  const mailError = (typeof error === 'object' && error !== null ? error : {}) as MailError;
  const where = `${server.host}:${server.port}`;
  if (CERTIFICATE.test(mailError.originalCode ?? '')) {
    return {
      retry: false,
      problem: `A secure connection to ${where} could not be made: its certificate is not trusted (${mailError.originalCode}). Check the server name and security setting in Settings, Mail.`,
    };
  }
  switch (mailError.code) {
    case 'EAUTH':
    case 'ENOAUTH':
      return {
        retry: false,
        problem: `The mail server refused the user name or password. Check them in Settings, Mail.${serverSaid(mailError)}`,
      };
    case 'ETLS':
    case 'EREQUIRETLS':
      return {
        retry: false,
        problem: `A secure connection to ${where} could not be made (${mailError.message ?? 'TLS failed'}). Check the security setting in Settings, Mail.`,
      };
    case 'EENVELOPE':
      return {
        retry: mailError.permanent === false,
        problem: `The mail server refused the address.${serverSaid(mailError)}`,
      };
  }
  if (mailError.code && UNREACHABLE.has(mailError.code) && mailError.responseCode === undefined) {
    const detail = mailError.originalCode ?? mailError.code;
    return {
      retry: true,
      problem: `The mail server ${where} could not be reached (${detail}). The email waits and goes when the connection is back.`,
    };
  }
  if (mailError.responseCode !== undefined) {
    const permanent = mailError.permanent ?? mailError.responseCode >= 500;
    return {
      retry: !permanent,
      problem: permanent
        ? `The mail server refused the email.${serverSaid(mailError)}`
        : `The mail server asked to try later.${serverSaid(mailError)}`,
    };
  }
  return {
    retry: false,
    problem: `The email could not be sent: ${mailError.message ?? String(error)}`,
  };
}
