import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { ExportMenu } from '@/components/ExportMenu';
import type { Article, SafeHtml } from '@/lib/extract/types';
import { stubI18n } from '../extension/i18n-stub';

const article: Article = {
  url: 'https://news.example.com/story',
  title: 'عنوان الخبر',
  byline: null,
  siteName: null,
  publishedTime: null,
  excerpt: null,
  lang: 'ar',
  dir: 'rtl',
  html: '<p>الفقرة الأولى.</p>' as SafeHtml,
  text: 'الفقرة الأولى.',
  wordCount: 2,
  readingMinutes: 1,
};

beforeEach(() => stubI18n());
afterEach(cleanup);

describe('ExportMenu', () => {
  it('copies the article as Markdown through the reader’s copy action, then folds the menu away', async () => {
    const copyText = vi.fn();
    const { container } = render(<ExportMenu article={article} copyText={copyText} />);
    const menu = container.querySelector('details')!;
    menu.open = true;
    fireEvent.click(screen.getByRole('button', { name: 'export.copyMarkdown' }));
    await waitFor(() => expect(menu.open).toBe(false));
    expect(document.activeElement).toBe(menu.querySelector('summary'));
    await waitFor(() => expect(copyText).toHaveBeenCalledTimes(1));
    expect(copyText.mock.calls[0]![0]).toBe('# عنوان الخبر\n\n<https://news.example.com/story>\n\nالفقرة الأولى.\n');
  });

  it.each([
    ['export.downloadMarkdown', 'عنوان-الخبر.md', 'text/markdown;charset=utf-8'],
    ['export.downloadHtml', 'عنوان-الخبر.html', 'text/html;charset=utf-8'],
  ])('%s saves a file named after the title', async (button, name, type) => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:fake';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    render(<ExportMenu article={article} copyText={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: button }));
    await waitFor(() => expect(names).toEqual([name]));
    expect(blobs[0]!.type).toBe(type);
  });

  it('says so when a file cannot be made', async () => {
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => {
      throw new Error('no blobs here');
    });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<ExportMenu article={article} copyText={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'export.downloadHtml' }));
    expect((await screen.findByRole('alert')).textContent).toBe('export.failed');
  });
});
