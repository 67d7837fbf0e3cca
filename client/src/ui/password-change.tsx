import { useSignal } from '@preact/signals';
import { render } from 'preact';
import type { Api } from '../api';
import type { LoginResponse } from '../api-types';
import { t } from '../i18n';
import { ErrorSummary, Field, FormErrorsContext, useServerForm, type ControlProps } from './fields';

export interface PasswordChangeOptions {
  api: Api;
  /** The one-time password just used to log in: asked for once, not twice. */
  currentPassword: string;
  displayName: string;
  onChanged: (answer: LoginResponse) => void | Promise<void>;
}

export function mountPasswordChange(host: HTMLElement, options: PasswordChangeOptions): void {
  render(<PasswordChange {...options} />, host);
}

/** After a login with a one-time password: the user's own password, typed twice, before anything else opens. */
function PasswordChange({ api, currentPassword, displayName, onChanged }: PasswordChangeOptions) {
  const password = useSignal('');
  const repeated = useSignal('');
  const mismatch = useSignal(false);
  const { errors, form, busy, submit } = useServerForm();

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    errors.clear();
    mismatch.value = password.value !== repeated.value;
    if (mismatch.value) return;
    await submit(async () => onChanged(await api.changePassword(currentPassword, password.value)));
  };

  const input = (value: typeof password, name: string) => (control: ControlProps) => (
    <input
      {...control}
      type="password"
      name={name}
      autocomplete="new-password"
      required
      minLength={12}
      value={value}
      onInput={(e) => (value.value = e.currentTarget.value)}
    />
  );

  return (
    <FormErrorsContext.Provider value={errors}>
      <form ref={form} class="login password-change" aria-labelledby="password-heading" onSubmit={(e) => void onSubmit(e)} noValidate>
        <h1 id="password-heading" tabIndex={-1}>
          {t('password.heading')}
        </h1>
        <p>{t('password.intro', { name: displayName })}</p>
        <Field label={t('password.new')} path="newPassword">
          {input(password, 'new-password')}
        </Field>
        <Field label={t('password.repeat')} path="repeatPassword">
          {input(repeated, 'repeat-password')}
        </Field>
        {mismatch.value && (
          <p class="form-errors" role="alert">
            {t('password.mismatch')}
          </p>
        )}
        <ErrorSummary title={t('operation.errors')} />
        <button class="button button--primary" type="submit" disabled={busy.value}>
          {t('password.submit')}
        </button>
      </form>
    </FormErrorsContext.Provider>
  );
}
