import { useSignal } from '@preact/signals';
import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import { formatDate, label, t } from '../i18n';
import type { Outbox, OutboxEntry } from '../outbox';
import { problemText } from '../problem-text';

export interface OutboxListOptions {
  outbox: Outbox;
  /** Opens the filing form with the entry's content, to correct a refused report. */
  onEdit: (entry: OutboxEntry) => void;
  /** Tries to send the waiting entries now; absent while signed out (they wait for the login). */
  onSend?: () => void;
}

/** "n Berichte warten" in the top bar, with the list of waiting and refused reports; hidden while there are none. */
export function mountOutboxList(host: HTMLElement, options: OutboxListOptions): void {
  render(<OutboxList {...options} />, host);
}

function OutboxList({ outbox, onEdit, onSend }: OutboxListOptions) {
  const open = useSignal(false);
  const entries = outbox.entries.value;
  useEffect(() => {
    if (!open.value) return;
    // Captured and consumed, so the same Escape does not also close the drawer or the building file.
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      open.value = false;
    };
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, [open.value]);
  if (entries.length === 0) return null;
  const refused = entries.filter((e) => e.state === 'attention').length;
  const count = t(entries.length === 1 ? 'outbox.count_one' : 'outbox.count_other', { count: entries.length });
  const summary = refused ? `${count} · ${t('outbox.attentionCount', { count: refused })}` : count;
  return (
    <div class="outbox">
      <button
        type="button"
        class={`button outbox-toggle${refused ? ' outbox-toggle--attention' : ''}`}
        aria-expanded={open.value}
        aria-controls="outbox-list"
        aria-label={summary}
        onClick={() => (open.value = !open.value)}
      >
        <span class="long">{summary}</span>
        <span class="short" aria-hidden="true">
          {refused ? `! ${entries.length}` : `⇡ ${entries.length}`}
        </span>
      </button>
      {open.value && (
        <section id="outbox-list" class="outbox-list" aria-labelledby="outbox-heading">
          <div class="panel-header">
            <h2 id="outbox-heading">{t('outbox.heading')}</h2>
            <button class="icon-button" type="button" aria-label={t('app.close')} title={t('app.close')} onClick={() => (open.value = false)}>
              ×
            </button>
          </div>
          <p class="hint">{t('outbox.intro')}</p>
          <ul class="outbox-items">
            {entries.map((entry) => (
              <OutboxItem key={entry.id} entry={entry} outbox={outbox} onEdit={() => ((open.value = false), onEdit(entry))} onSend={onSend} />
            ))}
          </ul>
          {onSend && entries.length > refused && (
            <button type="button" class="button" onClick={onSend}>
              {t('outbox.sendNow')}
            </button>
          )}
        </section>
      )}
    </div>
  );
}

function OutboxItem({ entry, outbox, onEdit, onSend }: { entry: OutboxEntry; outbox: Outbox; onEdit: () => void; onSend?: () => void }) {
  const confirming = useSignal(false);
  const what = entry.input
    ? `${label('kind', entry.input.kind)} · ${formatDate(entry.input.date)} · ${t(entry.submit ? 'outbox.toSubmit' : 'outbox.asDraft')}`
    : t('outbox.submitOnly');
  const state =
    outbox.sending.value === entry.id
      ? t('outbox.stateSending')
      : entry.state === 'attention'
        ? t('outbox.stateAttention', { reason: entry.problem ? problemText(entry.problem) : '' })
        : entry.problem
          ? t('outbox.stateRetry', { reason: problemText(entry.problem) })
          : t('outbox.stateWaiting');
  return (
    <li class={`outbox-item outbox-item--${entry.state}`} data-outbox-id={entry.id}>
      <strong>{entry.label}</strong>
      <span>{what}</span>
      <span class="outbox-state" role={entry.state === 'attention' ? 'alert' : undefined}>
        {state}
      </span>
      {entry.state === 'attention' &&
        (confirming.value ? (
          <div class="outbox-actions">
            <span>{t('outbox.discardConfirm')}</span>
            <button type="button" class="button" onClick={() => void outbox.remove(entry.id)}>
              {t('outbox.discardYes')}
            </button>
            <button type="button" class="button" onClick={() => (confirming.value = false)}>
              {t('outbox.cancel')}
            </button>
          </div>
        ) : (
          <div class="outbox-actions">
            <button type="button" class="button button--primary" onClick={onEdit}>
              {t('outbox.edit')}
            </button>
            <button type="button" class="button" onClick={() => void outbox.retry(entry.id).then(() => onSend?.())}>
              {t('outbox.retry')}
            </button>
            <button type="button" class="button" onClick={() => (confirming.value = true)}>
              {t('outbox.discard')}
            </button>
          </div>
        ))}
    </li>
  );
}
