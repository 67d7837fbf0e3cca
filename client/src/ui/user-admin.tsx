import { useSignal, type Signal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { roleValues, type Agency, type City, type ManagedUser, type Role, type UserWithPassword } from '../api-types';
import { agencyLabel, type AppContext } from '../context';
import { t } from '../i18n';
import { errorText } from '../problem-text';
import { EditForm, refocus } from './admin-forms';
import { CheckField, ErrorSummary, FormErrorsContext, SelectField, TextField, useServerForm } from './fields';

function roleChoices() {
  return roleValues.map((role) => ({ value: role, label: t(`role.${role}`) }));
}

interface AdminProps {
  ctx: AppContext;
  /** The catalogue as the agencies section last loaded it: new agencies are offered at once. */
  agencies: Agency[];
  /** Every city, for a Land administrator; empty for a city's administrator, whose accounts stay in their city. */
  cities: City[];
}

/** The select's value for a Land role, which works across every city. */
const LAND_WIDE = '';

function cityLabel(cities: readonly City[], ags: string | null): string {
  return ags === null ? t('users.landWide') : (cities.find((c) => c.ags === ags)?.name ?? ags);
}

/** Accounts of the installation: create, correct, disable and reset, each answered one-time password shown once. */
export function UserAdmin({ ctx, agencies, cities }: AdminProps) {
  const users = useSignal<ManagedUser[] | null>(null);
  const loadError = useSignal<string | null>(null);
  const editing = useSignal<{ user: ManagedUser; stale: boolean } | null>(null);
  const issued = useSignal<{ user: ManagedUser; password: string; reset: boolean } | null>(null);

  const load = async () => {
    try {
      users.value = await ctx.api.users();
      loadError.value = null;
    } catch (failure) {
      loadError.value = errorText(failure);
    }
  };
  useEffect(() => void load(), []);

  const showIssued = (answer: UserWithPassword, reset: boolean) => {
    issued.value = { user: answer.user, password: answer.oneTimePassword, reset };
    void load();
  };
  const resetting = useSignal<ManagedUser | null>(null);
  const reset = async (user: ManagedUser) => {
    resetting.value = null;
    try {
      showIssued(await ctx.api.resetPassword(user.id), true);
    } catch (failure) {
      ctx.toast(errorText(failure), 'error');
    }
  };

  return (
    <section class="admin-section" aria-labelledby="users-heading">
      <h2 id="users-heading">{t('users.heading')}</h2>
      {issued.value && <IssuedPassword {...issued.value} onClose={() => (issued.value = null)} />}
      {resetting.value && (
        <ConfirmReset
          user={resetting.value}
          onConfirm={(user) => void reset(user)}
          onCancel={() => {
            refocus(`[data-reset="${resetting.value!.id}"]`);
            resetting.value = null;
          }}
        />
      )}
      {loadError.value && (
        <p class="form-errors" role="alert">
          {t('users.loadFailed', { message: loadError.value })}
        </p>
      )}
      {users.value === null && !loadError.value && <p class="muted">{t('app.loading')}</p>}
      {users.value && (
        <UserTable
          agencies={agencies}
          cities={cities}
          users={users.value}
          onEdit={(user) => (editing.value = { user, stale: false })}
          onReset={(user) => (resetting.value = user)}
        />
      )}
      {editing.value && (
        <EditUser
          key={`${editing.value.user.id}-${editing.value.user.version}`}
          ctx={ctx}
          agencies={agencies}
          cities={cities}
          {...editing.value}
          onDone={async (saved) => {
            const id = editing.value!.user.id;
            editing.value = null;
            if (saved) ctx.toast(t('users.saved', { name: saved.displayName }));
            await load();
            refocus(`[data-edit="${id}"]`);
          }}
          onStale={async (id) => {
            await load();
            const current = users.value?.find((u) => u.id === id);
            editing.value = current ? { user: current, stale: true } : null;
          }}
        />
      )}
      <NewUser key={cities.length} ctx={ctx} agencies={agencies} cities={cities} onCreated={(answer) => showIssued(answer, false)} />
    </section>
  );
}

function status(user: ManagedUser): string {
  if (!user.active) return t('users.disabled');
  return user.passwordChangeRequired ? t('users.oneTimePending') : t('users.active');
}

function UserTable(props: {
  agencies: Agency[];
  cities: City[];
  users: ManagedUser[];
  onEdit: (user: ManagedUser) => void;
  onReset: (user: ManagedUser) => void;
}) {
  const { agencies, cities, users, onEdit, onReset } = props;
  return (
    <div class="admin-table" role="region" aria-label={t('users.heading')} tabIndex={0}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('login.username')}</th>
            <th scope="col">{t('users.displayName')}</th>
            <th scope="col">{t('field.role')}</th>
            <th scope="col">{t('field.agencyCode')}</th>
            {cities.length > 0 && <th scope="col">{t('users.city')}</th>}
            <th scope="col">{t('users.status')}</th>
            <th scope="col">
              <span class="visually-hidden">{t('users.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} class={user.active ? '' : 'admin-row--inactive'}>
              <th scope="row">{user.username}</th>
              <td data-label={t('users.displayName')}>{user.displayName}</td>
              <td data-label={t('field.role')}>{t(`role.${user.role}`)}</td>
              <td data-label={t('field.agencyCode')}>
                {agencyLabel(
                  agencies.find((a) => a.code === user.agencyCode),
                  user.agencyCode,
                )}
              </td>
              {cities.length > 0 && <td data-label={t('users.city')}>{cityLabel(cities, user.city)}</td>}
              <td data-label={t('users.status')}>{status(user)}</td>
              <td>
                <div class="admin-actions">
                  <button
                    class="button"
                    type="button"
                    data-edit={user.id}
                    aria-label={t('users.editNamed', { name: user.username })}
                    onClick={() => onEdit(user)}
                  >
                    {t('users.edit')}
                  </button>
                  <button
                    class="button"
                    type="button"
                    data-reset={user.id}
                    aria-label={t('users.resetNamed', { name: user.username })}
                    onClick={() => onReset(user)}
                  >
                    {t('users.reset')}
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A reset ends the account's sessions at once, so it is asked for once more. */
function ConfirmReset({ user, onConfirm, onCancel }: { user: ManagedUser; onConfirm: (user: ManagedUser) => void; onCancel: () => void }) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), [user]);
  return (
    <div class="admin-issued" role="group" aria-labelledby="reset-question">
      <p id="reset-question">{t('users.resetConfirm', { name: user.username })}</p>
      <div class="form-actions">
        <button class="button" type="button" onClick={onCancel}>
          {t('amend.cancel')}
        </button>
        <button class="button button--primary" type="button" ref={button} onClick={() => onConfirm(user)}>
          {t('users.reset')}
        </button>
      </div>
    </div>
  );
}

/** The one-time password of a new or reset account, shown only now: the admin hands it over in person or by phone. */
function IssuedPassword({ user, password, reset, onClose }: { user: ManagedUser; password: string; reset: boolean; onClose: () => void }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [password]);
  return (
    <div class="admin-issued" role="status" tabIndex={-1} ref={box}>
      <p>{t(reset ? 'users.resetDone' : 'users.created', { username: user.username })}</p>
      <p>
        {t('users.oneTimePassword')}: <output class="admin-password">{password}</output>
      </p>
      <p class="muted">{t('users.oneTimeHint')}</p>
      <button class="button" type="button" onClick={onClose}>
        {t('app.close')}
      </button>
    </div>
  );
}

