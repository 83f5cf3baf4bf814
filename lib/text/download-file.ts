/** How long a download's Blob URL stays valid: browsers fetch it asynchronously after the click. */
const REVOKE_AFTER_MS = 60_000;

/**
 * Saves `content` as a file called `name` with an `<a download>` on a Blob URL: no
 * `downloads` permission, and the data never leaves the device. The link is put inside
 * `host` (Firefox ignores clicks on links that are not in a document) and removed at once.
 */
export function downloadFile(host: Element, name: string, type: string, content: string): void {
  const doc = host.ownerDocument;
  const win = doc.defaultView!;
  const url = win.URL.createObjectURL(new win.Blob([content], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  host.append(link);
  link.click();
  link.remove();
  win.setTimeout(() => win.URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
