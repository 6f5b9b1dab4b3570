import { describe, expect, it } from 'vitest';
import { callSenderOf } from '../../src/main/ipc/call-sender';

describe('who made an IPC call', () => {
  const top = { url: 'file:///app/out/renderer/index.html#/' };
  const child = { url: 'file:///app/out/renderer/index.html' };

  it('marks the window top frame as the main frame', () => {
    expect(callSenderOf({ senderFrame: top, sender: { mainFrame: top } })).toEqual({
      url: top.url,
      mainFrame: true,
    });
  });

  it('does not mistake a child frame with the same address for the main frame', () => {
    expect(callSenderOf({ senderFrame: child, sender: { mainFrame: top } }).mainFrame).toBe(false);
  });

  it('treats a frame that has gone away as nobody', () => {
    expect(callSenderOf({ senderFrame: null, sender: { mainFrame: top } })).toEqual({
      url: '',
      mainFrame: false,
    });
  });
});
