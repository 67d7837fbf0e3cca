import { ValidateBy, type ValidationOptions } from 'class-validator';

// NUL and the other C0 controls except tab and line breaks: PostgreSQL cannot store NUL, and none belongs in a file note.
// eslint-disable-next-line no-control-regex -- matching control characters is what this pattern is for
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Whether text holds a control character other than tab and line breaks. */
export const hasControlCharacters = (text: string): boolean => CONTROL_CHARACTER.test(text);

/** Free text without control characters (tabs and line breaks are fine); non-strings are left to @IsString. */
export const IsPlainText = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isPlainText',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || !hasControlCharacters(value),
        defaultMessage: (args) => `${args?.property ?? 'value'} must not contain control characters`,
      },
    },
    options,
  );

/** Text with at least one visible character: a required note, reason or reference cannot be only spaces. */
export const IsNotBlank = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isNotBlank',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || /\S/.test(value),
        defaultMessage: (args) => `${args?.property ?? 'value'} must not be blank`,
      },
    },
    options,
  );
