import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { AutoModeControls } from '@/components/AutoModeControls';
import { FailureView } from '@/components/FailureView';
import { LoadingSkeleton, SKELETON_DELAY_MS } from '@/components/LoadingSkeleton';
import { ReaderOverlay } from '@/components/ReaderOverlay';
import { ReaderView } from '@/components/ReaderView';
import type { Article, SafeHtml } from '@/lib/extract/types';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import type { SummaryView } from '@/lib/summary-requests';
import { exportFile } from '@/lib/text/export-lazy';
import { stubI18n } from './i18n-stub';

const article: Article = {
  url: 'https://news.example.com/story',
  title: 'عنوان <b>الخبر</b>',
  byline: 'مراسلنا',
  siteName: 'الموقع',
  publishedTime: null,
  excerpt: null,
  lang: 'ar',
  dir: 'rtl',
  html: '<p>الفقرة الأولى.</p><p>الفقرة الثانية.</p>' as SafeHtml,
  text: 'الفقرة الأولى.\n\nالفقرة الثانية.',
  wordCount: 4,
  readingMinutes: 2,
};

const ready = (...sentences: string[]): SummaryView => ({ status: 'ready', sentences });
const NONE = ready();

beforeEach(() => stubI18n());
afterEach(cleanup);

describe('ReaderView', () => {
  function renderView(copy = vi.fn(async () => {})) {
    render(<ReaderView article={article} summary={ready('جملة أولى.', 'جملة ثانية.')} uiLang="en" uiDir="ltr" makeFile={exportFile} copy={copy} />);
    return copy;
  }

  it('gives the article its own direction and language, and the controls the UI ones', () => {
    renderView();
    const el = screen.getByRole('article');
    expect(el.getAttribute('dir')).toBe('rtl');
    expect(el.getAttribute('lang')).toBe('ar');
    const actions = screen.getByRole('button', { name: 'reader.copyText' }).parentElement!;
    expect(actions.getAttribute('dir')).toBe('ltr');
  });

  it('renders the title as text, never as markup', () => {
    renderView();
    const h1 = screen.getByRole('heading', { level: 1 });
    expect(h1.textContent).toBe('عنوان <b>الخبر</b>');
    expect(h1.querySelector('b')).toBeNull();
  });

  it('shows byline, site and the pluralised reading time', () => {
    renderView();
    expect(screen.getByText('مراسلنا')).toBeTruthy();
    expect(screen.getByText('الموقع')).toBeTruthy();
    expect(screen.getByText('reader.readingTime.other[2]')).toBeTruthy();
  });

  it('renders the sanitized body and the summary sentences', () => {
    const { container } = render(
      <ReaderView article={article} summary={ready('جملة أولى.')} uiLang="en" uiDir="ltr" makeFile={exportFile} copy={async () => {}} />,
    );
    expect(container.querySelectorAll('.safi-article-body p')).toHaveLength(2);
    expect(screen.getByText('جملة أولى.')).toBeTruthy();
  });

  it('copies title, blank line and text, and confirms politely', async () => {
    const copy = renderView();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'reader.copyText' }));
    });
    expect(copy).toHaveBeenCalledWith('عنوان <b>الخبر</b>\n\nالفقرة الأولى.\n\nالفقرة الثانية.');
    const status = screen.getByText('reader.copied');
    expect(status.getAttribute('aria-live')).toBe('polite');
  });

  it('copies the summary one sentence per line', async () => {
    const copy = renderView();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'reader.copySummary' }));
    });
    expect(copy).toHaveBeenCalledWith('جملة أولى.\nجملة ثانية.');
  });

  it('says so when the clipboard refuses', async () => {
    renderView(vi.fn(async () => {
      throw new Error('denied');
    }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'reader.copyText' }));
    });
    expect(screen.getByText('reader.copyFailed')).toBeTruthy();
  });

  it('hides the summary panel when the text had no sentence to summarize', () => {
    const { container } = render(<ReaderView article={article} summary={NONE} uiLang="en" uiDir="ltr" makeFile={exportFile} copy={async () => {}} />);
    expect(container.querySelector('.safi-summary')).toBeNull();
    expect(screen.queryByRole('button', { name: 'reader.copySummary' })).toBeNull();
  });

  it('keeps a summary area saying the summary is coming while the background makes it', () => {
    const { container } = render(
      <ReaderView article={article} summary={{ status: 'loading', sentences: [] }} uiLang="en" uiDir="ltr" makeFile={exportFile} copy={async () => {}} />,
    );
    const panel = container.querySelector('.safi-summary')!;
    expect(panel.getAttribute('aria-busy')).toBe('true');
    expect(screen.getByText('reader.summaryLoading').getAttribute('role')).toBe('status');
    expect(screen.queryByRole('button', { name: 'reader.copySummary' })).toBeNull();
    // The article itself is there already.
    expect(container.querySelectorAll('.safi-article-body p')).toHaveLength(2);
  });

  it('keeps the summary it shows, still copyable, while a new length is asked for', async () => {
    const copy = vi.fn(async () => {});
    const { container } = render(
      <ReaderView article={article} summary={{ status: 'loading', sentences: ['جملة أولى.'] }} uiLang="en" uiDir="ltr" makeFile={exportFile} copy={copy} />,
    );
    expect(container.querySelector('.safi-summary')!.getAttribute('aria-busy')).toBe('true');
    expect(screen.getByText('جملة أولى.')).toBeTruthy();
    expect(screen.queryByText('reader.summaryLoading')).toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'reader.copySummary' }));
    });
    expect(copy).toHaveBeenCalledWith('جملة أولى.');
  });

  it('says the summary could not be made, and still shows the article, when the background fails', () => {
    const { container } = render(
      <ReaderView article={article} summary={{ status: 'failed', sentences: [] }} uiLang="en" uiDir="ltr" makeFile={exportFile} copy={async () => {}} />,
    );
    expect(screen.getByText('reader.summaryFailed').getAttribute('dir')).toBe('ltr');
    expect(container.querySelector('.safi-summary')!.hasAttribute('aria-busy')).toBe(false);
    expect(screen.queryByRole('button', { name: 'reader.copySummary' })).toBeNull();
    expect(container.querySelectorAll('.safi-article-body p')).toHaveLength(2);
  });
});

