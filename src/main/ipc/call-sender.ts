import type { CallSender } from './router';

/** The parts of an Electron IPC event that say who called (structural, so it can be tested). */
export interface IpcEventLike {
  senderFrame: { url: string } | null;
  sender: { mainFrame: unknown };
}

/** Who made an IPC call: the calling frame's URL and whether it is the window's top frame. */
export function callSenderOf(event: IpcEventLike): CallSender {
  const frame = event.senderFrame;
  return { url: frame?.url ?? '', mainFrame: frame !== null && frame === event.sender.mainFrame };
}
