import { useEffect, useRef, useState } from 'preact/hooks';

export type CopyStatus = 'idle' | 'copied' | 'failed';

/** How long the confirmation stays visible. */
const CONFIRM_MS = 2500;

/**
 * Runs a copy and exposes its outcome for one shared, polite live region, so screen
 * readers announce "Copied" once and sighted users see it next to the buttons.
 */
export function useCopyStatus(copy: (text: string) => Promise<void>) {
  const [status, setStatus] = useState<CopyStatus>('idle');
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(timer.current), []);

  async function run(text: string) {
    clearTimeout(timer.current);
    try {
      await copy(text);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
    timer.current = setTimeout(() => setStatus('idle'), CONFIRM_MS);
  }
  return { status, run };
}
