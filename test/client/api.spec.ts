import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, createApi, networkError, toApiError, toQueryString } from '../../client/src/api';

describe('toApiError', () => {
  it('should keep the code, detail and field errors of a problem body', () => {
    const error = toApiError(400, {
      type: 'urn:hausakte:problem:validation_failed',
      title: 'Bad Request',
      status: 400,
      code: 'validation_failed',
      detail: 'Invalid input in: findings[1].severity, date.',
      errors: [
        { field: 'findings[1].severity', message: 'severity must be one of minor, major, danger', code: 'isIn' },
        { field: 'date', message: 'date must not be in the future', code: 'notFuture' },
        { field: 'date', message: 'date must be a real calendar date', code: 'isCalendarDate' },
      ],
    });
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'validation_failed', message: 'Invalid input in: findings[1].severity, date.' });
    expect(error.fieldErrors).toHaveLength(3);
    expect(
      error
        .errorsByField()
        .get('date')
        ?.map((e) => e.code),
    ).toEqual(['notFuture', 'isCalendarDate']);
    expect(error.isNetworkError).toBe(false);
  });

  it('should keep extension members such as the allowed decisions of a 409', () => {
    const error = toApiError(409, {
      code: 'decision_not_allowed',
      detail: 'Not allowed.',
      currentStatus: 'inspected',
      allowedDecisions: ['declare_uninhabitable', 'close'],
    });
    expect(error.code).toBe('decision_not_allowed');
    expect(error.body.allowedDecisions).toEqual(['declare_uninhabitable', 'close']);
  });

  it('should make a usable error of a body that is not a problem', () => {
    expect(toApiError(502, null)).toMatchObject({ status: 502, code: 'http_502', message: 'HTTP 502', fieldErrors: [] });
    expect(toApiError(500, 'oops')).toMatchObject({ code: 'http_500' });
    expect(toApiError(404, { title: 'Not Found' })).toMatchObject({ code: 'http_404', message: 'Not Found' });
  });

  it('should ignore malformed field errors', () => {
    const error = toApiError(400, { code: 'validation_failed', errors: [null, 'x', { message: 'no field' }, { field: 'zoom' }] });
    expect(error.fieldErrors).toEqual([{ field: 'zoom', message: '', code: 'invalid' }]);
  });

  it('should mark a request that never reached the server', () => {
    const error = networkError(new TypeError('Failed to fetch'));
    expect(error).toMatchObject({ status: 0, code: 'network_error', isNetworkError: true });
  });
});

describe('toQueryString', () => {
  it('should leave out empty values and join lists with commas', () => {
    expect(
      toQueryString({ bbox: '1,2,3,4', zoom: 12, status: ['relet', 'closed'], district: null, agency: '', openMeasures: false, overThreshold: true, none: [] }),
    ).toBe('?bbox=1%2C2%2C3%2C4&zoom=12&status=relet%2Cclosed&overThreshold=true');
    expect(toQueryString({})).toBe('');
  });
});

describe('createApi and an ended session', () => {
  afterEach(() => vi.unstubAllGlobals());

  const refusing = () => vi.fn(() => Promise.resolve(new Response(JSON.stringify({ code: 'unauthorized' }), { status: 401 })));

  it('should report a 401 for the session’s current token, so the app asks for a new login', async () => {
    vi.stubGlobal('fetch', refusing());
    const onUnauthorized = vi.fn();
    const api = createApi({ token: () => 'current', onUnauthorized });
    await expect(api.me()).rejects.toMatchObject({ status: 401 });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('should not report a 401 that arrives after the token was dropped (a logout) or replaced (a new login)', async () => {
    vi.stubGlobal('fetch', refusing());
    let token: string | null = 'old';
    const onUnauthorized = vi.fn();
    const api = createApi({ token: () => token, onUnauthorized });
    const answer = api.logout();
    token = null;
    await expect(answer).rejects.toMatchObject({ status: 401 });
    token = 'old';
    const second = api.me();
    token = 'new';
    await expect(second).rejects.toMatchObject({ status: 401 });
    expect(onUnauthorized).not.toHaveBeenCalled();
  });
});
