import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { ExportMenu } from '@/components/ExportMenu';
import { exportFile } from '@/lib/text/export-lazy';
import { stubI18n } from '../extension/i18n-stub';
import { ARABIC_ARTICLE } from '../../helpers/sample-article';

const article = ARABIC_ARTICLE;

beforeEach(() => stubI18n());
afterEach(cleanup);

describe('ExportMenu', () => {
  it('copies the article as Markdown through the reader’s copy action, then folds the menu away', async () => {
    const copyText = vi.fn();
    const { container } = render(<ExportMenu article={article} makeFile={exportFile} copyText={copyText} />);
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
    render(<ExportMenu article={article} makeFile={exportFile} copyText={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: button }));
    await waitFor(() => expect(names).toEqual([name]));
    expect(blobs[0]!.type).toBe(type);
  });

  it('hands downloads to `saveElsewhere` when given, making no file here, then folds away', async () => {
    const create = vi.spyOn(URL, 'createObjectURL');
    const saveElsewhere = vi.fn(async () => {});
    const { container } = render(<ExportMenu article={article} makeFile={exportFile} copyText={vi.fn()} saveElsewhere={saveElsewhere} />);
    const menu = container.querySelector('details')!;
    menu.open = true;
    fireEvent.click(screen.getByRole('button', { name: 'export.downloadHtml' }));
    await waitFor(() => expect(menu.open).toBe(false));
    fireEvent.click(screen.getByRole('button', { name: 'export.downloadMarkdown' }));
    await waitFor(() => expect(saveElsewhere).toHaveBeenCalledTimes(2));
    expect(saveElsewhere.mock.calls).toEqual([['html'], ['md']]);
    expect(create).not.toHaveBeenCalled();
  });

  it('says so when a file cannot be made', async () => {
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => {
      throw new Error('no blobs here');
    });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<ExportMenu article={article} makeFile={exportFile} copyText={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'export.downloadHtml' }));
    expect((await screen.findByRole('alert')).textContent).toBe('export.failed');
  });
});

describe('ExportMenu as a menu', () => {
  function openMenu(container: Element | ShadowRoot) {
    const menu = container.querySelector('details')!;
    menu.open = true;
    container.querySelector<HTMLButtonElement>('.safi-export-panel button')!.focus();
    return menu;
  }

  it('folds on Esc, puts focus back on its toggle, and keeps the Esc from the surface around it', () => {
    const around = vi.fn();
    const { container } = render(
      <div onKeyDown={around}>
        <ExportMenu article={article} makeFile={exportFile} copyText={vi.fn()} />
      </div>,
    );
    const menu = openMenu(container);
    const event = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    document.activeElement!.dispatchEvent(event);
    expect(menu.open).toBe(false);
    expect(document.activeElement).toBe(menu.querySelector('summary'));
    expect(event.defaultPrevented).toBe(true);
    expect(around).not.toHaveBeenCalled();
  });

  it('lets Esc through when it is already folded (the overlay closes on it)', () => {
    const around = vi.fn();
    const { container } = render(
      <div onKeyDown={around}>
        <ExportMenu article={article} makeFile={exportFile} copyText={vi.fn()} />
      </div>,
    );
    container.querySelector<HTMLElement>('summary')!.focus();
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(around).toHaveBeenCalledTimes(1);
  });

  it('ignores other keys', () => {
    const { container } = render(<ExportMenu article={article} makeFile={exportFile} copyText={vi.fn()} />);
    const menu = openMenu(container);
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    expect(menu.open).toBe(true);
  });

  it('folds on a click outside it, leaving focus where the click put it, and stays open on a click inside', () => {
    const { container } = render(
      <div>
        <button type="button">elsewhere</button>
        <ExportMenu article={article} makeFile={exportFile} copyText={vi.fn()} />
      </div>,
    );
    const menu = openMenu(container);
    fireEvent.pointerDown(container.querySelector('.safi-export-panel')!);
    expect(menu.open).toBe(true);
    const elsewhere = screen.getByRole('button', { name: 'elsewhere' });
    fireEvent.pointerDown(elsewhere);
    expect(menu.open).toBe(false);
    expect(document.activeElement).not.toBe(menu.querySelector('summary'));
  });

  it('folds on a click outside it inside a shadow root too (the overlay)', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'closed' });
    const mount = document.createElement('div');
    const other = document.createElement('p');
    shadow.append(other, mount);
    render(<ExportMenu article={article} makeFile={exportFile} copyText={vi.fn()} />, { container: mount as HTMLElement });
    const menu = openMenu(shadow);
    fireEvent.pointerDown(shadow.querySelector('.safi-export-panel')!);
    expect(menu.open).toBe(true);
    fireEvent.pointerDown(other);
    expect(menu.open).toBe(false);
    host.remove();
  });
});
