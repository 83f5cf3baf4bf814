/**
 * Auto reader mode site rules. A rule is a bare host name; it covers that host and its
 * subdomains, compared label by label on the parsed URL host, never as a substring.
 */
import type { Settings } from './settings/schema';

/** Host of an http(s) URL, lower-case, without a trailing dot; null for anything else. */
export function hostOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return parsed.hostname.toLowerCase().replace(/\.$/, '') || null;
}

/**
 * The rule a user creates from a page: its host, without a leading "www." so that the
 * rule also covers the bare domain and its other subdomains.
 */
export function siteRuleFor(url: string): string | null {
  const host = hostOf(url);
  if (!host) return null;
  return isIpHost(host) ? host : host.replace(/^www\./, '');
}

/** True when `host` is `rule` or one of its subdomains (`news.example.com` ⊂ `example.com`). */
export function hostMatchesRule(host: string, rule: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  const r = rule.toLowerCase().replace(/\.$/, '');
  if (!h || !r) return false;
  return h === r || h.endsWith(`.${r}`);
}

/** The stored rule that covers `url`, if any. */
export function findMatchingRule(url: string, rules: readonly string[]): string | null {
  const host = hostOf(url);
  if (!host) return null;
  return rules.find((rule) => hostMatchesRule(host, rule)) ?? null;
}

/** True when auto reader mode is on for `url` (all sites, or a matching site rule). */
export function isAutoEnabledFor(url: string, settings: Settings): boolean {
  if (!hostOf(url)) return false;
  return settings.autoAllSites || findMatchingRule(url, settings.autoSites) !== null;
}

/** Match patterns for one rule: http and https, the host and its subdomains. */
export function matchPatternsForRule(rule: string): string[] {
  // `*.` is meaningless on an IP address, so those get the exact host only.
  const host = isIpHost(rule) ? rule : `*.${rule}`;
  return [`https://${host}/*`, `http://${host}/*`];
}

/** Match patterns for "all sites". */
export const ALL_SITES_PATTERNS: readonly string[] = ['https://*/*', 'http://*/*'];

/** Match patterns the auto-mode content script must be registered for, given the settings. */
export function autoModeMatchPatterns(settings: Settings): string[] {
  if (settings.autoAllSites) return [...ALL_SITES_PATTERNS];
  return settings.autoSites.flatMap(matchPatternsForRule);
}

function isIpHost(host: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith('[');
}