describe('FailureView', () => {
  it.each([
    ['not-readerable', 'state.notArticle.title', 'state.showAnyway'],
    ['no-article', 'state.noArticle.title', 'state.showAnyway'],
    ['timeout', 'state.timeout.title', 'state.retry'],
    ['error', 'state.error.title', 'state.retry'],
  ] as const)('shows %s with its message and action', (reason, title, action) => {
    const handler = vi.fn();
    render(<FailureView reason={reason} onForce={handler} onRetry={handler} />);
    expect(screen.getByRole('heading').textContent).toBe(title);
    fireEvent.click(screen.getByRole('button', { name: action }));
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it.each(['restricted-url', 'too-large'] as const)('offers no button for %s, where none would help', (reason) => {
    render(<FailureView reason={reason} onForce={() => {}} onRetry={() => {}} />);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('explains what to do on a restricted page', () => {
    render(<FailureView reason="restricted-url" />);
    expect(screen.getByText('state.restricted.body')).toBeTruthy();
  });

  it('never shows a stack trace', () => {
    const { container } = render(<FailureView reason="error" />);
    expect(container.textContent).not.toMatch(/at \w+ \(|Error:/);
  });
});

describe('LoadingSkeleton', () => {
  it('shows placeholder lines only after a short delay, so quick reads never flash', () => {
    vi.useFakeTimers();
    const { container } = render(<LoadingSkeleton />);
    expect(container.querySelector('.safi-skeleton-lines')).toBeNull();
    act(() => {
      vi.advanceTimersByTime(SKELETON_DELAY_MS + 1);
    });
    expect(container.querySelector('.safi-skeleton-lines')).not.toBeNull();
    vi.useRealTimers();
  });

  it('announces loading to assistive technology at once', () => {
    render(<LoadingSkeleton />);
    expect(screen.getByRole('status').getAttribute('aria-busy')).toBe('true');
  });
});

describe('AutoModeControls', () => {
  it('reports switching this site on', () => {
    const onToggle = vi.fn();
    render(
      <AutoModeControls
        settings={DEFAULT_SETTINGS}
        rule="example.com"
        note={null}
        busy={false}
        uiLang="en"
        onToggle={onToggle}
        onSentences={() => {}}
      />,
    );
    fireEvent.click(screen.getByRole('checkbox', { name: /auto\.thisSite/ }));
    expect(onToggle).toHaveBeenCalledWith({ kind: 'site', rule: 'example.com' }, true);
  });

  it('says why the switch stayed off when permission was declined', () => {
    render(
      <AutoModeControls
        settings={DEFAULT_SETTINGS}
        rule="example.com"
        note="declined"
        busy={false}
        uiLang="en"
        onToggle={() => {}}
        onSentences={() => {}}
      />,
    );
    expect(screen.getByText('auto.declined')).toBeTruthy();
    expect((screen.getByRole('checkbox', { name: /auto\.thisSite/ }) as HTMLInputElement).checked).toBe(false);
  });

  it('offers no site switch on a page that is not a website', () => {
    render(
      <AutoModeControls
        settings={{ ...DEFAULT_SETTINGS, autoAllSites: true }}
        rule={null}
        note={null}
        busy={false}
        uiLang="en"
        onToggle={() => {}}
        onSentences={() => {}}
      />,
    );
    expect(screen.getAllByRole('checkbox')).toHaveLength(1);
    expect((screen.getByRole('checkbox') as HTMLInputElement).checked).toBe(true);
  });

  it('changes the summary length', () => {
    const onSentences = vi.fn();
    render(
      <AutoModeControls
        settings={DEFAULT_SETTINGS}
        rule={null}
        note={null}
        busy={false}
        uiLang="en"
        onToggle={() => {}}
        onSentences={onSentences}
      />,
    );
    fireEvent.change(screen.getByRole('combobox'), { target: { value: '5' } });
    expect(onSentences).toHaveBeenCalledWith(5);
  });
});

/** The overlay as the content script renders it, with the callbacks a test needs. */
function overlay(
  props: { rule?: string | null; onClose?: () => void; onTurnOff?: () => void; onOpenInTab?: () => void } = {},
) {
  return (
    <ReaderOverlay
      article={article}
      summary={NONE}
      uiLang="en"
      uiDir="ltr"
      rule={props.rule === undefined ? 'example.com' : props.rule}
      copy={async () => {}}
      makeFile={exportFile}
      onClose={props.onClose ?? (() => {})}
      onTurnOff={props.onTurnOff ?? (() => {})}
      onOpenInTab={props.onOpenInTab}
    />
  );
}

describe('ReaderOverlay', () => {
  it('is a labelled modal dialog that focuses its scrolling article and closes on Esc', () => {
    const onClose = vi.fn();
    render(overlay({ onClose }));
    const dialog = screen.getByRole('dialog');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.activeElement).toBe(dialog.querySelector('.safi-overlay-scroll'));
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('offers to turn auto mode off for the site, or for all sites when no site rule applies', () => {
    const onTurnOff = vi.fn();
    const { rerender } = render(overlay({ onTurnOff }));
    fireEvent.click(screen.getByRole('button', { name: 'overlay.turnOffSite' }));
    expect(onTurnOff).toHaveBeenCalled();
    rerender(overlay({ rule: null, onTurnOff }));
    expect(screen.getByRole('button', { name: 'overlay.turnOffAll' })).toBeTruthy();
  });
});

describe('ReaderOverlay extras', () => {
  it('offers "Open in tab" when the surface can open one, as the popup does', () => {
    const onOpenInTab = vi.fn();
    const { rerender } = render(overlay({ onOpenInTab }));
    fireEvent.click(screen.getByRole('button', { name: 'readerTab.openInTab' }));
    expect(onOpenInTab).toHaveBeenCalledTimes(1);
    rerender(overlay({}));
    expect(screen.queryByRole('button', { name: 'readerTab.openInTab' })).toBeNull();
  });

  it('folds an open "Save or copy" menu on the first Esc and closes the overlay only on the next', () => {
    const onClose = vi.fn();
    const { container } = render(overlay({ onClose }));
    const menu = container.querySelector<HTMLDetailsElement>('details.safi-export')!;
    menu.open = true;
    menu.querySelector<HTMLButtonElement>('.safi-export-panel button')!.focus();
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(menu.open).toBe(false);
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});

describe('source link', () => {
  it.each([
    ['https://news.example.com/story', 1],
    ['javascript:alert(1)', 0],
    ['data:text/html,x', 0],
  ])('links back to %s only when it is a web page', (url, count) => {
    render(<ReaderView article={{ ...article, url }} summary={NONE} uiLang="en" uiDir="ltr" makeFile={exportFile} copy={async () => {}} />);
    const links = screen.queryAllByRole('link', { name: 'reader.source' });
    expect(links).toHaveLength(count);
    if (count) expect(links[0]!.getAttribute('rel')).toBe('noopener noreferrer');
  });
});
