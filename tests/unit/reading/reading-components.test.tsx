import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { SettingsPanel } from '@/components/SettingsPanel';
import { TableOfContents } from '@/components/TableOfContents';
import { DEFAULT_READING } from '@/lib/settings/reading';
import { stubI18n } from '../extension/i18n-stub';

beforeEach(() => stubI18n());
afterEach(cleanup);

describe('SettingsPanel', () => {
  function renderPanel(over = {}) {
    const onChange = vi.fn();
    render(<SettingsPanel settings={{ ...DEFAULT_READING, ...over }} uiLang="ar" uiDir="rtl" onChange={onChange} open />);
    return onChange;
  }

  it('labels every control', () => {
    renderPanel();
    for (const name of ['display.fontSize', 'display.lineHeight', 'display.contentWidth']) {
      expect(screen.getByRole('slider', { name })).toBeTruthy();
    }
    for (const name of ['display.arabicFont', 'display.latinFont']) expect(screen.getByRole('combobox', { name })).toBeTruthy();
    for (const name of ['display.justify', 'display.showImages']) expect(screen.getByRole('checkbox', { name })).toBeTruthy();
    expect(screen.getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual(['system', 'light', 'dark', 'sepia']);
  });

  it('shows the current settings', () => {
    renderPanel({ theme: 'sepia', fontSize: 21, justify: true, showImages: false, arabicFont: 'sans' });
    expect((screen.getByRole('radio', { name: 'display.themeSepia' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('slider', { name: 'display.fontSize' }) as HTMLInputElement).value).toBe('21');
    expect((screen.getByRole('checkbox', { name: 'display.justify' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'display.showImages' }) as HTMLInputElement).checked).toBe(false);
    expect((screen.getByRole('combobox', { name: 'display.arabicFont' }) as HTMLSelectElement).value).toBe('sans');
  });

  it('writes slider values in the UI language’s digits for screen readers', () => {
    renderPanel({ lineHeight: 1.8 });
    expect(screen.getByRole('slider', { name: 'display.lineHeight' }).getAttribute('aria-valuetext')).toBe(
      new Intl.NumberFormat('ar').format(1.8),
    );
  });

  it.each([
    ['radio', 'display.themeDark', (el: HTMLElement) => fireEvent.click(el), { theme: 'dark' }],
    ['checkbox', 'display.justify', (el: HTMLElement) => fireEvent.click(el), { justify: true }],
    ['checkbox', 'display.showImages', (el: HTMLElement) => fireEvent.click(el), { showImages: false }],
    ['slider', 'display.fontSize', (el: HTMLElement) => fireEvent.change(el, { target: { value: '24' } }), { fontSize: 24 }],
    ['slider', 'display.contentWidth', (el: HTMLElement) => fireEvent.change(el, { target: { value: '30' } }), { contentWidth: 30 }],
    ['combobox', 'display.latinFont', (el: HTMLElement) => fireEvent.change(el, { target: { value: 'sans' } }), { latinFont: 'sans' }],
  ] as const)('reports a change of the %s "%s" as one field', (role, name, act, patch) => {
    const onChange = renderPanel();
    act(screen.getByRole(role, { name }));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith(patch);
  });

  it('does not save while a slider is only being dragged (input without change)', () => {
    const onChange = renderPanel();
    fireEvent.input(screen.getByRole('slider', { name: 'display.fontSize' }), { target: { value: '25' } });
    expect(onChange).not.toHaveBeenCalled();
  });
});

describe('TableOfContents', () => {
  const entries = [
    { id: 'safi-toc-1', text: 'لماذا الآن؟', depth: 1 },
    { id: 'safi-toc-2', text: 'التفاصيل', depth: 2 },
  ];

  it('renders nothing without entries', () => {
    const { container } = render(<TableOfContents entries={[]} uiLang="en" uiDir="ltr" lang="ar" dir="rtl" onJump={() => {}} />);
    expect(container.innerHTML).toBe('');
  });

  it('is a labelled navigation whose links point at the headings, in the article’s direction', () => {
    render(<TableOfContents entries={entries} uiLang="en" uiDir="ltr" lang="ar" dir="rtl" onJump={() => {}} />);
    const nav = screen.getByRole('navigation', { name: 'readerTab.contents' });
    expect(nav.getAttribute('dir')).toBe('ltr');
    expect(nav.querySelector('ol')!.getAttribute('dir')).toBe('rtl');
    expect(screen.getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(['#safi-toc-1', '#safi-toc-2']);
    expect(screen.getByRole('link', { name: 'التفاصيل' }).closest('li')!.className).toContain('safi-toc-depth-2');
  });

  it('hands a followed link to onJump instead of navigating', () => {
    const onJump = vi.fn();
    render(<TableOfContents entries={entries} uiLang="en" uiDir="ltr" lang="ar" dir="rtl" onJump={onJump} />);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    screen.getByRole('link', { name: 'لماذا الآن؟' }).dispatchEvent(click);
    expect(onJump).toHaveBeenCalledWith('safi-toc-1');
    expect(click.defaultPrevented).toBe(true);
  });
});
