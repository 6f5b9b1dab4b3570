import type { AddressInfo, Socket } from 'node:net';
import { generate } from 'selfsigned';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';

/** One message the server accepted, as it came over the wire. */
export interface ReceivedMail {
  from: string;
  to: string[];
  raw: Buffer;
}

export interface TestSmtpServer {
  host: '127.0.0.1';
  port: number;
  /** The server's self-signed certificate, for the client to trust (STARTTLS servers only). */
  ca: string | null;
  received: ReceivedMail[];
  /** Messages whose connection was cut before the server answered (see beforeAccepting). */
  dropped: ReceivedMail[];
  close(): Promise<void>;
}

export interface TestSmtpOptions {
  /** Offer STARTTLS with a certificate made now; otherwise plain text only. */
  starttls?: boolean;
  /** Require this user name and password; otherwise anyone may send. */
  login?: { user: string; pass: string };
  /** Recipients refused with 550, as a server refuses an unknown mailbox. */
  refuse?: string[];
  /** A fixed port (to come back on the same one); 0 picks a free one. */
  port?: number;
  /**
   * Runs once a whole message has arrived, before the server answers that it accepts it;
   * 'drop' cuts the connection instead of answering (the message is kept in `dropped`).
   */
  beforeAccepting?: (mail: ReceivedMail) => Promise<void | 'drop'>;
}

/** A self-signed certificate for 127.0.0.1, made for one test run. */
async function loopbackCertificate() {
  return generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  });
}

/** A real SMTP peer on loopback (the `smtp-server` package), keeping what it accepts. */
export async function startSmtpServer(options: TestSmtpOptions = {}): Promise<TestSmtpServer> {
  const certificate = options.starttls ? await loopbackCertificate() : null;
  const received: ReceivedMail[] = [];
  const dropped: ReceivedMail[] = [];
  const server = new SMTPServer({
    secure: false,
    ...(certificate ? { key: certificate.private, cert: certificate.cert } : {}),
    disabledCommands: certificate ? [] : ['STARTTLS'],
    authOptional: !options.login,
    allowInsecureAuth: !certificate,
    logger: false,
    onAuth(auth, _session, callback) {
      const { login } = options;
      if (login && auth.username === login.user && auth.password === login.pass) {
        callback(null, { user: auth.username });
      } else {
        callback(
          Object.assign(new Error('Authentication credentials invalid'), { responseCode: 535 }),
        );
      }
    },
    onRcptTo(address: SMTPServerAddress, _session, callback) {
      if (options.refuse?.includes(address.address)) {
        callback(
          Object.assign(new Error(`Mailbox ${address.address} does not exist`), {
            responseCode: 550,
          }),
        );
      } else {
        callback();
      }
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const mail: ReceivedMail = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((to) => to.address),
          raw: Buffer.concat(chunks),
        };
        void (options.beforeAccepting?.(mail) ?? Promise.resolve()).then((verdict) => {
          if (verdict === 'drop') {
            dropped.push(mail);
            cutConnections();
          } else {
            received.push(mail);
            callback();
          }
        });
      });
    },
  });
  /** Drops every client's connection at once, as a failing network does. */
  function cutConnections() {
    const open = (server as unknown as { connections: Set<{ _socket: Socket }> }).connections;
    for (const connection of open) connection._socket.destroy();
  }
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    host: '127.0.0.1',
    port,
    ca: certificate?.cert ?? null,
    received,
    dropped,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
