import { describe, expect, it } from 'vitest';
import { SPEECH_HIGHLIGHT, showSpeechHighlight } from '@/lib/speech/speech-highlight';

class FakeHighlight {
  ranges: Range[];
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
}

function fakeWindow() {
  const registry = new Map<string, unknown>();
  return { win: { CSS: { highlights: registry }, Highlight: FakeHighlight } as unknown as Window, registry };
}

describe('showSpeechHighlight', () => {
  it('registers the range under the name the style sheet uses, and clears it', () => {
    const { win, registry } = fakeWindow();
    const range = document.createRange();
    expect(showSpeechHighlight(win, range)).toBe(true);
    expect((registry.get(SPEECH_HIGHLIGHT) as FakeHighlight).ranges).toEqual([range]);
    expect(showSpeechHighlight(win, null)).toBe(false);
    expect(registry.has(SPEECH_HIGHLIGHT)).toBe(false);
  });

  it('does nothing in a browser without the highlight API', () => {
    expect(showSpeechHighlight({ CSS: {} } as unknown as Window, document.createRange())).toBe(false);
    expect(showSpeechHighlight({} as unknown as Window, null)).toBe(false);
  });
});
