import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';

/** Quick extractions finish before this, so they never flash a skeleton. */
export const SKELETON_DELAY_MS = 150;

/** Grey placeholder lines, shown only once loading has taken longer than a blink. */
export function LoadingSkeleton() {
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const t = setTimeout(() => setVisible(true), SKELETON_DELAY_MS);
    return () => clearTimeout(t);
  }, []);
  return (
    <div class="safi-skeleton" aria-busy="true" role="status">
      <span class="safi-visually-hidden">{i18n.t('state.loading')}</span>
      {visible && (
        <div class="safi-skeleton-lines" aria-hidden="true">
          <div class="safi-skeleton-line safi-skeleton-title" />
          <div class="safi-skeleton-line" />
          <div class="safi-skeleton-line" />
          <div class="safi-skeleton-line safi-skeleton-short" />
        </div>
      )}
    </div>
  );
}
