/** Where read-aloud is: never started (or stopped), reading, paused, done, or failed. */
export type SpeechStatus = 'idle' | 'playing' | 'paused' | 'finished' | 'failed';

export interface SpeechState {
  status: SpeechStatus;
  /** The chunk being read (or to be read on resume). */
  index: number;
  /** Speaking rate, 1 = normal. */
  rate: number;
}

export type SpeechEvent =
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'stop' }
  | { type: 'rate'; rate: number }
  /** The engine finished chunk `index`. */
  | { type: 'ended'; index: number }
  /** The engine gave up on chunk `index` (not a cancel we asked for). */
  | { type: 'failed'; index: number };

/** What the controller must do to the engine after a transition. */
export type SpeechEffect = 'speak' | 'cancel' | 'none';

export const MIN_RATE = 0.5;
export const MAX_RATE = 2;
export const INITIAL_SPEECH: SpeechState = { status: 'idle', index: 0, rate: 1 };

function clampRate(rate: number): number {
  return Number.isFinite(rate) ? Math.min(MAX_RATE, Math.max(MIN_RATE, Math.round(rate * 100) / 100)) : 1;
}

/**
 * The read-aloud state machine, pure. Pausing cancels the engine and resuming speaks the
 * current sentence again from its start: engines disagree on `pause()` (some ignore it,
 * some never resume), while cancel-and-speak works everywhere. A new rate applies at once
 * by restarting the current sentence. Events about a chunk other than the current one are
 * stale (from a cancelled utterance) and change nothing.
 */
export function speechTransition(
  state: SpeechState,
  event: SpeechEvent,
  chunkCount: number,
): { state: SpeechState; effect: SpeechEffect } {
  const stay = { state, effect: 'none' as const };
  switch (event.type) {
    case 'play':
      if (chunkCount === 0 || state.status === 'playing') return stay;
      // Paused resumes where it was; idle, finished and failed start from the top.
      return {
        state: { ...state, status: 'playing', index: state.status === 'paused' ? state.index : 0 },
        effect: 'speak',
      };
    case 'pause':
      return state.status === 'playing' ? { state: { ...state, status: 'paused' }, effect: 'cancel' } : stay;
    case 'stop':
      if (state.status === 'idle') return stay;
      return {
        state: { ...state, status: 'idle', index: 0 },
        effect: state.status === 'playing' ? 'cancel' : 'none',
      };
    case 'rate': {
      const rate = clampRate(event.rate);
      if (rate === state.rate) return stay;
      return { state: { ...state, rate }, effect: state.status === 'playing' ? 'speak' : 'none' };
    }
    case 'ended':
      if (state.status !== 'playing' || event.index !== state.index) return stay;
      if (state.index + 1 >= chunkCount) return { state: { ...state, status: 'finished', index: 0 }, effect: 'none' };
      return { state: { ...state, index: state.index + 1 }, effect: 'speak' };
    case 'failed':
      if (state.status !== 'playing' || event.index !== state.index) return stay;
      return { state: { ...state, status: 'failed' }, effect: 'cancel' };
  }
}
