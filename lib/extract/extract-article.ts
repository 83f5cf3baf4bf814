import { Readability } from '@mozilla/readability';
import { readingMinutes } from '../reading-time';
import { toPlainText } from '../text/plain-text';
import { countWords } from '../text/word-count';
import { cleanByline, cleanSiteName } from './byline';
import { chooseDirection, parseDir } from './direction';
import { guessRtlLanguage, isRtlLanguage, primaryLanguage } from './language';
import { fixLazyImages } from './lazy-images';
import { readLiveSignals } from './live-signals';
import { restoreLeadImage } from './lead-image';
import { postClean } from './post-clean';
import { preClean, removeControls } from './pre-clean';
import { checkReaderable } from './readerable';
import { isRestrictedUrl } from './restricted-url';
import { sanitizeArticleHtml } from './sanitize';
import { chooseTitle } from './title';
import type { Article, ExtractFailureReason, ExtractOptions, ExtractResult } from './types';

/** Defaults for the size cap and time budget (see ExtractOptions). */
// 40,000 elements is several times a heavy news page; past it the clone and the
// passes over it cannot finish within the budget, so the reader says so at once.
export const EXTRACT_LIMITS = { maxElements: 40_000, maxChars: 3_000_000, timeBudgetMs: 2_500 } as const;

const MIN_ARTICLE_CHARS = 140;

class Stop {
  constructor(readonly reason: ExtractFailureReason) {}
}

/**
 * Reads the article out of a live page: readerable check, live signals
 * (hidden elements, CSS direction), a clone that is pre-cleaned, Readability,
 * post-clean, sanitize, then direction, language and plain text. Never changes
 * `doc`. Expected failures come back as `{ok: false, reason}`.
 */
export function extractArticle(doc: Document, opts: ExtractOptions): ExtractResult {
  try {
    return { ok: true, article: runPipeline(doc, opts) };
  } catch (e) {
    if (e instanceof Stop) return { ok: false, reason: e.reason };
    throw e;
  }
}

function runPipeline(doc: Document, opts: ExtractOptions): Article {
  const now = opts.now ?? (() => Date.now());
  const started = now();
  const budget = opts.timeBudgetMs ?? EXTRACT_LIMITS.timeBudgetMs;
  const checkTime = () => {
    if (now() - started > budget) throw new Stop('timeout');
  };
  const win = doc.defaultView;

  if (!doc.documentElement || !doc.body) throw new Stop(opts.force ? 'no-article' : 'not-readerable');
  if (doc.getElementsByTagName('*').length > (opts.maxElements ?? EXTRACT_LIMITS.maxElements)) {
    throw new Stop('too-large');
  }
  if ((doc.body.textContent?.length ?? 0) > (opts.maxChars ?? EXTRACT_LIMITS.maxChars)) throw new Stop('too-large');

  // "Show it anyway" skips the article test but never the restricted-page rule.
  if (isRestrictedUrl(opts.url)) throw new Stop('restricted-url');
  if (!opts.force && checkReaderable(doc, opts.url, (el) => isVisible(el, win)) !== 'ok') {
    throw new Stop('not-readerable');
  }
  checkTime();

  // The clone is marked in the same walk that reads the live page.
  const clone = doc.cloneNode(true) as Document;
  const signals = readLiveSignals(doc, win, clone);
  checkTime();

  const metaTitleHint = clone.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? null;
  fixLazyImages(clone);
  preClean(clone);
  checkTime();

  let parsed = parseWithReadability(clone);
  checkTime();
  if (!parsed || (parsed.textContent ?? '').trim().length < 200) {
    // Safety net: when the cleaned page yields nothing or a scrap, the cleaning
    // removed too much (a page that is mostly one "comments" block, say); read the
    // page without it and keep whichever result has more text.
    // (Reading the live page again marks the new clone: a rare path, kept simple.)
    const plain = doc.cloneNode(true) as Document;
    readLiveSignals(doc, win, plain);
    removeControls(plain);
    fixLazyImages(plain);
    const retry = parseWithReadability(plain);
    if (retry && (retry.textContent ?? '').trim().length > (parsed?.textContent ?? '').trim().length) parsed = retry;
    checkTime();
  }
  if (!parsed || !parsed.content) throw new Stop('no-article');

  const siteName = cleanSiteName(clean(parsed.siteName));
  const title = chooseTitle(doc, parsed.title || metaTitleHint, siteName); // reads h1s only
  postClean(parsed.content, { title });
  restoreLeadImage(parsed.content, doc, doc.baseURI || opts.url);
  const html = sanitizeArticleHtml(parsed.content.outerHTML, win ?? (globalThis as unknown as Window));
  const text = toPlainText(parsed.content);
  // Below this, what is left is a form's help text or a teaser, not a story — the
  // same floor Readability's readerable check uses for one paragraph.
  if (text.length < MIN_ARTICLE_CHARS) throw new Stop('no-article');
  checkTime();

  const declaredLang =
    primaryLanguage(dominantAttribute(parsed.content, 'lang')) ??
    primaryLanguage(doc.documentElement.getAttribute('lang')) ??
    primaryLanguage(contentLanguage(doc));
  const dir = chooseDirection({
    // Nearest first: Readability's lookup over the article's ancestors sees both the
    // page's dir attributes and the computed direction recorded on the clone.
    attribute: parseDir(dominantAttribute(parsed.content, 'dir')) ?? parseDir(parsed.dir),
    computed: signals.bodyDirection === 'rtl' ? 'rtl' : null,
    languageIsRtl: declaredLang ? isRtlLanguage(declaredLang) : null,
    text,
  });
  const lang = chooseLanguage(declaredLang, dir, text);
  const wordCount = countWords(text);
  return {
    url: opts.url,
    title,
    byline: cleanByline(clean(parsed.byline), siteName, doc.title),
    siteName,
    publishedTime: clean(parsed.publishedTime),
    excerpt: clean(parsed.excerpt),
    lang,
    dir,
    html,
    text,
    wordCount,
    readingMinutes: readingMinutes(text.length, lang),
  };
}

