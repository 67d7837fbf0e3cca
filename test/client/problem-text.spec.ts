import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { networkError, toApiError } from '../../client/src/api';
import { setLanguage } from '../../client/src/i18n';
import { errorText, fieldErrorLine, fieldErrorTexts, problemText } from '../../client/src/problem-text';

// setLanguage marks the document's language; these tests only need the texts.
beforeAll(() => {
  (globalThis as { document?: unknown }).document ??= { documentElement: {} };
});
afterEach(() => setLanguage('de'));

const refusal = toApiError(400, {
  code: 'validation_failed',
  detail: 'Invalid input in: occupancyCounts[0].personsFound, findings[1].description, date.',
  errors: [
    { field: 'occupancyCounts[0].personsFound', code: 'max', params: [500], message: 'personsFound must not be greater than 500' },
    { field: 'findings[1].description', code: 'isLength', params: [1, 4000], message: 'description must be longer than or equal to 1 characters' },
    { field: 'findings[1].description', code: 'isNotBlank', message: 'description must not be blank' },
    { field: 'date', code: 'notInFuture', message: 'date must not be after today (2026-12-06)' },
    { field: 'postcode', code: 'matches', message: 'postcode must be five digits' },
    { field: 'colour', code: 'someRuleOfALaterServer', message: 'colour is odd' },
  ],
});
const [persons, description, , date, postcode, unknown] = refusal.fieldErrors;

describe('refusals in the user language, from codes', () => {
  it('should word field errors in German with the limits and the form labels, never the server text', () => {
    setLanguage('de');
    expect(fieldErrorLine(persons)).toBe('Belegung 1 – Angetroffen: darf höchstens 500 sein');
    expect(fieldErrorTexts(refusal.fieldErrors.filter((e) => e.field === description.field))).toEqual([
      'darf nicht leer sein und höchstens 4000 Zeichen haben',
    ]);
    expect(fieldErrorLine(date)).toBe('Datum: darf nicht nach heute liegen');
    expect(fieldErrorLine(postcode)).toBe('PLZ: muss aus fünf Ziffern bestehen');
    expect(fieldErrorLine(unknown)).toBe('colour: ist nicht gültig');
    expect(errorText(refusal)).toBe('Angaben nicht gültig, bitte prüfen: Belegung 1 – Angetroffen, Befunde 2 – Beschreibung, Datum, PLZ, colour.');
  });

  it('should word the same errors in English', () => {
    setLanguage('en');
    expect(fieldErrorLine(persons)).toBe('Occupancy 1 – Found: must be at most 500');
    expect(fieldErrorLine(date)).toBe('Date: must not be after today');
    expect(errorText(toApiError(409, { code: 'decision_not_allowed', detail: 'A property with status "suspected" does not allow "lift".' }))).toBe(
      'This decision is not possible in the current status.',
    );
  });

  it('should say what went wrong for codes this client does not know, without the server text', () => {
    setLanguage('de');
    expect(problemText({ status: 418, code: 'teapot', message: 'I am a teapot', fields: [] })).toBe('Vom Server abgelehnt (HTTP 418).');
    expect(problemText({ status: 502, code: 'http_502', message: 'Bad Gateway', fields: [] })).toBe('Der Server ist gestört (HTTP 502).');
    expect(errorText(networkError(new TypeError('Failed to fetch')))).toBe('Keine Verbindung zum Server.');
  });
});
