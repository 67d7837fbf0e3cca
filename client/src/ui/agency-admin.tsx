import { useSignal } from '@preact/signals';
import type { Agency } from '../api-types';
import { agencyLabel, type AppContext } from '../context';
import { t } from '../i18n';
import { EditForm, refocus } from './admin-forms';
import { CheckField, ErrorSummary, FormErrorsContext, TextField, useServerForm } from './fields';

interface AgencyAdminProps {
  ctx: AppContext;
  agencies: Agency[];
  /** Loads the catalogue again after a change. */
  onChanged: () => Promise<void>;
}

/** The agency catalogue: add, rename, move in or out of the taskforce, (de)activate; codes stay. */
export function AgencyAdmin({ ctx, agencies, onChanged }: AgencyAdminProps) {
  const editing = useSignal<{ agency: Agency; stale: boolean } | null>(null);
  const done = async (saved: Agency | null) => {
    const code = editing.value?.agency.code;
    editing.value = null;
    if (saved) ctx.toast(t('agencies.saved', { name: agencyLabel(saved, saved.code) }));
    await onChanged();
    if (code) refocus(`[data-edit-agency="${code}"]`);
  };
  return (
    <section class="admin-section" aria-labelledby="agencies-heading">
      <h2 id="agencies-heading">{t('agencies.heading')}</h2>
      <div class="admin-table" role="region" aria-label={t('agencies.heading')} tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('agencies.code')}</th>
              <th scope="col">{t('field.name')}</th>
              <th scope="col">{t('agencies.taskforce')}</th>
              <th scope="col">{t('users.status')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('users.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {agencies.map((agency) => (
              <tr key={agency.code} class={agency.active ? '' : 'admin-row--inactive'}>
                <th scope="row">{agency.code}</th>
                <td data-label={t('field.name')}>{agencyLabel(agency, agency.code)}</td>
                <td data-label={t('agencies.taskforce')}>{agency.taskforce ? t('app.yes') : t('app.no')}</td>
                <td data-label={t('users.status')}>{agency.active ? t('users.active') : t('agencies.inactive')}</td>
                <td>
                  <div class="admin-actions">
                    <button
                      class="button"
                      type="button"
                      data-edit-agency={agency.code}
                      aria-label={t('users.editNamed', { name: agency.code })}
                      onClick={() => (editing.value = { agency, stale: false })}
                    >
                      {t('users.edit')}
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {editing.value && (
        <EditAgency
          key={`${editing.value.agency.code}-${editing.value.agency.version}`}
          ctx={ctx}
          {...editing.value}
          onDone={done}
          onStale={async (code) => {
            await onChanged();
            const current = (await ctx.api.agencies()).find((a) => a.code === code);
            editing.value = current ? { agency: current, stale: true } : null;
          }}
        />
      )}
      <NewAgency ctx={ctx} onCreated={done} />
    </section>
  );
}

function NewAgency({ ctx, onCreated }: { ctx: AppContext; onCreated: (agency: Agency) => Promise<void> }) {
  const code = useSignal('');
  const name = useSignal('');
  const nameEn = useSignal('');
  const taskforce = useSignal(true);
  const { errors, form, busy, submit } = useServerForm();

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    let created: Agency | null = null;
    const english = nameEn.value.trim();
    const ok = await submit(async () => {
      created = await ctx.api.createAgency({ code: code.value.trim(), name: name.value, ...(english && { nameEn: english }), taskforce: taskforce.value });
    });
    if (ok && created) {
      code.value = name.value = nameEn.value = '';
      await onCreated(created);
    }
  };

  return (
    <FormErrorsContext.Provider value={errors}>
      <form ref={form} class="admin-form" aria-labelledby="new-agency-heading" onSubmit={(e) => void onSubmit(e)} noValidate>
        <h3 id="new-agency-heading">{t('agencies.new')}</h3>
        <TextField label={t('agencies.code')} path="code" name="code" value={code} attrs={{ required: true, maxLength: 40, pattern: '[a-z0-9][a-z0-9_-]*' }} />
        <p class="muted">{t('agencies.codeHint')}</p>
        <TextField label={t('field.name')} path="name" name="name" value={name} attrs={{ required: true, maxLength: 200 }} />
        <TextField label={t('agencies.nameEn')} path="nameEn" name="nameEn" value={nameEn} attrs={{ maxLength: 200 }} />
        <CheckField label={t('agencies.taskforce')} path="taskforce" name="taskforce" value={taskforce} />
        <ErrorSummary title={t('operation.errors')} />
        <button class="button button--primary" type="submit" disabled={busy.value}>
          {t('agencies.create')}
        </button>
      </form>
    </FormErrorsContext.Provider>
  );
}

interface EditAgencyProps {
  ctx: AppContext;
  agency: Agency;
  stale: boolean;
  onDone: (saved: Agency | null) => Promise<void>;
  onStale: (code: string) => Promise<void>;
}

function EditAgency({ ctx, agency, stale, onDone, onStale }: EditAgencyProps) {
  const name = useSignal(agency.name);
  const nameEn = useSignal(agency.nameEn);
  const taskforce = useSignal(agency.taskforce);
  const active = useSignal(agency.active);
  return (
    <EditForm
      id="edit-agency-heading"
      heading={t('agencies.editHeading', { code: agency.code })}
      record={agency}
      staleText={stale ? t('agencies.stale') : null}
      wanted={() => ({ name: name.value.trim(), nameEn: nameEn.value.trim(), taskforce: taskforce.value, active: active.value })}
      save={(changes, version) => ctx.api.updateAgency(agency.code, changes, version)}
      onDone={onDone}
      onStale={() => onStale(agency.code)}
      saveLabel={t('users.save')}
    >
      <TextField label={t('field.name')} path="name" name="name" value={name} attrs={{ required: true, maxLength: 200 }} />
      <TextField label={t('agencies.nameEn')} path="nameEn" name="nameEn" value={nameEn} attrs={{ required: true, maxLength: 200 }} />
      <CheckField label={t('agencies.taskforce')} path="taskforce" name="taskforce" value={taskforce} />
      <CheckField label={t('agencies.activeLabel')} path="active" name="active" value={active} />
    </EditForm>
  );
}
