/**
 * The one place developer detail goes: the console, with a prefix, never the user's screen.
 * `errorOnce` keeps a failure that repeats (every retry, every page) from flooding the console.
 */
const PREFIX = '[safi]';
const seen = new Set<string>();

/**
 * Logs an unexpected failure with its detail. Also exported alone, for the extraction script,
 * which injects on every click and should carry nothing it does not call.
 */
export function logError(context: string, detail?: unknown): void {
  console.error(PREFIX, context, detail ?? '');
}

export const logger = {
  error: logError,
  /** Logs an unexpected failure the first time `context` is seen in this context. */
  errorOnce(context: string, detail?: unknown): void {
    if (seen.has(context)) return;
    seen.add(context);
    console.error(PREFIX, context, detail ?? '');
  },
  /** Expected but noteworthy (e.g. a permission the user removed by hand). */
  warn(context: string, detail?: unknown): void {
    console.warn(PREFIX, context, detail ?? '');
  },
};
