import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Article } from '@/lib/extract/types';
import { logger } from '@/lib/logger';
import { chooseVoice, type VoiceLike } from '@/lib/speech/choose-voice';
import { languageName } from '@/lib/speech/language-name';
import { INITIAL_SPEECH, type SpeechState } from '@/lib/speech/read-aloud-state';
import type { Speaker, SynthLike, UtteranceLike } from '@/lib/speech/speaker';
import { showSpeechHighlight } from '@/lib/speech/speech-highlight';

/** The engine as the browser gives it: the speaker's needs plus the voice list. */
export type SpeechEngine = SynthLike & Pick<EventTarget, 'addEventListener' | 'removeEventListener'> & {
  getVoices(): VoiceLike[];
};

interface Props {
  article: Pick<Article, 'title' | 'text' | 'lang'>;
  uiLang: string;
  uiDir: 'rtl' | 'ltr';
  /** The rendered article, where the sentence being read is highlighted. */
  getRoot: () => Element | null;
  /** The browser's speechSynthesis unless a test passes a fake; null when there is none. */
  engine?: SpeechEngine | null;
  makeUtterance?: (text: string) => UtteranceLike;
}

const RATES = [0.75, 1, 1.25, 1.5, 2];
/** Voices arrive asynchronously in Chrome; after this long an empty list means "none". */
const VOICES_WAIT_MS = 1500;

function browserEngine(): SpeechEngine | null {
  return typeof speechSynthesis === 'undefined' ? null : (speechSynthesis as unknown as SpeechEngine);
}

function browserUtterance(text: string): UtteranceLike {
  return new SpeechSynthesisUtterance(text) as unknown as UtteranceLike;
}

/** The list of voices, or null while the engine may still be loading it. */
function useVoices(engine: SpeechEngine | null): VoiceLike[] | null {
  const [voices, setVoices] = useState<VoiceLike[] | null>(() => {
    const now = engine?.getVoices() ?? [];
    return now.length > 0 || !engine ? now : null;
  });
  useEffect(() => {
    if (!engine) return;
    const update = () => setVoices(engine.getVoices());
    engine.addEventListener('voiceschanged', update);
    const timer = setTimeout(() => setVoices((v) => v ?? engine.getVoices()), VOICES_WAIT_MS);
    return () => {
      engine.removeEventListener('voiceschanged', update);
      clearTimeout(timer);
    };
  }, [engine]);
  return voices;
}

/**
 * Read aloud with the device's own voices in the article's language, the sentence being
 * read highlighted in the article. Says plainly when the device has no voice for that
 * language rather than reading it with another language's voice. Stops when unmounted
 * (the reader closed) or when the page is hidden for good.
 */