/**
 * Readability with its options chosen on purpose:
 * - serializer returns the element, so post-clean works on nodes, not a re-parse;
 * - keepClasses: post-clean reads class names to spot furniture inside the chosen
 *   block, then drops them itself (the sanitizer forbids `class` as well);
 * - charThreshold 500 (default): a shorter result makes it retry with looser
 *   rules, which recovers short news items better than accepting a fragment;
 * - JSON-LD metadata on (default): the most reliable source for byline and date.
 */
function parseWithReadability(doc: Document) {
  return new Readability<Element>(doc, { serializer: (el) => el as Element, keepClasses: true }).parse();
}

function clean(s: string | null | undefined): string | null {
  const v = s?.replace(/\s+/g, ' ').trim();
  return v ? v : null;
}

function isVisible(el: Element, win: Window | null): boolean {
  if (el.hasAttribute('hidden')) return false;
  const style = win?.getComputedStyle?.(el);
  return !style || (style.display !== 'none' && style.visibility !== 'hidden');
}



/**
 * The value of `attr` on the outermost element inside the article that holds most of
 * its text. For `dir` (a page attribute or the recorded computed direction) and `lang`
 * this is the article area's own value, nearer than anything on html or body.
 */
function dominantAttribute(content: Element, attr: 'dir' | 'lang'): string | null {
  const total = content.textContent?.length ?? 0;
  for (const el of Array.from(content.querySelectorAll(`[${attr}]`))) {
    if ((el.textContent?.length ?? 0) * 2 >= total) return el.getAttribute(attr);
  }
  return null;
}

function contentLanguage(doc: Document): string | null {
  return (
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') ??
    doc.querySelector('meta[property="og:locale"]')?.getAttribute('content') ??
    null
  );
}

/**
 * The declared language unless the text plainly contradicts it (an Arabic page
 * declaring `lang="en-US"`); with no declaration, a guess from the script.
 */
function chooseLanguage(declared: string | null, dir: 'rtl' | 'ltr', text: string): string | null {
  const sample = text.slice(0, 4000);
  const guessed = guessRtlLanguage(sample);
  if (declared) {
    if (dir === 'rtl' && !isRtlLanguage(declared) && guessed) return guessed;
    // An LTR article in an Arabic-language template: the template's lang is not the text's.
    if (dir === 'ltr' && isRtlLanguage(declared)) return null;
    return declared;
  }
  return guessed;
}
