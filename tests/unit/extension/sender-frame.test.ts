import { describe, expect, it } from 'vitest';
import { senderFrame } from '@/lib/sender-frame';

describe('senderFrame', () => {
  it.each([
    [{ tab: { id: 7 }, frameId: 0 }, { tabId: 7, frameIds: [0] }],
    [{ tab: { id: 7 }, frameId: 3 }, { tabId: 7, frameIds: [3] }],
    // Firefox leaves frameId out for the top frame in some message paths.
    [{ tab: { id: 7 } }, { tabId: 7, frameIds: [0] }],
  ])('targets exactly the frame that sent %o', (sender, expected) => {
    expect(senderFrame(sender)).toEqual(expected);
  });

  it.each([[{}], [{ frameId: 0 }], [{ tab: {} }], [{ tab: { id: -1 }, frameId: 0 }]])(
    'gives no target for a sender outside a tab: %o',
    (sender) => {
      expect(senderFrame(sender)).toBeNull();
    },
  );
});
