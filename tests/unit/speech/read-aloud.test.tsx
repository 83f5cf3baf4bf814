import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { ReadAloud, type SpeechEngine } from '@/components/ReadAloud';
import type { VoiceLike } from '@/lib/speech/choose-voice';
import type { UtteranceLike } from '@/lib/speech/speaker';
import { stubI18n } from '../extension/i18n-stub';

function voice(name: string, lang: string, localService = true): VoiceLike {
  return { name, lang, localService, default: false, voiceURI: name };
}

/** speechSynthesis as far as ReadAloud uses it; records what it is asked to say. */
class FakeEngine extends EventTarget implements SpeechEngine {
  spoken: UtteranceLike[] = [];
  cancels = 0;
  constructor(public voices: VoiceLike[]) {
    super();
  }
  getVoices() {
    return this.voices;
  }
  speak(u: UtteranceLike) {
    this.spoken.push(u);
  }
  cancel() {
    this.cancels++;
  }
}

const makeUtterance = (text: string): UtteranceLike => ({ text, lang: '', rate: 1, voice: null, onend: null, onerror: null });
const ARTICLE = { title: 'عنوان الخبر', text: 'الجملة الأولى هنا. الجملة الثانية هنا.', lang: 'ar' };

function renderReadAloud(engine: SpeechEngine | null, article = ARTICLE) {
  const root = document.createElement('article');
  root.textContent = `${article.title} ${article.text}`;
  return render(
    <ReadAloud article={article} uiLang="en" uiDir="ltr" getRoot={() => root} engine={engine} makeUtterance={makeUtterance} />,
  );
}

beforeEach(() => stubI18n());
afterEach(cleanup);

describe('ReadAloud', () => {
  it('says the device has no Arabic voice, and offers nothing to press, when only other voices exist', () => {
    renderReadAloud(new FakeEngine([voice('English', 'en-US'), voice('Cloud Arabic', 'ar-SA', false)]));
    expect(screen.getByRole('status').textContent).toBe('speech.noVoice[Arabic]');
    expect((screen.getByRole('button', { name: 'speech.play' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.queryByRole('combobox')).toBeNull();
  });

  it('says the browser cannot read aloud when it has no speech engine', () => {
    renderReadAloud(null);
    expect(screen.getByRole('status').textContent).toBe('speech.unsupported');
  });

  it('waits for voices that arrive late instead of saying there are none', async () => {
    const engine = new FakeEngine([]);
    renderReadAloud(engine);
    expect(screen.queryByRole('status')).toBeNull();
    engine.voices = [voice('Arabic', 'ar-SA')];
    await act(() => {
      engine.dispatchEvent(new Event('voiceschanged'));
    });
    expect((screen.getByRole('button', { name: 'speech.play' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('reads the title then the sentences with the Arabic voice, pauses, resumes and stops', async () => {
    const engine = new FakeEngine([voice('English', 'en-US'), voice('Arabic', 'ar-SA')]);
    renderReadAloud(engine);
    fireEvent.click(screen.getByRole('button', { name: 'speech.play' }));
    await waitFor(() => expect(engine.spoken).toHaveLength(1));
    expect(engine.spoken.map((u) => [u.text, u.lang, u.voice?.name])).toEqual([['عنوان الخبر', 'ar-SA', 'Arabic']]);
    await act(() => engine.spoken[0]!.onend!({}));
    expect(engine.spoken[1]!.text).toBe('الجملة الأولى هنا.');

    await act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'speech.pause' }));
    });
    await act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'speech.resume' }));
    });
    expect(engine.spoken[2]!.text).toBe('الجملة الأولى هنا.');

    await act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'speech.stop' }));
    });
    expect(screen.getByRole('button', { name: 'speech.play' })).toBeTruthy();
  });

  it('applies the chosen speed to what it reads', async () => {
    const engine = new FakeEngine([voice('Arabic', 'ar-EG')]);
    renderReadAloud(engine);
    await act(() => {
      fireEvent.change(screen.getByRole('combobox'), { target: { value: '1.5' } });
    });
    fireEvent.click(screen.getByRole('button', { name: 'speech.play' }));
    await waitFor(() => expect(engine.spoken).toHaveLength(1));
    expect(engine.spoken[0]!.rate).toBe(1.5);
  });

  it('never starts a voice when the reader closes while read aloud is loading', async () => {
    const engine = new FakeEngine([voice('Arabic', 'ar-SA')]);
    const { unmount } = renderReadAloud(engine);
    fireEvent.click(screen.getByRole('button', { name: 'speech.play' }));
    unmount();
    await new Promise((r) => setTimeout(r, 50));
    expect(engine.spoken).toEqual([]);
  });

  it('stops speaking when the reader closes', async () => {
    const engine = new FakeEngine([voice('Arabic', 'ar-SA')]);
    const { unmount } = renderReadAloud(engine);
    fireEvent.click(screen.getByRole('button', { name: 'speech.play' }));
    await waitFor(() => expect(engine.spoken).toHaveLength(1));
    const before = engine.cancels;
    unmount();
    expect(engine.cancels).toBe(before + 1);
  });
});
