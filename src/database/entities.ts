import { AddressImport } from '../addresses/address-import.entity.js';
import { OfficialAddress } from '../addresses/official-address.entity.js';
import { Agency } from '../agencies/agency.entity.js';
import { City } from '../cities/city.entity.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { FileRead } from '../audit/file-read.entity.js';
import { DecisionBasis } from '../decisions/decision-basis.entity.js';
import { RevokedToken } from '../auth/revoked-token.entity.js';
import { User } from '../auth/user.entity.js';
import { Decision } from '../decisions/decision.entity.js';
import { District } from '../districts/district.entity.js';
import { Amendment } from '../operations/amendment.entity.js';
import { Finding } from '../operations/finding.entity.js';
import { Measure } from '../operations/measure.entity.js';
import { OccupancyCount } from '../operations/occupancy-count.entity.js';
import { OperationAgency } from '../operations/operation-agency.entity.js';
import { Operation } from '../operations/operation.entity.js';
import { PropertyParty } from '../parties/property-party.entity.js';
import { Party } from '../parties/party.entity.js';
import { PropertyStatusPeriod } from '../properties/property-status-period.entity.js';
import { Property } from '../properties/property.entity.js';
import { Unit } from '../properties/unit.entity.js';
import { AppMeta } from './app-meta.entity.js';
import { RateLimitHit } from './rate-limit-hit.entity.js';
import { KatasterImport } from '../imports/kataster-import.entity.js';
import { KatasterMappingRecord } from '../imports/kataster-mapping.entity.js';
import { IdempotencyRecord } from '../idempotency/idempotency-record.entity.js';
import { OidcSignIn } from '../sso/oidc-sign-in.entity.js';
import { LoginFailure } from '../auth/login-failure.entity.js';

export const ENTITIES = [
  AppMeta,
  City,
  Agency,
  District,
  User,
  RevokedToken,
  Property,
  PropertyStatusPeriod,
  Unit,
  Party,
  PropertyParty,
  Operation,
  OperationAgency,
  Amendment,
  Finding,
  OccupancyCount,
  Measure,
  Decision,
  AuditEntry,
  FileRead,
  DecisionBasis,
  RateLimitHit,
  IdempotencyRecord,
  OfficialAddress,
  AddressImport,
  KatasterImport,
  KatasterMappingRecord,
  OidcSignIn,
  LoginFailure,
];
