/** The name the style sheets use: `::highlight(safi-speech)`. */
export const SPEECH_HIGHLIGHT = 'safi-speech';

interface HighlightApi {
  CSS?: { highlights?: { set(name: string, value: unknown): void; delete(name: string): boolean } };
  Highlight?: new (...ranges: Range[]) => unknown;
}

/**
 * Marks `range` as the sentence being read (CSS Custom Highlight API: no change to the
 * article's DOM, so copying and selection are unaffected), or clears the mark for null.
 * Browsers without the API simply get no highlight. Returns whether a mark is shown.
 */
export function showSpeechHighlight(win: Window, range: Range | null): boolean {
  const api = win as unknown as HighlightApi;
  const registry = api.CSS?.highlights;
  if (!registry || !api.Highlight) return false;
  if (!range) {
    registry.delete(SPEECH_HIGHLIGHT);
    return false;
  }
  registry.set(SPEECH_HIGHLIGHT, new api.Highlight(range));
  return true;
}
