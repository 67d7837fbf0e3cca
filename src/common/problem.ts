import { HttpException, HttpStatus } from '@nestjs/common';

export type FieldErrorParam = string | number | boolean | Array<string | number>;

export interface FieldError {
  field: string;
  message: string;
  code: string;
  /** The rule's parameters (`[500]` for `max`): clients word the message from `code` and these, in their own language. */
  params?: FieldErrorParam[];
}

/** Field rules the services check themselves; class-validator's rules carry their decorator's name (`max`, `isIn` …). */
export const SERVICE_RULES = [
  'afterEffectiveDate',
  'alreadyWithdrawn',
  'arrayMaxSize',
  'cityOutOfScope',
  'cityRequired',
  'columnMissing',
  'columnUsedTwice',
  'commonPassword',
  'containsUsername',
  'crsConflict',
  'crsRequired',
  'dateOrder',
  'duplicateCode',
  'filingAgencyOnly',
  'invalidAgs',
  'invalidCursor',
  'invalidFile',
  'invalidFeature',
  'invalidUsername',
  'isBezirk',
  'isUuid',
  'maxDepth',
  'notAbovePersonsAffected',
  'notAbovePersonsFound',
  'notBeforeDate',
  'notFound',
  'notInFuture',
  'notReleased',
  'notSubmitted',
  'oneCountPerUnit',
  'outsideGermany',
  'ownCity',
  'ownRole',
  'partyOrPartyId',
  'periodOrder',
  'requiredForDeclaration',
  'requiresPersonsAffected',
  'sameAsCurrent',
  'selfIntersection',
  'unitNotInProperty',
  'unknownCity',
  'unknownRole',
  'unsupportedLand',
  'unknownAgency',
  'unknownDistrict',
  'unknownOfficialAddress',
  'unknownParty',
  'unknownSheet',
  'wrongPassword',
] as const;
export type ServiceRule = (typeof SERVICE_RULES)[number];

export const fieldError = (field: string, code: ServiceRule, message: string, params?: FieldErrorParam[]): FieldError => ({
  field,
  code,
  message,
  ...(params && { params }),
});

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  code: string;
  detail?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Payload Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export const problemType = (code: string) => `urn:hausakte:problem:${code}`;
export const statusTitle = (status: number) => TITLES[status] ?? 'Error';

/** An error that renders as RFC 9457 problem details with a stable `code`. */
export class ProblemException extends HttpException {
  constructor(status: number, code: string, detail?: string, extensions: Record<string, unknown> = {}) {
    const body: ProblemBody = { type: problemType(code), title: statusTitle(status), status, code, detail, ...extensions };
    super(body, status);
  }
}

export const badRequest = (code: string, detail: string, errors?: FieldError[]) =>
  new ProblemException(HttpStatus.BAD_REQUEST, code, detail, errors ? { errors } : {});
export const unauthorized = (detail = 'Login required.') => new ProblemException(HttpStatus.UNAUTHORIZED, 'unauthorized', detail);
export const forbidden = (detail = 'Your role or agency does not allow this.') => new ProblemException(HttpStatus.FORBIDDEN, 'forbidden', detail);
export const notFound = (entity: string, id: string) =>
  new ProblemException(HttpStatus.NOT_FOUND, `${entity}_not_found`, `No ${entity.replace(/_/g, ' ')} with id ${id}.`);
export const conflict = (code: string, detail: string, extensions: Record<string, unknown> = {}) =>
  new ProblemException(HttpStatus.CONFLICT, code, detail, extensions);
export const serviceUnavailable = (detail: string) => new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, 'service_unavailable', detail);
