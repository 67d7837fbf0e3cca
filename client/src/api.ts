import type {
  AddressImport,
  AddressImportQuery,
  AgencyChanges,
  AmendmentInput,
  City,
  DecisionInput,
  DistrictImportQuery,
  DistrictImportReport,
  KatasterColumns,
  KatasterImportQuery,
  KatasterImportRecord,
  KatasterImportReport,
  KatasterMapping,
  NewAgencyInput,
  NewPropertyInput,
  NewUserInput,
  OperationInput,
  PropertyChanges,
  UserChanges,
} from './api-types';
import type {
  Agency,
  Amendment,
  ClientConfig,
  Decision,
  DistrictCollection,
  DistrictOverview,
  Finding,
  LoginResponse,
  ManagedUser,
  MapAnswer,
  OfficialAddress,
  Operation,
  PropertyDetail,
  PropertyPage,
  PropertyPartyLink,
  TimelineItem,
  Unit,
  User,
  UserWithPassword,
} from './api-types';
import type { Summary, SummaryQuery } from './api-types';

export interface FieldError {
  field: string;
  /** The server's English text, for logs; the UI words the error from `code` and `params`. */
  message: string;
  code: string;
  params?: readonly unknown[];
}

/** Every failed request: HTTP status (0 when the server was not reached), the problem's stable code and its field errors. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fieldErrors: readonly FieldError[] = [],
    readonly body: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get isNetworkError(): boolean {
    return this.status === 0;
  }

  /** Errors per field path (`findings[1].severity`), in the order the server sent them. */
  errorsByField(): Map<string, FieldError[]> {
    const map = new Map<string, FieldError[]>();
    for (const error of this.fieldErrors) map.set(error.field, [...(map.get(error.field) ?? []), error]);
    return map;
  }
}

/** Maps an answer that is not 2xx to an ApiError; RFC 9457 bodies keep their code, detail and field errors. */
export function toApiError(status: number, body: unknown): ApiError {
  const problem = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  const code = typeof problem.code === 'string' ? problem.code : `http_${status}`;
  const detail = typeof problem.detail === 'string' ? problem.detail : typeof problem.title === 'string' ? problem.title : `HTTP ${status}`;
  const fieldErrors = Array.isArray(problem.errors)
    ? problem.errors.flatMap((e): FieldError[] => {
        if (typeof e !== 'object' || e === null) return [];
        const { field, message, code: errorCode, params } = e as Record<string, unknown>;
        return typeof field === 'string'
          ? [
              {
                field,
                message: typeof message === 'string' ? message : '',
                code: typeof errorCode === 'string' ? errorCode : 'invalid',
                ...(Array.isArray(params) && { params }),
              },
            ]
          : [];
      })
    : [];
  return new ApiError(status, code, detail, fieldErrors, problem);
}

export function networkError(cause: unknown): ApiError {
  return new ApiError(0, 'network_error', cause instanceof Error ? cause.message : 'Network error');
}

export type Query = Record<string, string | number | boolean | null | undefined | readonly string[]>;

/** Query string without empty values; arrays become comma-separated lists. */
export function toQueryString(query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === null || value === undefined || value === '' || value === false) continue;
    if (Array.isArray(value)) {
      if (value.length) params.set(key, value.join(','));
    } else params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export interface ApiOptions {
  baseUrl?: string;
  token: () => string | null;
  /** Called on 401 for a request that carried a token (expired session). */
  onUnauthorized?: () => void;
}

interface RequestOptions {
  query?: Query;
  body?: unknown;
  /** A file sent as it is, with its media type, instead of a JSON body. */
  file?: { content: Blob; type: string };
  signal?: AbortSignal;
  /** Sent as Idempotency-Key: a repeat with the same key gets the first answer instead of a second write. */
  idempotencyKey?: string;
  /** The version the change was made from, sent as If-Match: the server refuses it (412) if the record changed meanwhile. */
  ifMatch?: number;
}

export type Api = ReturnType<typeof createApi>;

