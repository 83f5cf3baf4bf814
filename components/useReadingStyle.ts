import { useLayoutEffect } from 'preact/hooks';
import type { ReadingSettings } from '@/lib/settings/reading';
import { applyReadingStyle, readingStyle } from '@/lib/theme';

/**
 * Keeps the reading style of `settings` on `el` (before paint, so a theme change never
 * flashes the old colours). Nothing happens until both are known.
 */
export function useReadingStyle(el: HTMLElement | null | undefined, settings: ReadingSettings | undefined): void {
  useLayoutEffect(() => {
    if (el && settings) applyReadingStyle(el, readingStyle(settings));
  }, [el, settings]);
}