/** The active agencies, and the account's own if it has been deactivated since. */
function AgencyField({ agencies, value, current }: { agencies: Agency[]; value: Signal<string>; current?: string }) {
  const choices = agencies.filter((a) => a.active || a.code === current).map((a) => ({ value: a.code, label: agencyLabel(a, a.code) }));
  return <SelectField label={t('field.agencyCode')} path="agencyCode" name="agencyCode" value={value} choices={choices} />;
}

/** The cities a Land administrator chooses from, and the Land role; absent for a city's administrator. */
function CityField({ cities, value }: { cities: City[]; value: Signal<string> }) {
  if (cities.length === 0) return null;
  const choices = [...cities.map((c) => ({ value: c.ags, label: c.name })), { value: LAND_WIDE, label: t('users.landWide') }];
  return <SelectField label={t('users.city')} path="city" name="city" value={value} choices={choices} />;
}

const chosenCity = (cities: City[], value: string) => (cities.length === 0 ? {} : { city: value === LAND_WIDE ? null : value });

function NewUser({ ctx, agencies, cities, onCreated }: AdminProps & { onCreated: (answer: UserWithPassword) => void }) {
  const username = useSignal('');
  const displayName = useSignal('');
  const role = useSignal<string>('inspector');
  const agencyCode = useSignal(ctx.user.agencyCode);
  // The first city, never the Land role, unless chosen (the form is built anew when the list of cities comes).
  const city = useSignal(cities[0]?.ags ?? LAND_WIDE);
  const { errors, form, busy, submit } = useServerForm();

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    await submit(async () => {
      const name = displayName.value.trim();
      onCreated(
        await ctx.api.createUser({
          username: username.value.trim(),
          ...(name && { displayName: name }),
          role: role.value as Role,
          agencyCode: agencyCode.value,
          ...chosenCity(cities, city.value),
        }),
      );
      username.value = '';
      displayName.value = '';
    });
  };

  return (
    <FormErrorsContext.Provider value={errors}>
      <form ref={form} class="admin-form" aria-labelledby="new-user-heading" onSubmit={(e) => void onSubmit(e)} noValidate>
        <h3 id="new-user-heading">{t('users.new')}</h3>
        <TextField label={t('login.username')} path="username" name="username" value={username} attrs={{ required: true, maxLength: 100 }} />
        <TextField label={t('users.displayName')} path="displayName" name="displayName" value={displayName} attrs={{ maxLength: 200 }} />
        <SelectField label={t('field.role')} path="role" name="role" value={role} choices={roleChoices()} />
        <AgencyField agencies={agencies} value={agencyCode} />
        <CityField cities={cities} value={city} />
        <ErrorSummary title={t('operation.errors')} />
        <button class="button button--primary" type="submit" disabled={busy.value}>
          {t('users.create')}
        </button>
      </form>
    </FormErrorsContext.Provider>
  );
}