/** The only place the client talks to the server. */
export function createApi(options: ApiOptions) {
  const base = options.baseUrl ?? '/api/v1';

  async function request<T>(method: string, path: string, { query, body, file, signal, idempotencyKey, ifMatch }: RequestOptions = {}): Promise<T> {
    const token = options.token();
    const headers: Record<string, string> = { accept: 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
    if (ifMatch !== undefined) headers['if-match'] = `"${ifMatch}"`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (file) headers['content-type'] = file.type;
    let response: Response;
    try {
      response = await fetch(`${base}${path}${query ? toQueryString(query) : ''}`, {
        method,
        headers,
        body: file ? file.content : body === undefined ? undefined : JSON.stringify(body),
        signal,
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw networkError(error);
    }
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = null;
    }
    if (!response.ok) {
      // Only while the token is still the session's: a refusal that arrives after a logout or a new login is old news.
      if (response.status === 401 && token && options.token() === token) options.onUnauthorized?.();
      throw toApiError(response.status, parsed);
    }
    return parsed as T;
  }

  /** A file answer (CSV, PDF) with the file name the server gives it. */
  async function download(path: string, query: Query): Promise<{ blob: Blob; fileName: string }> {
    const token = options.token();
    let response: Response;
    try {
      response = await fetch(`${base}${path}${toQueryString(query)}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    } catch (error) {
      throw networkError(error);
    }
    if (!response.ok) {
      if (response.status === 401 && token && options.token() === token) options.onUnauthorized?.();
      throw toApiError(response.status, await response.json().catch(() => null));
    }
    const fileName = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'download';
    return { blob: await response.blob(), fileName };
  }

  const id = encodeURIComponent;
  return {
    login: (username: string, password: string) => request<LoginResponse>('POST', '/auth/login', { body: { username, password } }),
    changePassword: (currentPassword: string, newPassword: string) =>
      request<LoginResponse>('POST', '/auth/password', { body: { currentPassword, newPassword } }),
    logout: () => request<null>('POST', '/auth/logout'),
    /** Where "Mit Stadtkonto anmelden" sends the browser: the server passes it on to the city's OpenID provider. */
    cityAccountUrl: `${base}/auth/oidc/start`,
    cityAccountSession: (code: string) => request<LoginResponse>('POST', '/auth/oidc/session', { body: { code } }),
    me: () => request<User>('GET', '/auth/me'),
    clientConfig: () => request<ClientConfig>('GET', '/client-config'),
    map: (query: Query, signal?: AbortSignal) => request<MapAnswer>('GET', '/map', { query, signal }),
    mapDistricts: () => request<DistrictOverview>('GET', '/map/districts'),
    districts: (level?: 'bezirk' | 'ortsteil') => request<DistrictCollection>('GET', '/districts', { query: { level } }),
    agencies: () => request<Agency[]>('GET', '/agencies'),
    cities: () => request<City[]>('GET', '/cities'),
    createAgency: (input: NewAgencyInput) => request<Agency>('POST', '/agencies', { body: input }),
    /** A zip is sent as a Shapefile, anything else as GeoJSON: browsers name the types of such files inconsistently. */
    importDistricts: (file: File, query: DistrictImportQuery) =>
      request<DistrictImportReport>('POST', '/districts/import', {
        query,
        file: { content: file, type: /\.zip$/i.test(file.name) ? 'application/zip' : 'application/geo+json' },
      }),
    /** The file's type says its form: a zip (gebref.txt inside), a city's CSV list, or gebref.txt as plain text. */
    importAddresses: (file: File, query: AddressImportQuery) =>
      request<AddressImport>('POST', '/addresses/import', {
        query,
        file: { content: file, type: /\.zip$/i.test(file.name) ? 'application/zip' : query.format === 'csv' ? 'text/csv' : 'text/plain' },
      }),
    addressImports: () => request<AddressImport[]>('GET', '/addresses/imports'),
    /** An .xlsx goes as a workbook, anything else as CSV. */
    importKataster: (file: File, query: KatasterImportQuery) =>
      request<KatasterImportReport>('POST', '/imports/kataster', {
        query,
        file: { content: file, type: /\.xlsx$/i.test(file.name) ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv' },
      }),
    katasterMapping: (city?: string) => request<KatasterMapping>('GET', '/imports/kataster/mapping', { query: { city } }),
    // Version 0 says no columns were saved when the user chose: a first save by someone else meanwhile is reported.
    saveKatasterMapping: (columns: KatasterColumns, version: number, city?: string) =>
      request<KatasterMapping>('PUT', '/imports/kataster/mapping', { query: { city }, body: { columns }, ifMatch: version }),
    katasterImports: (city?: string) => request<KatasterImportRecord[]>('GET', '/imports/kataster', { query: { city } }),
    updateAgency: (code: string, changes: AgencyChanges, version: number) =>
      request<Agency>('PATCH', `/agencies/${id(code)}`, { body: changes, ifMatch: version }),
    searchProperties: (q: string, limit = 8, signal?: AbortSignal) => request<PropertyPage>('GET', '/properties', { query: { q, limit }, signal }),
    searchAddresses: (q: string, limit = 8, signal?: AbortSignal) => request<OfficialAddress[]>('GET', '/addresses', { query: { q, limit }, signal }),
    property: (propertyId: string) => request<PropertyDetail>('GET', `/properties/${id(propertyId)}`),
    createProperty: (input: NewPropertyInput) => request<PropertyDetail>('POST', '/properties', { body: input }),
    updateProperty: (propertyId: string, changes: PropertyChanges, version: number, idempotencyKey: string) =>
      request<PropertyDetail>('PATCH', `/properties/${id(propertyId)}`, { body: changes, ifMatch: version, idempotencyKey }),
    timeline: (propertyId: string) => request<{ items: TimelineItem[] }>('GET', `/properties/${id(propertyId)}/timeline`),
    units: (propertyId: string) => request<Unit[]>('GET', `/properties/${id(propertyId)}/units`),
    createUnit: (propertyId: string, input: { label: string; livingSpaceM2?: number; singleRoomSharedFacilities?: boolean }) =>
      request<Unit>('POST', `/properties/${id(propertyId)}/units`, { body: input }),
    parties: (propertyId: string) => request<PropertyPartyLink[]>('GET', `/properties/${id(propertyId)}/parties`),
    createDecision: (propertyId: string, input: DecisionInput, idempotencyKey: string) =>
      request<{ decision: Decision; property: PropertyDetail }>('POST', `/properties/${id(propertyId)}/decisions`, { body: input, idempotencyKey }),
    createOperation: (input: OperationInput, idempotencyKey: string) => request<Operation>('POST', '/operations', { body: input, idempotencyKey }),
    updateOperation: (operationId: string, input: OperationInput, version: number, idempotencyKey: string) =>
      request<Operation>('PUT', `/operations/${id(operationId)}`, { body: input, ifMatch: version, idempotencyKey }),
    // One key per draft: a submit repeated after a lost answer gets the first answer, not a refusal.
    submitOperation: (operationId: string) => request<Operation>('POST', `/operations/${id(operationId)}/submit`, { idempotencyKey: `submit-${operationId}` }),
    operation: (operationId: string) => request<Operation>('GET', `/operations/${id(operationId)}`),
    releaseFinding: (findingId: string) => request<Finding>('POST', `/findings/${id(findingId)}/release`, { idempotencyKey: `release-${findingId}` }),
    amendOperation: (operationId: string, input: AmendmentInput, idempotencyKey: string) =>
      request<Amendment>('POST', `/operations/${id(operationId)}/amendments`, { body: input, idempotencyKey }),
    summary: (query: SummaryQuery) => request<Summary>('GET', '/summaries', { query: { ...query } }),
    summaryFile: (query: SummaryQuery, format: 'csv' | 'pdf') => download('/summaries', { ...query, format }),
    users: () => request<ManagedUser[]>('GET', '/users'),
    // No Idempotency-Key: a stored answer would keep the one-time password; a repeat is refused as a taken username instead.
    createUser: (input: NewUserInput) => request<UserWithPassword>('POST', '/users', { body: input }),
    updateUser: (userId: string, changes: UserChanges, version: number) =>
      request<ManagedUser>('PATCH', `/users/${id(userId)}`, { body: changes, ifMatch: version }),
    resetPassword: (userId: string) => request<UserWithPassword>('POST', `/users/${id(userId)}/password-reset`),
  };
}
