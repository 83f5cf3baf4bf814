import { describe, expect, it, vi } from 'vitest';
import type { VoiceLike } from '@/lib/speech/choose-voice';
import { createSpeaker, type SynthLike, type UtteranceLike } from '@/lib/speech/speaker';

const ARABIC: VoiceLike = { name: 'Arabic', lang: 'ar_SA', localService: true, default: false, voiceURI: 'ar' };

/** A speech engine that only records: the test plays the engine's part by firing events. */
class FakeSynth implements SynthLike {
  spoken: UtteranceLike[] = [];
  cancels = 0;
  speak(u: UtteranceLike) {
    this.spoken.push(u);
  }
  cancel() {
    this.cancels++;
  }
  get last(): UtteranceLike {
    return this.spoken[this.spoken.length - 1]!;
  }
}

function setup(chunks = ['عنوان', 'الجملة الأولى.', 'الجملة الثانية.']) {
  const synth = new FakeSynth();
  const onChange = vi.fn();
  const makeUtterance = (text: string): UtteranceLike => ({ text, lang: '', rate: 1, voice: null, onend: null, onerror: null });
  const speaker = createSpeaker({ synth, makeUtterance, chunks, voice: ARABIC, onChange });
  return { synth, speaker, onChange };
}

describe('createSpeaker', () => {
  it('reads every chunk in order with the chosen voice, language and rate, then finishes', () => {
    const { synth, speaker } = setup();
    speaker.dispatch({ type: 'play' });
    expect(synth.last).toMatchObject({ text: 'عنوان', lang: 'ar-SA', rate: 1, voice: ARABIC });
    synth.last.onend!({});
    expect(synth.last.text).toBe('الجملة الأولى.');
    synth.last.onend!({});
    synth.last.onend!({});
    expect(synth.spoken.map((u) => u.text)).toEqual(['عنوان', 'الجملة الأولى.', 'الجملة الثانية.']);
    expect(speaker.state.status).toBe('finished');
  });

  it('pauses by cancelling, ignores the cancelled utterance’s late events, and resumes the same sentence', () => {
    const { synth, speaker } = setup();
    speaker.dispatch({ type: 'play' });
    synth.last.onend!({});
    const interrupted = synth.last;
    speaker.dispatch({ type: 'pause' });
    expect(speaker.state).toMatchObject({ status: 'paused', index: 1 });
    interrupted.onerror!({ error: 'interrupted' });
    interrupted.onend!({});
    expect(speaker.state).toMatchObject({ status: 'paused', index: 1 });
    speaker.dispatch({ type: 'play' });
    expect(synth.last.text).toBe('الجملة الأولى.');
    expect(synth.last).not.toBe(interrupted);
  });

  it('moves to the next sentence without cancelling the engine, and cancels only what is still speaking', () => {
    const { synth, speaker } = setup();
    speaker.dispatch({ type: 'play' });
    synth.last.onend!({});
    synth.last.onend!({});
    expect(synth.cancels).toBe(0);
    speaker.dispatch({ type: 'rate', rate: 2 });
    expect(synth.cancels).toBe(1);
    expect(synth.last).toMatchObject({ text: 'الجملة الثانية.', rate: 2 });
  });

  it('restarts the current sentence at a new speed', () => {
    const { synth, speaker } = setup();
    speaker.dispatch({ type: 'play' });
    speaker.dispatch({ type: 'rate', rate: 1.5 });
    expect(synth.spoken.map((u) => [u.text, u.rate])).toEqual([
      ['عنوان', 1],
      ['عنوان', 1.5],
    ]);
  });

  it('reports a real engine error as failed, and reports every change', () => {
    const { synth, speaker, onChange } = setup();
    speaker.dispatch({ type: 'play' });
    synth.last.onerror!({ error: 'synthesis-failed' });
    expect(speaker.state.status).toBe('failed');
    expect(onChange.mock.calls.map(([s]) => s.status)).toEqual(['playing', 'failed']);
  });

  it('stops speaking for good when disposed (the reader closed)', () => {
    const { synth, speaker, onChange } = setup();
    speaker.dispatch({ type: 'play' });
    const cancelsBefore = synth.cancels;
    const speaking = synth.last;
    speaker.dispose();
    expect(synth.cancels).toBe(cancelsBefore + 1);
    speaking.onend!({});
    speaker.dispatch({ type: 'play' });
    expect(synth.spoken).toHaveLength(1);
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
