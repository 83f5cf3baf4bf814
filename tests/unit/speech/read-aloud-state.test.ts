import { describe, expect, it } from 'vitest';
import { INITIAL_SPEECH, speechTransition, type SpeechEvent, type SpeechState } from '@/lib/speech/read-aloud-state';

const at = (status: SpeechState['status'], index = 0, rate = 1): SpeechState => ({ status, index, rate });

describe('speechTransition', () => {
  it.each<[string, SpeechState, SpeechEvent, SpeechState, string]>([
    ['play from idle starts at the first chunk', INITIAL_SPEECH, { type: 'play' }, at('playing', 0), 'speak'],
    ['play after finishing starts over', at('finished', 0), { type: 'play' }, at('playing', 0), 'speak'],
    ['play after a failure starts over', at('failed', 4), { type: 'play' }, at('playing', 0), 'speak'],
    ['play while paused resumes the same sentence', at('paused', 3), { type: 'play' }, at('playing', 3), 'speak'],
    ['pause cancels the engine and keeps the place', at('playing', 3), { type: 'pause' }, at('paused', 3), 'cancel'],
    ['stop while playing cancels and rewinds', at('playing', 3), { type: 'stop' }, at('idle', 0), 'cancel'],
    ['stop while paused rewinds without touching the engine', at('paused', 3), { type: 'stop' }, at('idle', 0), 'none'],
    ['the end of a chunk moves to the next', at('playing', 1), { type: 'ended', index: 1 }, at('playing', 2), 'speak'],
    ['the end of the last chunk finishes', at('playing', 4), { type: 'ended', index: 4 }, at('finished', 0), 'none'],
    ['an engine failure stops with a failed state', at('playing', 2), { type: 'failed', index: 2 }, at('failed', 2), 'cancel'],
    ['a new rate while playing restarts the sentence at that rate', at('playing', 2), { type: 'rate', rate: 1.5 }, at('playing', 2, 1.5), 'speak'],
    ['a new rate while paused is kept for later', at('paused', 2), { type: 'rate', rate: 0.75 }, at('paused', 2, 0.75), 'none'],
    ['a rate above the limit is clamped', INITIAL_SPEECH, { type: 'rate', rate: 9 }, at('idle', 0, 2), 'none'],
    ['a rate below the limit is clamped', INITIAL_SPEECH, { type: 'rate', rate: 0.1 }, at('idle', 0, 0.5), 'none'],
  ])('%s', (_name, from, event, to, effect) => {
    const next = speechTransition(from, event, 5);
    expect(next.state).toEqual(to);
    expect(next.effect).toBe(effect);
  });

  it.each<[string, SpeechState, SpeechEvent]>([
    ['play while playing', at('playing', 2), { type: 'play' }],
    ['pause while paused', at('paused', 2), { type: 'pause' }],
    ['pause while idle', INITIAL_SPEECH, { type: 'pause' }],
    ['stop while idle', INITIAL_SPEECH, { type: 'stop' }],
    ['the late end of a cancelled chunk', at('playing', 3), { type: 'ended', index: 2 }],
    ['the end of a chunk after pausing', at('paused', 3), { type: 'ended', index: 3 }],
    ['the late error of a cancelled chunk', at('playing', 3), { type: 'failed', index: 1 }],
    ['the same rate again', at('playing', 1, 1.25), { type: 'rate', rate: 1.25 }],
    ['a rate that is not a number', at('playing', 1, 1), { type: 'rate', rate: Number.NaN }],
  ])('ignores %s', (_name, from, event) => {
    const next = speechTransition(from, event, 5);
    expect(next.state).toBe(from);
    expect(next.effect).toBe('none');
  });

  it('does not start when there is nothing to read', () => {
    expect(speechTransition(INITIAL_SPEECH, { type: 'play' }, 0)).toEqual({ state: INITIAL_SPEECH, effect: 'none' });
  });
});
