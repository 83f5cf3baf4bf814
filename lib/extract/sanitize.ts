import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import type { SafeHtml } from './types';

/**
 * The one sanitizer. Everything the reader renders as HTML goes through
 * `sanitizeArticleHtml`, with one configuration, in the extension's own context
 * (never with prototypes the page can reach — brave-ios #2904).
 *
 * DOMPurify's HTML profile already leaves out script, frames, plugins, SVG, base, meta,
 * link, title, and the attributes `referrerpolicy`, `ping` (CVE-2023-49060), `target`,
 * `srcdoc`, `formaction`, `autofocus`, `contenteditable`, `is` (the security tests check
 * each). Beyond it: no style, forms or form controls, templates, dialogs, slots, media;
 * no inline style or classes; links only to http(s), mailto and in-page anchors, opened
 * with `rel="noopener noreferrer"`; `data:` URLs only as image sources.
 */
const CONFIG: Config = {
  // HTML only: MathML and SVG are rare in news and each profile adds hundreds of
  // names to build at every injection (a <math> or <svg> island is dropped with its text).
  USE_PROFILES: { html: true },
  // Media (video, audio, track) can never play under the reader pages' CSP (media-src
  // 'none'); a player with a relative or empty source would only make a blocked request.
  FORBID_TAGS: (
    'style form input button textarea select option optgroup datalist fieldset legend label output ' +
    'template dialog slot marquee video audio track'
  ).split(' '),
  FORBID_ATTR: 'style class action popover popovertarget tabindex xmlns'.split(' '),
  // Applied by DOMPurify to every attribute value, not only URLs: it must let plain
  // values through (dir="rtl", width="640", relative links) and stop any scheme but
  // http(s) and mailto. data: is allowed separately, for images only.
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  ADD_DATA_URI_TAGS: ['img'],
  ALLOW_DATA_ATTR: false,
  SANITIZE_NAMED_PROPS: true,
  // A plain pass-through policy instead of a native Trusted Types one: a native
  // policy's callbacks cannot run in a page with scripting disabled (the harness),
  // and the result is a string either way (RETURN_TRUSTED_TYPE is off).
  TRUSTED_TYPES_POLICY: {
    createHTML: (s: string) => s,
    createScriptURL: (s: string) => s,
  } as unknown as Config['TRUSTED_TYPES_POLICY'],
};

const SAFE_IMAGE_DATA = /^data:image\/(png|jpe?g|gif|webp|avif)[;,]/i;
const DATA_URL = /^\s*data:/i;

const instances = new WeakMap<object, DOMPurify>();

function purifierFor(win: Window): DOMPurify {
  let purify = instances.get(win);
  if (purify) return purify;
  // The module's default instance is already bound to this realm's window; reuse it
  // rather than building a second one.
  const realmWindow = (globalThis as { window?: unknown }).window;
  purify = win === realmWindow ? createDOMPurify : createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
  purify.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    // Most elements of an article keep no attribute at all: nothing to check.
    if (!el.hasAttributes()) return;
    // DOMPurify "removes" `is` by emptying it, which moves it to the end of the attribute
    // list, so a second pass would reorder the attributes; drop it for good.
    el.removeAttribute('is');
    const tag = el.localName;
    if (tag === 'a') {
      const href = el.getAttribute('href');
      // An empty href is a link to the page that shows it: in the reader, the reader itself.
      if (href?.trim() === '') el.removeAttribute('href');
      else if (href && href.startsWith('#')) {
        // SANITIZE_NAMED_PROPS prefixes ids; keep in-page links pointing at them.
        if (!href.startsWith('#user-content-')) el.setAttribute('href', `#user-content-${href.slice(1)}`);
      } else if (href) {
        el.setAttribute('rel', 'noopener noreferrer');
        el.setAttribute('target', '_blank');
      }
    }
    // `data:` only as an image's source: ADD_DATA_URI_TAGS lets it through on every URI
    // attribute of an img (an `href` on an img, say), and src/poster of other media.
    // Names and values are read as strings: no Attr node is made for each attribute.
    for (const name of el.getAttributeNames()) {
      const value = el.getAttribute(name) ?? '';
      if (name === 'srcset') {
        if (!value.split(',').every((c) => /^\s*https?:/i.test(c))) el.removeAttribute(name);
      } else if (DATA_URL.test(value) && !(tag === 'img' && name === 'src' && SAFE_IMAGE_DATA.test(value.trim()))) {
        el.removeAttribute(name);
      }
    }
  });
  // Parse the configuration once: per call it costs as much as a small article.
  purify.setConfig({ ...CONFIG, RETURN_TRUSTED_TYPE: false });
  instances.set(win, purify);
  return purify;
}

/** An element whose first newline the HTML parser drops. */
const LEADING_NEWLINE = /<(pre|listing|textarea)\b[^>]*>\n/i;

/** Elements that never have content, so removing one moves nothing. */
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * Whether DOMPurify's removal of `node` may have hoisted its children into its place:
 * an element found empty afterwards that is not void (one removed with its content
 * still holds it; a comment or text node holds nothing).
 */
function mayHaveHoisted(node: Node): boolean {
  return node.nodeType === 1 && !node.hasChildNodes() && !VOID_ELEMENTS.has((node as Element).localName);
}

/**
 * Sanitizes article HTML (a string, or a node whose whole subtree is taken) for
 * rendering in an extension page. Idempotent: sanitizing the output again gives
 * the same string.
 */
export function sanitizeArticleHtml(html: string | Node, win: Window): SafeHtml {
  const purify = purifierFor(win);
  let out = purify.sanitize(html) as unknown as string;
  // Unwrapping a removed element can leave a tree the HTML parser would never build (a `<p>`
  // inside a `<p>` once `<object>` is dropped), and so can DOM edits before sanitizing (node
  // input); such a serialization parses differently. Re-sanitizing until the string is stable
  // makes the output idempotent. Only hoisting an element's children into its place can do
  // that: when the removals were comments, void elements (`<meta>`) and elements dropped with
  // their content, the parser-built tree kept its shape and one pass is enough — the common
  // case for an article, where a second pass would double the sanitizer's share of the pipeline.
  // A removal right after `<pre>` can also leave a newline there, which the parser drops.
  const settled =
    typeof html === 'string' &&
    purify.removed.every((r) => !('element' in r) || !mayHaveHoisted(r.element)) &&
    !LEADING_NEWLINE.test(out);
  for (let pass = 0; pass < 3 && !settled; pass++) {
    const again = purify.sanitize(out) as unknown as string;
    if (again === out) break;
    out = again;
  }
  return out as SafeHtml;
}
