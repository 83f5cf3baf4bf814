import { useEffect, useRef, useState } from 'preact/hooks';
import type { Article } from '@/lib/extract/types';
import { logger } from '@/lib/logger';
import { downloadFile } from '@/lib/text/download-file';
import { searchWithoutSave, type ExportKind } from '@/lib/text/export-file';
import { exportFile } from '@/lib/text/export-lazy';

/**
 * `reader.html?tabId=N&save=md|html`: downloads that file of the article once it is here,
 * once. This tab stays open while the browser asks where to save, which a popup does not
 * (Firefox closes it, losing the download); the popup hands its downloads over this way.
 * True when the file could not be made.
 */
export function useSaveOnArrival(article: Article | null, save: ExportKind | null): boolean {
  const done = useRef(false);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!article || !save || done.current) return;
    done.current = true;
    history.replaceState(history.state, '', `${location.pathname}${searchWithoutSave(location.search)}${location.hash}`);
    exportFile(article, save)
      .then((file) => downloadFile(document.body, file.name, file.type, file.content))
      .catch((err: unknown) => {
        logger.errorOnce('saving from the reader tab failed', err);
        setFailed(true);
      });
  }, [article, save]);
  return failed;
}
