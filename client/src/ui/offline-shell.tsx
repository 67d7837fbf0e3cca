import { useSignal } from '@preact/signals';
import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Operation } from '../api-types';
import type { AppContext } from '../context';
import type { UserCache } from '../device-cache';
import { formatDate, label, t } from '../i18n';
import type { Outbox, OutboxEntry } from '../outbox';
import { mountOperationForm } from './operation-form';
import { mountOutboxList } from './outbox-list';

export interface OfflineShellOptions {
  ctx: AppContext;
  cache: UserCache;
  outbox: Outbox;
  onLogin: () => void;
}

/**
 * Without a connection and without a session: the device's last user files new reports and continues the
 * drafts kept on this device; everything goes to their outbox and is sent after they sign in again.
 */
export function renderOfflineShell(root: HTMLElement, options: OfflineShellOptions): () => void {
  root.replaceChildren();
  render(<OfflineShell {...options} />, root);
  return () => render(null, root);
}

function OfflineShell({ ctx, cache, outbox, onLogin }: OfflineShellOptions) {
  const formOpen = useSignal(false);
  const online = useSignal(navigator.onLine);
  const panel = useRef<HTMLElement>(null);
  const outboxSlot = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const update = () => (online.value = navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    mountOutboxList(outboxSlot.current!, { outbox, onEdit: edit });
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  const address = (propertyId: string) => cache.recent.find((p) => p.id === propertyId) ?? null;

  // A refused change to a draft needs that draft; without its copy it waits for the connection (filing it anew would duplicate it).
  function edit(entry: OutboxEntry): void {
    const draft = entry.operationId ? cache.drafts.find((d) => d.id === entry.operationId) : null;
    if (entry.operationId && !draft) ctx.toast(t('offline.draftMissing'), 'error');
    else open(draft ?? null, entry);
  }

  function open(draft: Operation | null, chosen: OutboxEntry | null = null): void {
    formOpen.value = true;
    // A draft already changed offline continues from that change, which the new one then replaces.
    const queued = chosen ?? outbox.entries.value.find((e) => draft && e.operationId === draft.id && e.input && e.state === 'waiting') ?? null;
    const propertyId = queued?.input?.propertyId ?? draft?.propertyId;
    mountOperationForm(panel.current!, {
      ctx,
      outbox,
      picker: null,
      queueOnly: true,
      property: propertyId ? address(propertyId) : null,
      draft,
      queued,
      defaultCity: Promise.resolve(null),
      onClose: () => {
        render(null, panel.current!);
        panel.current!.replaceChildren();
        formOpen.value = false;
      },
      onSubmitted: () => undefined,
      onPropertyCreated: () => undefined,
    });
  }

  return (
    <>
      <header class="topbar">
        <h1 class="topbar-title">{t('app.title')}</h1>
        <span class="offline-badge">{t('offline.badge')}</span>
        <div class="topbar-spacer" />
        <div ref={outboxSlot} class="outbox-slot" />
        <span class="topbar-user">{ctx.user.displayName}</span>
        <button class="button button--primary" type="button" onClick={onLogin}>
          {t('login.submit')}
        </button>
      </header>
      <main class="offline-page">
        <p role="status">{t(online.value ? 'offline.backOnline' : 'offline.intro', { name: ctx.user.displayName })}</p>
        <section class="offline-form" ref={panel} aria-label={t('operation.heading')} />
        {!formOpen.value && (
          <>
            <button class="button button--primary" type="button" onClick={() => open(null)}>
              {t('app.newOperation')}
            </button>
            {cache.drafts.length > 0 && (
              <section aria-labelledby="offline-drafts">
                <h2 id="offline-drafts">{t('offline.drafts')}</h2>
                <ul class="offline-drafts">
                  {cache.drafts.map((draft) => (
                    <li key={draft.id}>
                      <span>
                        <strong>{address(draft.propertyId)?.address.label ?? t('operation.property')}</strong>
                        {` · ${label('kind', draft.kind)} · ${formatDate(draft.date)}`}
                      </span>
                      <button class="button" type="button" onClick={() => open(draft)}>
                        {t('timeline.continueDraft')}
                      </button>
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </>
        )}
      </main>
    </>
  );
}
