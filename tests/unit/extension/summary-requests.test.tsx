import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, waitFor } from '@testing-library/preact';
import { useSummary } from '@/components/useSummary';
import {
  createSummaries,
  summaryView,
  waitBriefly,
  type SummaryRequest,
  type SummaryView,
} from '@/lib/summary-requests';

afterEach(cleanup);

const article = { text: 'First sentence here. Second one there.', lang: 'en' };

/** A background stand-in whose answers the test releases one by one. */
function fakeBackground() {
  const asked: SummaryRequest[] = [];
  const pending: Array<{ resolve: (s: string[]) => void; reject: (e: Error) => void }> = [];
  const ask = vi.fn(
    (request: SummaryRequest) =>
      new Promise<string[]>((resolve, reject) => {
        asked.push(request);
        pending.push({ resolve, reject });
      }),
  );
  return { ask, asked, pending };
}

describe('createSummaries', () => {
  it('asks the background once per article and length, with the article’s text and language', async () => {
    const bg = fakeBackground();
    const summaries = createSummaries(bg.ask);
    const first = summaries.entry(article, 2);
    expect(summaries.entry(article, 2)).toBe(first);
    expect(bg.asked).toEqual([{ text: article.text, lang: 'en', sentences: 2 }]);
    summaries.entry(article, 3);
    summaries.entry({ ...article }, 2); // a new extraction is a new article
    expect(bg.asked.map((r) => r.sentences)).toEqual([2, 3, 2]);
    bg.pending[0]!.resolve(['First sentence here.']);
    await first.done;
    expect(first.result).toEqual({ ok: true, sentences: ['First sentence here.'] });
  });

  it('turns a rejected, malformed or late answer into a failure that is not asked again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.useFakeTimers();
    try {
      const bg = fakeBackground();
      const summaries = createSummaries(bg.ask, 1000);
      const rejected = summaries.entry(article, 1);
      const malformed = summaries.entry(article, 2);
      const late = summaries.entry(article, 3);
      bg.pending[0]!.reject(new Error('Could not establish connection'));
      bg.pending[1]!.resolve([1, 2] as unknown as string[]);
      await vi.advanceTimersByTimeAsync(1000);
      for (const e of [rejected, malformed, late]) expect(e.result).toEqual({ ok: false });
      expect(summaries.entry(article, 1)).toBe(rejected);
      expect(bg.ask).toHaveBeenCalledTimes(3);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('waitBriefly', () => {
  it('returns as soon as the summary is there, or after the cap when it is slow', async () => {
    vi.useFakeTimers();
    try {
      const bg = fakeBackground();
      const summaries = createSummaries(bg.ask);
      let fastDone = false;
      void waitBriefly(summaries.entry(article, 1), 300).then(() => (fastDone = true));
      bg.pending[0]!.resolve(['x']);
      await vi.advanceTimersByTimeAsync(0);
      expect(fastDone).toBe(true);

      let slowDone = false;
      void waitBriefly(summaries.entry(article, 2), 300).then(() => (slowDone = true));
      await vi.advanceTimersByTimeAsync(299);
      expect(slowDone).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(slowDone).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('summaryView', () => {
  it('is loading (with what was shown before) until the answer, then ready or failed', () => {
    expect(summaryView(undefined)).toEqual({ status: 'loading', sentences: [] });
    expect(summaryView({ done: Promise.resolve() }, ['old'])).toEqual({ status: 'loading', sentences: ['old'] });
    expect(summaryView({ done: Promise.resolve(), result: { ok: true, sentences: ['a'] } }, ['old'])).toEqual({
      status: 'ready',
      sentences: ['a'],
    });
    expect(summaryView({ done: Promise.resolve(), result: { ok: false } }, ['old'])).toEqual({ status: 'failed', sentences: [] });
  });
});

describe('useSummary', () => {
  function Probe(props: { article: typeof article | null; sentences: number | undefined; summaries: ReturnType<typeof createSummaries>; out: SummaryView[] }) {
    props.out.push(useSummary(props.article, props.sentences, props.summaries));
    return null;
  }

  it('shows the answer when it comes, and asks again when the length setting changes, keeping the old summary meanwhile', async () => {
    const bg = fakeBackground();
    const summaries = createSummaries(bg.ask);
    const out: SummaryView[] = [];
    const { rerender } = render(<Probe article={article} sentences={1} summaries={summaries} out={out} />);
    expect(out.at(-1)).toEqual({ status: 'loading', sentences: [] });
    await act(async () => bg.pending[0]!.resolve(['First sentence here.']));
    await waitFor(() => expect(out.at(-1)).toEqual({ status: 'ready', sentences: ['First sentence here.'] }));

    rerender(<Probe article={article} sentences={2} summaries={summaries} out={out} />);
    expect(bg.asked.map((r) => r.sentences)).toEqual([1, 2]);
    expect(out.at(-1)).toEqual({ status: 'loading', sentences: ['First sentence here.'] });
    await act(async () => bg.pending[1]!.resolve(['First sentence here.', 'Second one there.']));
    await waitFor(() => expect(out.at(-1)).toEqual({ status: 'ready', sentences: ['First sentence here.', 'Second one there.'] }));

    // Back to one sentence: remembered, not asked again.
    rerender(<Probe article={article} sentences={1} summaries={summaries} out={out} />);
    expect(out.at(-1)).toEqual({ status: 'ready', sentences: ['First sentence here.'] });
    expect(bg.ask).toHaveBeenCalledTimes(2);
  });

  it('asks nothing until both the article and the length are known', () => {
    const bg = fakeBackground();
    const out: SummaryView[] = [];
    const summaries = createSummaries(bg.ask);
    const { rerender } = render(<Probe article={null} sentences={3} summaries={summaries} out={out} />);
    rerender(<Probe article={article} sentences={undefined} summaries={summaries} out={out} />);
    expect(bg.ask).not.toHaveBeenCalled();
    expect(out.every((v) => v.status === 'loading')).toBe(true);
  });

  it('does not carry one article’s summary over to the next while the next is asked for', async () => {
    const bg = fakeBackground();
    const summaries = createSummaries(bg.ask);
    const out: SummaryView[] = [];
    const { rerender } = render(<Probe article={article} sentences={1} summaries={summaries} out={out} />);
    await act(async () => bg.pending[0]!.resolve(['First sentence here.']));
    await waitFor(() => expect(out.at(-1)!.status).toBe('ready'));
    rerender(<Probe article={{ text: 'Another story.', lang: 'en' }} sentences={1} summaries={summaries} out={out} />);
    expect(out.at(-1)).toEqual({ status: 'loading', sentences: [] });
  });
});
