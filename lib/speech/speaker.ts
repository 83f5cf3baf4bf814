import { INITIAL_SPEECH, speechTransition, type SpeechEvent, type SpeechState } from './read-aloud-state';
import type { VoiceLike } from './choose-voice';

/** The parts of `SpeechSynthesisUtterance` the speaker sets. */
export interface UtteranceLike {
  text: string;
  lang: string;
  rate: number;
  voice: VoiceLike | null;
  onend: ((ev: unknown) => void) | null;
  onerror: ((ev: { error?: string }) => void) | null;
}

/** The parts of `speechSynthesis` the speaker calls. */
export interface SynthLike {
  speak(utterance: UtteranceLike): void;
  cancel(): void;
}

export interface SpeakerOptions {
  synth: SynthLike;
  /** `(text) => new SpeechSynthesisUtterance(text)` in a browser; a fake in tests. */
  makeUtterance: (text: string) => UtteranceLike;
  chunks: readonly string[];
  voice: VoiceLike;
  /** Called after every change of state (to re-render and move the highlight). */
  onChange: (state: SpeechState) => void;
}

export interface Speaker {
  dispatch(event: Exclude<SpeechEvent, { type: 'ended' | 'failed' }>): void;
  readonly state: SpeechState;
  /** Stops speech for good (the reader closed). */
  dispose(): void;
}

// Errors that mean "we cancelled it", not "the engine failed".
const CANCEL_ERRORS = new Set(['interrupted', 'canceled']);

/**
 * Drives a speech engine through `speechTransition`, one chunk per utterance. Each utterance
 * carries a generation number, so the `end`/`error` a cancelled utterance fires late is
 * ignored. The current utterance is kept referenced: Chrome drops the events of utterances
 * that were garbage-collected mid-sentence.
 */
export function createSpeaker({ synth, makeUtterance, chunks, voice, onChange }: SpeakerOptions): Speaker {
  let state: SpeechState = INITIAL_SPEECH;
  let generation = 0;
  let current: UtteranceLike | null = null;
  let disposed = false;

  function speakCurrent() {
    const gen = ++generation;
    const index = state.index;
    // Only an utterance still in the engine needs cancelling (a new rate mid-sentence); some
    // engines drop a speak() that follows a needless cancel().
    if (current) synth.cancel();
    const u = makeUtterance(chunks[index] ?? '');
    u.voice = voice;
    u.lang = voice.lang.replace(/_/g, '-');
    u.rate = state.rate;
    u.onend = () => {
      if (gen !== generation) return;
      current = null;
      run({ type: 'ended', index });
    };
    u.onerror = (ev) => {
      if (gen !== generation) return;
      if (CANCEL_ERRORS.has(ev?.error ?? '')) return;
      run({ type: 'failed', index });
    };
    current = u;
    synth.speak(u);
  }

  function run(event: SpeechEvent) {
    if (disposed) return;
    const next = speechTransition(state, event, chunks.length);
    if (next.state === state) return;
    state = next.state;
    if (next.effect === 'speak') speakCurrent();
    else if (next.effect === 'cancel') {
      generation++;
      current = null;
      synth.cancel();
    }
    onChange(state);
  }

  return {
    dispatch: run,
    get state() {
      return state;
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      generation++;
      if (current) synth.cancel();
      current = null;
    },
  };
}
