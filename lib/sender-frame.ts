/** The parts of a runtime message sender that locate the frame it came from. */
export interface SenderLike {
  tab?: { id?: number };
  frameId?: number;
}

/**
 * The scripting target of the frame that sent a message: that tab and only that frame, so
 * a script run on its behalf can never reach another tab or frame. Null for senders that
 * are not in a tab (extension pages, the background itself).
 */
export function senderFrame(sender: SenderLike): { tabId: number; frameIds: number[] } | null {
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0) return null;
  return { tabId, frameIds: [sender.frameId ?? 0] };
}
