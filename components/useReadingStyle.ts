import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';
import type { ReadingSettings } from '@/lib/settings/reading';
import { applyReadingStyle, readingStyle } from '@/lib/theme';

/**
 * Keeps the reading style of `settings` on `target` (an element or a ref to one) (before paint, so a theme change never
 * flashes the old colours). Nothing happens until both are known.
 */
export function useReadingStyle(
  target: HTMLElement | RefObject<HTMLElement> | null | undefined,
  settings: ReadingSettings | undefined,
): void {
  useLayoutEffect(() => {
    const el = target && 'current' in target ? target.current : target;
    if (el && settings) applyReadingStyle(el, readingStyle(settings));
  }, [target, settings]);
}
