import { i18n } from '#i18n';
import { FAILURE_MESSAGES, canForce, canRetry, type ReaderFailure } from '@/lib/reader-state';

interface Props {
  reason: ReaderFailure;
  onForce?: () => void;
  onRetry?: () => void;
}

/** One translated message per failure, with the one action that can help, if any. */
export function FailureView({ reason, onForce, onRetry }: Props) {
  const keys = FAILURE_MESSAGES[reason];
  return (
    <section class={`safi-failure safi-failure-${reason}`} data-state={reason}>
      <h2 class="safi-failure-title">{i18n.t(keys.title)}</h2>
      <p class="safi-failure-body">{i18n.t(keys.body)}</p>
      {canForce(reason) && onForce && (
        <button type="button" class="safi-button" onClick={onForce}>
          {i18n.t('state.showAnyway')}
        </button>
      )}
      {canRetry(reason) && onRetry && (
        <button type="button" class="safi-button" onClick={onRetry}>
          {i18n.t('state.retry')}
        </button>
      )}
    </section>
  );
}