export function ReadAloud({ article, uiLang, uiDir, getRoot, engine = browserEngine(), makeUtterance = browserUtterance }: Props) {
  const voices = useVoices(engine);
  const voice = useMemo(
    () => (voices ? chooseVoice(voices, article.lang, { fallbackLang: uiLang, regionHint: navigator.language }) : null),
    [voices, article.lang, uiLang],
  );
  const [state, setState] = useState<SpeechState>(INITIAL_SPEECH);
  const speaker = useRef<Speaker | null>(null);
  const loading = useRef<Promise<Speaker | null> | null>(null);
  const ranges = useRef<Array<Range | null> | null>(null);

  useEffect(() => {
    const stop = () => {
      speaker.current?.dispose();
      speaker.current = null;
      loading.current = null;
      ranges.current = null;
      showSpeechHighlight(window, null);
      setState(INITIAL_SPEECH);
    };
    window.addEventListener('pagehide', stop);
    return () => {
      window.removeEventListener('pagehide', stop);
      stop();
    };
  }, [engine, voice?.voiceURI, article]);

  function onChange(next: SpeechState) {
    setState(next);
    const active = next.status === 'playing' || next.status === 'paused';
    const range = active ? (ranges.current?.[next.index] ?? null) : null;
    showSpeechHighlight(window, range);
    if (range && next.status === 'playing') {
      range.startContainer.parentElement?.scrollIntoView?.({ block: 'nearest' });
    }
  }

  /**
   * The speaker, made on first use: the sentence splitter and the speech machinery are loaded
   * only when someone presses "Read aloud", keeping them out of the reader's first paint.
   */
  function loadSpeaker(engine: SpeechEngine, voice: VoiceLike): Promise<Speaker | null> {
    const rate = state.rate;
    const load = Promise.all([
      import('@/lib/speech/speaker'),
      import('@/lib/speech/speech-chunks'),
      import('@/lib/speech/find-text-range'),
    ]).then(([{ createSpeaker }, { speechChunks }, { createTextRangeFinder }]) => {
      if (loading.current !== load) return null; // the reader closed or changed meanwhile
      const chunks = speechChunks(article.title, article.text, article.lang);
      const root = getRoot();
      if (root) {
        const find = createTextRangeFinder(root);
        ranges.current = chunks.map((c) => find(c));
      }
      const made = createSpeaker({ synth: engine, makeUtterance, chunks, voice, onChange });
      if (rate !== INITIAL_SPEECH.rate) made.dispatch({ type: 'rate', rate });
      speaker.current = made;
      return made;
    });
    loading.current = load;
    return load;
  }

  function dispatch(event: Parameters<Speaker['dispatch']>[0]) {
    if (!engine || !voice) return;
    if (speaker.current) return speaker.current.dispatch(event);
    (loading.current ?? loadSpeaker(engine, voice))
      .then((made) => made?.dispatch(event))
      .catch((err) => {
        logger.errorOnce('loading read aloud failed', err);
        setState((s) => ({ ...s, status: 'failed' }));
      });
  }

  const note = !engine
    ? i18n.t('speech.unsupported')
    : voices && !voice
      ? (() => {
          const name = languageName(article.lang ?? uiLang, uiLang);
          return name ? i18n.t('speech.noVoice', [name]) : i18n.t('speech.noVoiceUnknown');
        })()
      : state.status === 'failed'
        ? i18n.t('speech.failed')
        : '';
  const reading = state.status === 'playing' || state.status === 'paused';
  const rateLabel = (r: number) => i18n.t('speech.rate', [new Intl.NumberFormat(uiLang).format(r)]);

  // The note sits outside the group, on a line of its own below the toolbar buttons.
  return (
    <>
      <div class="safi-read-aloud" role="group" aria-label={i18n.t('speech.group')} lang={uiLang} dir={uiDir}>
        {state.status === 'playing' ? (
          <button type="button" class="safi-button" onClick={() => dispatch({ type: 'pause' })}>
            {i18n.t('speech.pause')}
          </button>
        ) : (
          <button type="button" class="safi-button" disabled={!voice} onClick={() => dispatch({ type: 'play' })}>
            {state.status === 'paused' ? i18n.t('speech.resume') : i18n.t('speech.play')}
          </button>
        )}
        {reading && (
          <button type="button" class="safi-button" onClick={() => dispatch({ type: 'stop' })}>
            {i18n.t('speech.stop')}
          </button>
        )}
        {voice && (
          <label class="safi-speech-rate">
            {i18n.t('speech.speed')}{' '}
            <select
              value={String(state.rate)}
              onChange={(e) => {
                const rate = Number((e.currentTarget as HTMLSelectElement).value);
                if (speaker.current) dispatch({ type: 'rate', rate });
                else setState((s) => ({ ...s, rate }));
              }}
            >
              {RATES.map((r) => (
                <option key={r} value={String(r)}>
                  {rateLabel(r)}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {note && (
        <p class="safi-speech-note" role="status" lang={uiLang} dir={uiDir}>
          {note}
        </p>
      )}
    </>
  );
}
