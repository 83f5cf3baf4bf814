/**
 * When the auto reader overlay may open by itself. The extraction pipeline still has the
 * last word (it says `not-readerable` for home pages and non-articles); these are the
 * checks that need no extraction at all.
 */
import { isRestrictedUrl } from './extract/restricted-url';
import { isAutoEnabledFor } from './site-rules';
import type { Settings } from './settings/schema';

export interface AutoOpenContext {
  url: string;
  settings: Settings;
  /** `window.top === window` in the page. */
  isTopFrame: boolean;
  /** `performance.getEntriesByType('navigation')[0]?.type`, when known. */
  navigationType: string | undefined;
  /** The user closed the overlay on this tab and URL already. */
  dismissed: boolean;
}

/** Why the overlay stays closed, or null when it may open. */
export type AutoOpenBlock =
  | 'frame'
  | 'back-forward'
  | 'dismissed'
  | 'restricted'
  | 'home-page'
  | 'not-enabled';

/** Decides whether the overlay may try to open; returns the first reason it may not. */
export function autoOpenBlock(ctx: AutoOpenContext): AutoOpenBlock | null {
  if (!ctx.isTopFrame) return 'frame';
  // Going back should show the page the user left, not re-open the reader over it.
  if (ctx.navigationType === 'back_forward') return 'back-forward';
  if (ctx.dismissed) return 'dismissed';
  if (isRestrictedUrl(ctx.url)) return 'restricted';
  if (isHomePage(ctx.url)) return 'home-page';
  if (!isAutoEnabledFor(ctx.url, ctx.settings)) return 'not-enabled';
  return null;
}

/** A site's front page: the root path (query ignored), or a bare language/index path. */
export function isHomePage(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const path = parsed.pathname.replace(/\/+$/, '');
  return path === '' || /^\/(index|default|home)(\.[a-z]+)?$/i.test(path) || /^\/[a-z]{2}(-[a-z]{2})?$/i.test(path);
}

/** Key under which "closed on this page" is remembered for the tab (sessionStorage). */
export function dismissKey(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `safi:dismissed:${url}`;
  }
  parsed.hash = '';
  return `safi:dismissed:${parsed.href}`;
}
