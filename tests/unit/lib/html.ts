import { loadHtml, type LoadedPage } from '../../helpers/load-fixture';

/** The URL every test page is loaded at unless a test says otherwise. */
export const PAGE_URL = 'https://news.example.com/world/2026/03/08/story';

/** A live jsdom page holding `bodyHtml` in its body (with `headHtml` in its head). */
export function page(bodyHtml: string, headHtml = '', url = PAGE_URL): LoadedPage {
  return loadHtml(`<!DOCTYPE html><html><head>${headHtml}</head><body>${bodyHtml}</body></html>`, url);
}

/** The body of a fresh page holding `html`. */
export function bodyOf(html: string, url = PAGE_URL): HTMLElement {
  return page(html, '', url).doc.body;
}
