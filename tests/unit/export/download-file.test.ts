import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadFile } from '@/lib/text/download-file';

afterEach(() => vi.useRealTimers());

/** jsdom's Blob has no text(); FileReader reads it. */
function readBlob(blob: Blob): Promise<string> {
  return new Promise((ok) => {
    const reader = new FileReader();
    reader.onload = () => ok(reader.result as string);
    reader.readAsText(blob);
  });
}

describe('downloadFile', () => {
  it('clicks a download link to a Blob of the content, then removes the link and later frees the Blob', async () => {
    vi.useFakeTimers();
    const host = document.createElement('div');
    document.body.append(host);
    const created: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      created.push(b as Blob);
      return 'blob:fake/1';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: Array<{ href: string; download: string; inDocument: boolean }> = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download, inDocument: document.contains(this) });
    });

    downloadFile(host, 'مقال.html', 'text/html;charset=utf-8', '<p>نص</p>');

    expect(create).toHaveBeenCalledTimes(1);
    expect(created[0]!.type).toBe('text/html;charset=utf-8');
    expect(clicked).toEqual([{ href: 'blob:fake/1', download: 'مقال.html', inDocument: true }]);
    expect(host.querySelector('a')).toBeNull();
    expect(revoke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60_000);
    expect(revoke).toHaveBeenCalledWith('blob:fake/1');
    vi.useRealTimers();
    expect(await readBlob(created[0]!)).toBe('<p>نص</p>');
    host.remove();
  });
});