interface EditUserProps extends AdminProps {
  user: ManagedUser;
  stale: boolean;
  onDone: (saved: ManagedUser | null) => Promise<void>;
  onStale: (id: string) => Promise<void>;
}

function EditUser({ ctx, agencies, cities, user, stale, onDone, onStale }: EditUserProps) {
  const displayName = useSignal(user.displayName);
  const role = useSignal<string>(user.role);
  const agencyCode = useSignal(user.agencyCode);
  const city = useSignal(user.city ?? LAND_WIDE);
  const active = useSignal(user.active);
  const own = user.id === ctx.user.id;
  return (
    <EditForm
      id="edit-user-heading"
      heading={t('users.editHeading', { username: user.username })}
      record={user}
      staleText={stale ? t('users.stale') : null}
      wanted={() => ({
        displayName: displayName.value.trim(),
        role: role.value as Role,
        agencyCode: agencyCode.value,
        ...chosenCity(cities, city.value),
        active: active.value,
      })}
      save={(changes, version) => ctx.api.updateUser(user.id, changes, version)}
      onDone={onDone}
      onStale={() => onStale(user.id)}
      saveLabel={t('users.save')}
    >
      <TextField label={t('users.displayName')} path="displayName" name="displayName" value={displayName} attrs={{ required: true, maxLength: 200 }} />
      {own ? (
        <p class="muted">{t('users.ownRole', { role: t(`role.${user.role}`) })}</p>
      ) : (
        <SelectField label={t('field.role')} path="role" name="role" value={role} choices={roleChoices()} />
      )}
      <AgencyField agencies={agencies} value={agencyCode} current={user.agencyCode} />
      {own ? (
        cities.length > 0 && <p class="muted">{t('users.ownCity', { city: cityLabel(cities, user.city) })}</p>
      ) : (
        <CityField cities={cities} value={city} />
      )}
      <CheckField label={t('users.activeLabel')} path="active" name="active" value={active} />
    </EditForm>
  );
}
