import { useEffect, useState } from 'preact/hooks';
import { logger } from '@/lib/logger';
import { resolveTab } from './read-tab';

export interface ReadTab {
  id?: number;
  url?: string;
  index?: number;
}

/**
 * The tab a reader page works on (`?tabId=N`, else the active tab), shared by the popup and
 * the reader tab. Undefined while it is being looked up; `{}` when there is none.
 */
export function useTab(tabIdParam: number | null): ReadTab | undefined {
  const [tab, setTab] = useState<ReadTab>();
  useEffect(() => {
    resolveTab(tabIdParam).then(
      (t) => setTab(t ?? {}),
      (err) => {
        logger.errorOnce('no tab to read', err);
        setTab({});
      },
    );
  }, [tabIdParam]);
  return tab;
}
