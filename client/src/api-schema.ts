// Generated from the OpenAPI document by `npm run api-types`; never edited by hand (CI fails when it is stale).

export interface paths {
  '/api/v1/audit/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Recomputes the hash chain; answers ok or the first broken sequence number. */
    get: operations['AuditController_verify'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Log in with username and password; answers a short-lived bearer token. */
    post: operations['AuthController_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Replace the password; the one open route after a login with a one-time password. Answers a new token without the limit. */
    post: operations['AuthController_changePassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ends this token on every instance at once; other sessions of the account stay. */
    post: operations['AuthController_logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The logged-in user and their permissions. */
    get: operations['AuthController_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every account, active or not, by username. */
    get: operations['UsersController_list'];
    put?: never;
    /** Creates an account with a one-time password, answered once; its first login must choose a new password. */
    post: operations['UsersController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Changes display name, role, agency or active; disabling ends the account’s sessions on every instance at once. */
    patch: operations['UsersController_update'];
    trace?: never;
  };
  '/api/v1/users/{id}/password-reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A new one-time password, answered once; the account’s sessions end at once and its next login must choose a new password. */
    post: operations['UsersController_resetPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/oidc/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Single sign-on, step 1: sends the browser to the city's OpenID provider (authorization code with PKCE). */
    get: operations['OidcController_start'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/oidc/callback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Single sign-on, step 2: the provider's answer. Sends the browser to the map with #sso=<one-time code>, or #ssoError=<reason>. */
    get: operations['OidcController_callback'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/oidc/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Single sign-on, step 3: the client trades the one-time code for a bearer token, as a password login answers. */
    post: operations['OidcController_session'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness and database reachability; no login needed. */
    get: operations['HealthController_health'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/agencies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The agency catalogue, active first (taskforce members first), then the inactive ones history still names. */
    get: operations['AgenciesController_list'];
    put?: never;
    /** Adds an agency to the catalogue; its code is stable and never reused. */
    post: operations['AgenciesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/agencies/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Renames an agency, moves it in or out of the taskforce, or (de)activates it; records naming it keep the code. */
    patch: operations['AgenciesController_update'];
    trace?: never;
  };
  '/api/v1/cities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The cities the user works in: their own, or every city of the installation for a Land role. */
    get: operations['CitiesController_list'];
    put?: never;
    /** Adds a city by its AGS; its Land (from the AGS) must have a legal profile. */
    post: operations['CitiesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/districts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** District outlines (Stadtbezirke, Ortsteile) as a GeoJSON FeatureCollection with their attribution. */
    get: operations['DistrictsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/districts/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Replaces the city’s Stadtbezirke or Ortsteile (the levels in the file) from a GeoJSON FeatureCollection or a zipped Shapefile and re-derives every building’s district; dryRun=true answers the preview only. */
    post: operations['DistrictsController_import'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/addresses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Official addresses of the city as typed: ß/ss, umlauts, "Str."/"Straße", house number with suffix, postcode. */
    get: operations['AddressesController_search'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/addresses/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Streams official addresses into the gazetteer in batches (progress: GET /addresses/imports); addresses of the municipalities in the file that it no longer holds become historic. */
    post: operations['AddressesController_import'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/addresses/imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The last 20 gazetteer imports, newest first, with their progress. */
    get: operations['AddressesController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/imports/kataster': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The city’s last 50 Kataster imports, newest first. */
    get: operations['ImportsController_list'];
    put?: never;
    /** Takes over the city’s Kataster spreadsheet (XLSX, or CSV as German Excel writes it) through its saved columns: buildings, owners, managers and dated decisions; dryRun=true answers the report only. The same file again creates nothing. */
    post: operations['ImportsController_import'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/imports/kataster/mapping': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The columns saved for the city’s Kataster, null before the first save. */
    get: operations['ImportsController_mapping'];
    /** Saves which column of the city’s Kataster holds each field, for this and every later import. */
    put: operations['ImportsController_saveMapping'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/properties': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Properties in address order, filtered by status, district and address words; cursor-paged. */
    get: operations['PropertiesController_list'];
    put?: never;
    /** Records a new property (leads and inspectors in the field); the district is derived from the coordinates unless given. 409 duplicate_address names the existing one. */
    post: operations['PropertiesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/properties/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One property with its allowed decisions; the read is audit-logged. */
    get: operations['PropertiesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Corrects address, coordinates or note; the district is re-derived when the location changes. */
    patch: operations['PropertiesController_update'];
    trace?: never;
  };
  '/api/v1/properties/{id}/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Operations, measures, amendments and decisions of the property in date order, as far as the user may see them. */
    get: operations['PropertiesController_getTimeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/properties/{id}/reads': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who read which part of the building file and when, newest first (leads and administrators). */
    get: operations['PropertiesController_listReads'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/properties/{id}/units': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The flats or rooms of the property. */
    get: operations['PropertiesController_listUnits'];
    put?: never;
    /** Adds a flat or room; a label already used in the property answers 409. */
    post: operations['PropertiesController_createUnit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/parties': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Owners, managers and landlords whose name or alias contains q (at most 100). */
    get: operations['PartiesController_search'];
    put?: never;
    /** Records a person or company. */
    post: operations['PartiesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/parties/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Corrects a party; a new name keeps the old one as an alias. */
    patch: operations['PartiesController_update'];
    trace?: never;
  };
  '/api/v1/properties/{id}/parties': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The parties linked to a property with role and period. */
    get: operations['PartiesController_listForProperty'];
    put?: never;
    /** Links an existing or new party to a property as owner, manager or landlord for a period. */
    post: operations['PartiesController_link'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/operations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** File a new operation as a draft (findings, occupancy counts, measures). */
    post: operations['OperationsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/operations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One operation; findings and measures of other agencies marked "agency" are left out. */
    get: operations['OperationsController_findOne'];
    /** Replace a draft (its creator only; If-Match names the version it was edited from). */
    put: operations['OperationsController_update'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/operations/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Submit a draft; it becomes immutable and the property status is recomputed. */
    post: operations['OperationsController_submit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/operations/{id}/amendments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Correct a submitted operation (inspectors their own, leads any); old values are kept. */
    post: operations['OperationsController_amend'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/properties/{id}/operations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** All operations of a property, oldest first. */
    get: operations['OperationsController_listForProperty'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/measures/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Set a measure done, cancelled or open again, with an optional note. */
    patch: operations['MeasuresController_updateState'];
    trace?: never;
  };
  '/api/v1/findings/{id}/release': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Release an agency finding for decisions.
     * @description Only the agency that recorded it; from then on the whole taskforce sees this finding. Releasing again changes nothing.
     */
    post: operations['FindingsController_release'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/properties/{id}/decisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The decisions on a property in the order they took effect. */
    get: operations['DecisionsController_list'];
    put?: never;
    /** Record a decision that moves the property status (DESIGN §3); a refusal names currentStatus and allowedDecisions. */
    post: operations['DecisionsController_record'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/map': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Properties in the box as GeoJSON: clusters with per-status counts at low zoom, single buildings at high zoom. */
    get: operations['MapController_features'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/map/districts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Properties per Stadtbezirk and status, without addresses (council choropleth). */
    get: operations['MapController_districts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/client-config': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What the map client needs before login: demo flag, base map tiles, status colours, outline attribution. */
    get: operations['MapController_clientConfig'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/summaries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Council status summary per Stadtbezirk and for the city, anonymised, with method and fingerprint; format=json|csv|html|pdf. */
    get: operations['SummariesController_summary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    FieldErrorDto: {
      /** @example lat */
      field: string;
      /** @example lat must not be greater than 90 */
      message: string;
      /**
       * @description The rule that failed; stable, for clients to word the message in their own language.
       * @example max
       */
      code: string;
      /**
       * @description The rule's parameters, e.g. the limit of max or the allowed values of isIn.
       * @example [
       *       90
       *     ]
       */
      params?: (string | number | boolean | (string | number)[])[];
    };
    ProblemDto: {
      /** @example urn:hausakte:problem:validation_failed */
      type: string;
      /** @example Bad Request */
      title: string;
      /** @example 400 */
      status: number;
      /**
       * @description Stable; clients act on it, never on the text.
       * @example validation_failed
       */
      code: string;
      detail?: string;
      /** @description The path the problem arose on. */
      instance?: string;
      /** @description One entry per field that failed, for validation problems. */
      errors?: components['schemas']['FieldErrorDto'][];
    };
    /**
     * @description When broken: how.
     * @enum {string}
     */
    ChainBreak: 'sequence_gap' | 'previous_hash_mismatch' | 'hash_mismatch';
    AuditVerificationDto: {
      /** @description Whether every entry links to the one before it. */
      ok: boolean;
      /** @description Entries checked. */
      entries: number;
      /** @description When ok: the last sequence number, null for an empty log. */
      lastSeq?: number | null;
      /** @description When broken: the first sequence number that does not link. */
      brokenSeq?: number;
      /** @description When broken: how. */
      reason?: components['schemas']['ChainBreak'];
    };
    LoginDto: {
      /** @example lead */
      username: string;
      /** @example hausakte-demo */
      password: string;
    };
    /** @enum {string} */
    Role: 'inspector' | 'lead' | 'council' | 'admin';
    /**
     * @description The Land, from the AGS; its legal profile applies.
     * @enum {string}
     */
    Land: 'NW' | 'HE';
    LegalProfileDto: {
      /** @example NW */
      land: components['schemas']['Land'];
      /** @example Nordrhein-Westfalen */
      landName: string;
      /**
       * @description The housing-supervision law, as notices cite it
       * @example WohnStG NRW
       */
      law: string;
      /** @example § 9 WohnStG NRW */
      declarationReference: string;
      /**
       * @description The minimum standards the structural finding categories refer to
       * @example § 5 WohnStG NRW
       */
      minimumStandardsReference: string;
      /**
       * @description The size at least one living room must have
       * @example 10
       */
      roomSizeMinM2: number;
      /** @description Suggested legal bases for decisions and measures */
      legalBases: string[];
    };
    CityDto: {
      /**
       * @description Amtlicher Gemeindeschlüssel (AGS).
       * @example 05112000
       */
      ags: string;
      /** @example Duisburg */
      name: string;
      /**
       * @description The Land, from the AGS; its legal profile applies.
       * @example NW
       */
      land: components['schemas']['Land'];
      /**
       * @description IANA time zone: the city’s "today".
       * @example Europe/Berlin
       */
      timeZone: string;
      /** @description The Land law that applies to the city’s buildings. */
      legal: components['schemas']['LegalProfileDto'];
      /**
       * @description Changes so far; answered as ETag.
       * @example 1
       */
      version: number;
    };
    UserResponseDto: {
      id: string;
      username: string;
      displayName: string;
      role: components['schemas']['Role'];
      agencyCode: string;
      /** @description The city the user works in, with its time zone and Land law; absent for a Land role. */
      city?: components['schemas']['CityDto'];
      /** @description What this role may do (DESIGN §4). */
      permissions: string[];
    };
    LoginResponseDto: {
      /** @description Bearer token for the Authorization header. */
      accessToken: string;
      /** @description Seconds until the token expires. */
      expiresIn: number;
      user: components['schemas']['UserResponseDto'];
      /** @description Logged in with a one-time password: the token only allows POST /api/v1/auth/password until the user chooses their own. */
      passwordChangeRequired: boolean;
    };
    ChangePasswordDto: {
      /** @description The password used to log in: the one-time password on a first login. */
      currentPassword: string;
      /** @description At least 12 characters, not one of the common passwords, not containing the username; no composition rules (OWASP ASVS 5 §6.2). */
      newPassword: string;
    };
    ManagedUserDto: {
      id: string;
      username: string;
      displayName: string;
      role: components['schemas']['Role'];
      agencyCode: string;
      /**
       * @description AGS of the city; null for a Land role.
       * @example 05112000
       */
      city: string | null;
      /** @description false: disabled, cannot log in. */
      active: boolean;
      /** @description Holds a one-time password not yet replaced. */
      passwordChangeRequired: boolean;
      /** Format: date-time */
      createdAt: string;
      /**
       * @description Changes so far; answered as ETag, and PATCH needs it in If-Match.
       * @example 1
       */
      version: number;
    };
    CreateUserDto: {
      /**
       * @description Letters, digits and . _ @ -; cannot be changed later.
       * @example m.yilmaz
       */
      username: string;
      /**
       * @description Shown in the app and the audit trail; the username when left out.
       * @example Merve Yilmaz
       */
      displayName?: string;
      role: components['schemas']['Role'];
      /**
       * @description Code of an active agency (GET /api/v1/agencies).
       * @example ORDNUNGSAMT
       */
      agencyCode: string;
      /**
       * @description AGS of the user's city (GET /api/v1/cities); null for a Land role across every city. Left out: the installation's only city.
       * @example 05112000
       */
      city?: string | null;
    };
    UserWithPasswordDto: {
      user: components['schemas']['ManagedUserDto'];
      /** @description Shown only in this answer and stored only hashed; the first login with it must choose a new password. */
      oneTimePassword: string;
    };
    UpdateUserDto: {
      displayName?: string;
      /** @description Not of the own account; the last active administrator keeps the role. */
      role?: components['schemas']['Role'];
      /** @description Code of an active agency. */
      agencyCode?: string;
      /**
       * @description AGS of the city; null for a Land role. Not of the own account.
       * @example 05112000
       */
      city?: string | null;
      /** @description false disables the account and ends its sessions at once; not of the own account nor the last active administrator. */
      active?: boolean;
    };
    OidcSessionDto: {
      /** @description The one-time code the callback put in the client URL after `#sso=`; valid once, for ten minutes. */
      code: string;
    };
    HealthDto: {
      /** @example ok */
      status: string;
      /** @example better-sqlite3 */
      database: string;
    };
    AgencyDto: {
      /** @example ordnungsamt */
      code: string;
      /** @example Ordnungsamt */
      name: string;
      /** @example Public order office */
      nameEn: string;
      /** @description False for non-operational members such as the council. */
      taskforce: boolean;
      /** @description False: offered for nothing new; history still names it. */
      active: boolean;
      /**
       * @description Changes so far; answered as ETag, and PATCH needs it in If-Match.
       * @example 1
       */
      version: number;
    };
    CreateAgencyDto: {
      /**
       * @description Lower-case letters, digits, - and _; stable, never changed or reused.
       * @example sozialamt
       */
      code: string;
      /** @example Sozialamt */
      name: string;
      /**
       * @description The German name when left out.
       * @example Social welfare office
       */
      nameEn?: string;
      /** @description Takes part in inspections (false for the council or central administration). */
      taskforce: boolean;
    };
    UpdateAgencyDto: {
      name?: string;
      nameEn?: string;
      taskforce?: boolean;
      /** @description false: offered for nothing new; refused while active accounts belong to the agency. */
      active?: boolean;
    };
    CreateCityDto: {
      /**
       * @description Amtlicher Gemeindeschlüssel, eight digits; the first two name the Land, which needs a legal profile.
       * @example 05113000
       */
      ags: string;
      /** @example Essen */
      name: string;
      /**
       * @description IANA time zone; Europe/Berlin when left out.
       * @example Europe/Berlin
       */
      timeZone?: string;
    };
    /** @enum {string} */
    DistrictLevel: 'bezirk' | 'ortsteil';
    DistrictGeometryDto: {
      /** @enum {string} */
      type: 'Polygon' | 'MultiPolygon';
      /** @description GeoJSON coordinates, WGS84 longitude/latitude. */
      coordinates: unknown[];
    };
    DistrictPropertiesDto: {
      id: string;
      /** @example Duisburg */
      city: string;
      /**
       * @description AGS of the city.
       * @example 05112000
       */
      cityAgs: string;
      /** @example 500 */
      code: string;
      /** @example Mitte */
      name: string;
      level: components['schemas']['DistrictLevel'];
      /** @description Code of the Stadtbezirk an Ortsteil belongs to. */
      parentCode: string | null;
    };
    DistrictFeatureDto: {
      /** @enum {string} */
      type: 'Feature';
      id: string;
      geometry: components['schemas']['DistrictGeometryDto'];
      properties: components['schemas']['DistrictPropertiesDto'];
    };
    DistrictCollectionDto: {
      /** @enum {string} */
      type: 'FeatureCollection';
      features: components['schemas']['DistrictFeatureDto'][];
      /**
       * @description Must be shown wherever the outlines are drawn.
       * @example © OpenStreetMap contributors, ODbL
       */
      attribution: string;
    };
    /** @enum {string} */
    DistrictImportCrs: '4326' | '25832' | '4647' | '31466' | '31467';
    ImportedDistrictDto: {
      /** @example 500 */
      code: string;
      /** @example Mitte */
      name: string;
      level: components['schemas']['DistrictLevel'];
      parentCode: string | null;
      /**
       * @description Against the city’s district of the same code.
       * @enum {string}
       */
      change: 'new' | 'changed' | 'unchanged';
      /** @description Buildings of the city inside it after the import. */
      properties: number;
    };
    RemovedDistrictDto: {
      code: string;
      name: string;
      level: components['schemas']['DistrictLevel'];
      /** @description Buildings in it before the import; they move to the new districts or to none. */
      properties: number;
    };
    DistrictImportWarningDto: {
      /** @example features[3] */
      field: string;
      /** @enum {string} */
      code: 'unknownParent';
      message: string;
    };
    DistrictImportReportDto: {
      /** @description true: a preview, nothing was changed. */
      dryRun: boolean;
      /** @example 05112000 */
      cityAgs: string;
      /** @example Duisburg */
      city: string;
      /** @description The reference system the coordinates were read in. */
      crs: components['schemas']['DistrictImportCrs'];
      /** @description The levels the file replaces; the other level stays. */
      levels: components['schemas']['DistrictLevel'][];
      districts: components['schemas']['ImportedDistrictDto'][];
      /** @description The city’s districts of those levels that the file no longer has. */
      removed: components['schemas']['RemovedDistrictDto'][];
      /** @description Buildings of the city. */
      properties: number;
      /** @description Buildings whose Stadtbezirk or Ortsteil changes. */
      moved: number;
      /** @description Buildings that lie in no Stadtbezirk afterwards. */
      outside: number;
      warnings: components['schemas']['DistrictImportWarningDto'][];
      /** @example Stadt Duisburg, dl-de/by-2-0 */
      attribution: string;
      /** @description SHA-256 of the uploaded file, as audited. */
      sha256: string;
    };
    OfficialAddressDto: {
      /** @description Identifier of the official record. */
      id: string;
      /** @example 05112000 */
      cityAgs: string;
      /** @example Friedrich-Wilhelm-Straße */
      street: string;
      /** @example 12 */
      houseNumber: string;
      /** @example a */
      houseNumberSuffix: string | null;
      /** @description Official NRW data carries none. */
      postcode: string | null;
      /** @description WGS84 latitude of the official point. */
      lat: number;
      /** @description WGS84 longitude of the official point. */
      lon: number;
    };
    /** @enum {string} */
    AddressImportFormat: 'gebref' | 'csv';
    /** @enum {string} */
    AddressImportState: 'running' | 'done' | 'failed';
    AddressImportProblemDto: {
      /** @description Line of the file (1 = first). */
      line: number;
      message: string;
    };
    AddressImportDto: {
      id: string;
      format: components['schemas']['AddressImportFormat'];
      state: components['schemas']['AddressImportState'];
      /** @description The one municipality taken; null: every one in the file. */
      cityAgs: string | null;
      /** Format: date-time */
      startedAt: string;
      /**
       * Format: date-time
       * @description Last progress.
       */
      updatedAt: string;
      /** @description Lines read so far. */
      lines: number;
      inserted: number;
      changed: number;
      unchanged: number;
      /** @description Addresses of the municipalities in the file that it no longer holds, now historic. */
      gone: number;
      /** @description Buildings of these municipalities whose match with the official addresses the import changed: unmatched before, or at an address it made historic. */
      matched: number;
      /** @description Lines refused; the first are in problems. */
      rejected: number;
      /** @description Lines of other municipalities, left out. */
      skipped: number;
      problems: components['schemas']['AddressImportProblemDto'][];
      /** @description SHA-256 of the uploaded file, once read whole. */
      sha256: string | null;
      /** @description Why a failed import stopped. */
      message: string | null;
    };
    /** @enum {string} */
    KatasterFormat: 'xlsx' | 'csv';
    KatasterColumnsDto: {
      /** @description Heading of the column holding the street. */
      street: string;
      /** @description Heading of the column holding the house number, with or without its suffix ("12a"). */
      houseNumber: string;
      /** @description Heading of the column holding the house-number suffix, where kept apart; left out, it is not read. */
      houseNumberSuffix?: string;
      /** @description Heading of the column holding the postcode; left out, it is not read. */
      postcode?: string;
      /** @description Heading of the column holding the Stadtbezirk or Ortsteil (name or code), checked against the official position; left out, it is not read. */
      district?: string;
      /** @description Heading of the column holding the WGS84 latitude, used where the address is not in the official addresses; left out, it is not read. */
      lat?: string;
      /** @description Heading of the column holding the WGS84 longitude; left out, it is not read. */
      lon?: string;
      /** @description Heading of the column holding the owner’s name; left out, it is not read. */
      owner?: string;
      /** @description Heading of the column holding the manager’s name; left out, it is not read. */
      manager?: string;
      /** @description Heading of the column holding the file reference (Aktenzeichen); left out, it is not read. */
      fileReference?: string;
      /** @description Heading of the column holding the day the building was declared uninhabitable; left out, it is not read. */
      declaredOn?: string;
      /** @description Heading of the column holding the people affected by the declaration; left out, it is not read. */
      personsAffected?: string;
      /** @description Heading of the column holding the children among them; left out, it is not read. */
      childrenAffected?: string;
      /** @description Heading of the column holding the day renovation started; left out, it is not read. */
      renovationStartedOn?: string;
      /** @description Heading of the column holding the day the declaration was lifted; left out, it is not read. */
      liftedOn?: string;
      /** @description Heading of the column holding the day the building was re-let; left out, it is not read. */
      reletOn?: string;
      /** @description Heading of the column holding the day the case was closed; left out, it is not read. */
      closedOn?: string;
      /** @description Heading of the column holding why the case was closed; left out, it is not read. */
      closeReason?: string;
      /** @description Heading of the column holding a note on the building; left out, it is not read. */
      note?: string;
    };
    /**
     * @description new: a building is (or, in a dry run, would be) created; existing: the address is in Hausakte already and is left as it is; rejected: see the problems.
     * @enum {string}
     */
    KatasterRowOutcome: 'new' | 'existing' | 'rejected';
    /** @enum {string} */
    DecisionType: 'declare_uninhabitable' | 'renovation_started' | 'declaration_lifted' | 'relet' | 'close' | 'reopen';
    KatasterRowResultDto: {
      /** @description The row number the spreadsheet program shows. */
      row: number;
      /** @description new: a building is (or, in a dry run, would be) created; existing: the address is in Hausakte already and is left as it is; rejected: see the problems. */
      outcome: components['schemas']['KatasterRowOutcome'];
      /** @example Musterstraße 12a */
      address: string | null;
      /**
       * @description official: at its official address; official_without_suffix: at the official point of the number without the suffix, none having the suffix; coordinates: at the row’s own coordinates.
       * @enum {string|null}
       */
      placement: 'official' | 'official_without_suffix' | 'coordinates' | null;
      /** @description The Stadtbezirk containing the position. */
      district: string | null;
      decisions: components['schemas']['DecisionType'][];
      /** @description The building in Hausakte: the existing one, or the one created. */
      propertyId: string | null;
    };
    /**
     * @description error: the row is not imported.
     * @enum {string}
     */
    KatasterProblemSeverity: 'error' | 'warning';
    /** @enum {string} */
    KatasterProblemCode:
      | 'required'
      | 'columnMissing'
      | 'columnUsedTwice'
      | 'tooLong'
      | 'controlCharacters'
      | 'invalidDate'
      | 'notInFuture'
      | 'invalidNumber'
      | 'invalidCoordinate'
      | 'coordinatePair'
      | 'invalidHouseNumber'
      | 'invalidPostcode'
      | 'requiresDeclaration'
      | 'requiresPersonsAffected'
      | 'notAbovePersonsAffected'
      | 'requiresClosedOn'
      | 'decisionOrder'
      | 'fileReferenceInNote'
      | 'duplicateRow'
      | 'addressNotFound'
      | 'officialWithoutSuffix'
      | 'severalOfficialPoints'
      | 'coordinatesDiffer'
      | 'districtDiffers'
      | 'alreadyRecorded';
    KatasterProblemDto: {
      /** @description The row number; 0 for the column mapping. */
      row: number;
      /** @enum {string|null} */
      field:
        | 'street'
        | 'houseNumber'
        | 'houseNumberSuffix'
        | 'postcode'
        | 'district'
        | 'lat'
        | 'lon'
        | 'owner'
        | 'manager'
        | 'fileReference'
        | 'declaredOn'
        | 'personsAffected'
        | 'childrenAffected'
        | 'renovationStartedOn'
        | 'liftedOn'
        | 'reletOn'
        | 'closedOn'
        | 'closeReason'
        | 'note'
        | null;
      /** @description The heading of the column. */
      column: string | null;
      /** @description error: the row is not imported. */
      severity: components['schemas']['KatasterProblemSeverity'];
      code: components['schemas']['KatasterProblemCode'];
      message: string;
    };
    KatasterImportReportDto: {
      dryRun: boolean;
      /** @description The import that created the buildings; for a file imported before, that import. */
      importId: string | null;
      /** @description The same file was imported into this city before: nothing is created again. */
      alreadyImported: boolean;
      /** @example c0ffee… */
      sha256: string;
      format: components['schemas']['KatasterFormat'];
      sheet: string | null;
      /** @description The headings of the first row. */
      headings: string[];
      /** @description The columns read: the city’s saved choice, else the one suggested from the headings. */
      columns: components['schemas']['KatasterColumnsDto'];
      /** @description Whether the columns are the city’s saved choice; a real import needs one. */
      columnsSaved: boolean;
      /** @description Rows below the headings. */
      rows: number;
      created: number;
      existing: number;
      rejected: number;
      /** @description Owners and managers created. */
      parties: number;
      /** @description Decisions taken over with their dates. */
      decisions: number;
      results: components['schemas']['KatasterRowResultDto'][];
      problems: components['schemas']['KatasterProblemDto'][];
    };
    KatasterImportDto: {
      id: string;
      /** @example 05112000 */
      city: string;
      /** Format: date-time */
      createdAt: string;
      sha256: string;
      fileName: string | null;
      format: components['schemas']['KatasterFormat'];
      sheet: string | null;
      rows: number;
      created: number;
      existing: number;
      rejected: number;
      parties: number;
      decisions: number;
    };
    KatasterMappingDto: {
      /** @example 05112000 */
      city: string;
      /** @description null until the columns are saved for this city. */
      columns: components['schemas']['KatasterColumnsDto'] | null;
      /** Format: date-time */
      updatedAt: string | null;
      /** @description Counts saves, 0 before the first; answered as ETag. */
      version: number;
    };
    SaveKatasterMappingDto: {
      columns: components['schemas']['KatasterColumnsDto'];
    };
    PropertyAddressDto: {
      /** @example Musterstraße */
      street: string;
      /** @example 12 */
      houseNumber: string;
      /** @example a */
      houseNumberSuffix: string | null;
      /** @example 47166 */
      postcode: string | null;
      /** @example Duisburg */
      city: string;
      /** @example Musterstraße 12a, 47166 Duisburg */
      label: string;
    };
    /** @enum {string} */
    PropertyStatus: 'suspected' | 'inspected' | 'uninhabitable' | 'renovation' | 'released' | 'relet' | 'closed';
    PropertySummaryDto: {
      id: string;
      /**
       * @description AGS of the city whose file holds the building.
       * @example 05112000
       */
      cityAgs: string;
      address: components['schemas']['PropertyAddressDto'];
      lat: number;
      lon: number;
      districtId: string | null;
      /** @example Hamborn */
      districtName: string | null;
      subdistrictId: string | null;
      /** @example Marxloh */
      subdistrictName: string | null;
      /** @description The official address (gazetteer) the building stands at. */
      officialAddressId: string | null;
      status: components['schemas']['PropertyStatus'];
      /** @example 2024-03-01 */
      statusSince: string;
      /** @example #cc0000 */
      statusColour: string;
      /** @example Unbewohnbar erklärt */
      statusLabel: string;
    };
    PropertyPageDto: {
      items: components['schemas']['PropertySummaryDto'][];
      /** @description Pass as cursor for the next page; null on the last page. */
      nextCursor: string | null;
    };
    /** @enum {string} */
    PropertyOrigin: 'complaint' | 'tip' | 'register_anomaly' | 'utility_disconnection' | 'police' | 'field' | 'import' | 'other';
    CreatePropertyDto: {
      /** @example Musterstraße */
      street: string;
      /** @example 12 */
      houseNumber: string;
      /** @example a */
      houseNumberSuffix?: string | null;
      /**
       * @description Left out when not known: the official addresses carry none.
       * @example 47166
       */
      postcode?: string | null;
      /**
       * @description The official address chosen from GET /addresses: it must have the same street, number and suffix. Left out, the address is matched with the gazetteer as typed.
       * @example DENW36AL1000Nz1g
       */
      officialAddressId?: string;
      /** @example Duisburg */
      city: string;
      /** @example 51.4935 */
      lat: number;
      /** @example 6.7618 */
      lon: number;
      /**
       * Format: uuid
       * @description Stadtbezirk or Ortsteil; derived from the coordinates when left out or null.
       */
      districtId?: string | null;
      /**
       * @description AGS of the city whose file the building joins. Left out: the user's own; for a Land role the city whose districts contain the position, or the installation's only one.
       * @example 05112000
       */
      cityAgs?: string;
      origin: components['schemas']['PropertyOrigin'];
      note?: string | null;
    };
    PropertyDetailDto: {
      id: string;
      /**
       * @description AGS of the city whose file holds the building.
       * @example 05112000
       */
      cityAgs: string;
      address: components['schemas']['PropertyAddressDto'];
      lat: number;
      lon: number;
      districtId: string | null;
      /** @example Hamborn */
      districtName: string | null;
      subdistrictId: string | null;
      /** @example Marxloh */
      subdistrictName: string | null;
      /** @description The official address (gazetteer) the building stands at. */
      officialAddressId: string | null;
      status: components['schemas']['PropertyStatus'];
      /** @example 2024-03-01 */
      statusSince: string;
      /** @example #cc0000 */
      statusColour: string;
      /** @example Unbewohnbar erklärt */
      statusLabel: string;
      origin: components['schemas']['PropertyOrigin'];
      note: string | null;
      /**
       * @description official: placed on the official point of its address; manual_pin: official address, pin set by hand; unmatched: no official address has this one; null: the city has no official addresses yet.
       * @enum {string|null}
       */
      addressMatch: 'official' | 'manual_pin' | 'unmatched' | null;
      /** @description The Kataster import that created the building file; null when recorded in Hausakte. */
      importId: string | null;
      allowedDecisions: components['schemas']['DecisionType'][];
      /** @example 2024-03-01T09:30:00.000Z */
      createdAt: string;
      /** @example 2024-03-01T09:30:00.000Z */
      updatedAt: string;
      /**
       * @description Changes of address, location and note so far; answered as ETag, and PATCH needs it in If-Match.
       * @example 3
       */
      version: number;
    };
    UpdatePropertyDto: {
      street?: string;
      houseNumber?: string;
      /** @description null removes the suffix. */
      houseNumberSuffix?: string | null;
      /** @description null removes the postcode. */
      postcode?: string | null;
      city?: string;
      lat?: number;
      lon?: number;
      /** @description null removes the note. */
      note?: string | null;
    };
    /** @enum {string} */
    TimelineKind: 'operation' | 'measure' | 'amendment' | 'decision';
    /** @enum {string} */
    OperationKind: 'joint_inspection' | 'registration_check' | 'follow_up' | 'acceptance_inspection';
    /** @enum {string} */
    OperationTrigger:
      | 'complaint'
      | 'youth_office_tip'
      | 'utility_disconnection'
      | 'earlier_finding'
      | 'register_anomaly'
      | 'police_report'
      | 'fire_service_report'
      | 'routine'
      | 'other';
    /** @enum {string} */
    FindingCategory:
      | 'electricity'
      | 'heating'
      | 'water_sanitation'
      | 'cooking_lighting_connections'
      | 'weather_damp_protection'
      | 'room_size'
      | 'ventilation_daylight'
      | 'fire_safety'
      | 'structural_safety'
      | 'vermin'
      | 'waste'
      | 'unapproved_use'
      | 'overcrowding'
      | 'child_welfare'
      | 'other';
    /** @enum {string} */
    Severity: 'minor' | 'major' | 'danger';
    /** @enum {string} */
    Visibility: 'taskforce' | 'agency';
    FindingDto: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      operationId: string;
      /** Format: uuid */
      unitId: string | null;
      category: components['schemas']['FindingCategory'];
      severity: components['schemas']['Severity'];
      description: string;
      /** @description Agency of the user who filed it. */
      agencyCode: string;
      visibility: components['schemas']['Visibility'];
      /** @description Withdrawn by an amendment; kept for the record. */
      withdrawn: boolean;
      /** Format: uuid */
      addedByAmendmentId: string | null;
      /** Format: uuid */
      withdrawnByAmendmentId: string | null;
      /**
       * Format: date-time
       * @description When the owning agency released this `agency` finding for decisions; from then on the whole taskforce sees it.
       */
      releasedAt: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    DensityThresholdDto: {
      /**
       * @description The minimum applied: the single-room one for a single room with shared facilities.
       * @example 10
       */
      minM2PerPerson: number;
      /** @example § 10 Abs. 1 WohnStG NRW */
      legalReference: string;
      /**
       * Format: date
       * @example 2021-07-01
       */
      validFrom: string;
    };
    OccupancyDto: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      operationId: string;
      /** Format: uuid */
      unitId: string | null;
      personsFound: number;
      childrenFound: number;
      personsRegistered: number | null;
      /** Format: date */
      registerExtractDate: string | null;
      livingSpaceM2: number | null;
      singleRoomSharedFacilities: boolean;
      agencyCode: string;
      withdrawn: boolean;
      /** Format: uuid */
      addedByAmendmentId: string | null;
      /** Format: uuid */
      withdrawnByAmendmentId: string | null;
      /** @description Living space per person found, cut to two decimals. */
      m2PerPerson: number | null;
      /** @description The rule in force on the day of the operation; null before the Land had one. */
      threshold: components['schemas']['DensityThresholdDto'] | null;
      /** @description Null when living space or persons are unknown, or no rule applied on that day. */
      underThreshold: boolean | null;
      /** Format: date-time */
      createdAt: string;
    };
    /** @enum {string} */
    MeasureType:
      | 'repair_order'
      | 'use_prohibition'
      | 'deregistration_ex_officio'
      | 'registration_request'
      | 'fine_proceedings'
      | 'electricity_blocked'
      | 'benefit_case'
      | 'referral'
      | 'towing'
      | 'waste_removal'
      | 'child_protection'
      | 'other';
    /** @enum {string} */
    MeasureState: 'open' | 'done' | 'cancelled';
    MeasureDto: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      propertyId: string;
      /** Format: uuid */
      operationId: string;
      type: components['schemas']['MeasureType'];
      agencyCode: string;
      legalBasis: string | null;
      /** Format: date */
      date: string;
      /** Format: date */
      deadline: string | null;
      state: components['schemas']['MeasureState'];
      personsCount: number | null;
      /** @description Null when empty or kept for another agency. */
      description: string | null;
      /**
       * @description Null whenever the text before it is null to you.
       * @enum {string|null}
       */
      descriptionVisibility: 'taskforce' | 'agency' | null;
      visibility: components['schemas']['Visibility'];
      /** @description Null when empty or kept for another agency. */
      stateNote: string | null;
      /**
       * @description Null whenever the text before it is null to you.
       * @enum {string|null}
       */
      stateNoteVisibility: 'taskforce' | 'agency' | null;
      /** Format: date-time */
      stateChangedAt: string | null;
      /** Format: uuid */
      stateChangedBy: string | null;
      withdrawn: boolean;
      /** Format: uuid */
      addedByAmendmentId: string | null;
      /** Format: uuid */
      withdrawnByAmendmentId: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      /**
       * @description State changes so far; PATCH /measures/:id needs it in If-Match.
       * @example 2
       */
      version: number;
    };
    FieldChangeDto: {
      from: (string | null) | number | boolean;
      to: (string | null) | number | boolean;
    };
    AmendmentItemsDto: {
      findingIds: string[];
      occupancyCountIds: string[];
      measureIds: string[];
    };
    AmendmentDto: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      operationId: string;
      /** @description 1 for the first amendment of the operation. */
      seq: number;
      /** @description Null when the amending agency kept the reason for itself. */
      reason: string | null;
      /**
       * @description Null whenever the text before it is null to you.
       * @enum {string|null}
       */
      reasonVisibility: 'taskforce' | 'agency' | null;
      /**
       * @description Corrected fields as { field: { from, to } }.
       * @example {
       *       "date": {
       *         "from": "2026-03-01",
       *         "to": "2026-03-02"
       *       }
       *     }
       */
      changes: {
        [key: string]: components['schemas']['FieldChangeDto'];
      };
      /** @description Items this amendment added (only those visible to you). */
      added: components['schemas']['AmendmentItemsDto'];
      /** @description Items this amendment withdrew (only those visible to you). */
      withdrawn: components['schemas']['AmendmentItemsDto'];
      /** Format: uuid */
      createdBy: string;
      agencyCode: string;
      /** Format: date-time */
      createdAt: string;
    };
    OperationDto: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      propertyId: string;
      kind: components['schemas']['OperationKind'];
      /** Format: date */
      date: string;
      trigger: components['schemas']['OperationTrigger'];
      /** @description Null when empty or kept for the filing agency. */
      triggerSource: string | null;
      /**
       * @description Null whenever the text before it is null to you.
       * @enum {string|null}
       */
      triggerSourceVisibility: 'taskforce' | 'agency' | null;
      interpreterPresent: boolean;
      agencyCodes: string[];
      unitsEntered: number;
      unitsNotAccessible: number;
      /** @description Null when empty or kept for the filing agency. */
      notes: string | null;
      /**
       * @description Null whenever the text before it is null to you.
       * @enum {string|null}
       */
      notesVisibility: 'taskforce' | 'agency' | null;
      /** @enum {string} */
      state: 'draft' | 'submitted';
      leadAgencyCode: string;
      /** Format: uuid */
      createdBy: string;
      /** Format: uuid */
      submittedBy: string | null;
      /** Format: date-time */
      submittedAt: string | null;
      version: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      findings: components['schemas']['FindingDto'][];
      occupancyCounts: components['schemas']['OccupancyDto'][];
      measures: components['schemas']['MeasureDto'][];
      amendments: components['schemas']['AmendmentDto'][];
    };
    RehousedDto: {
      shelter: number | null;
      owner: number | null;
      self: number | null;
      unknown: number | null;
    };
    DecisionDto: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      propertyId: string;
      type: components['schemas']['DecisionType'];
      /** Format: date */
      effectiveDate: string;
      fileReference: string | null;
      legalBasis: string | null;
      reason: string | null;
      personsAffected: number | null;
      childrenAffected: number | null;
      rehoused: components['schemas']['RehousedDto'];
      statusBefore: components['schemas']['PropertyStatus'];
      statusAfter: components['schemas']['PropertyStatus'];
      /** Format: uuid */
      decidedBy: string;
      agencyCode: string;
      /** Format: date-time */
      createdAt: string;
      /** @description The findings the decision rests on, as named when it was recorded; none for taken-over decisions. */
      basisFindingIds: string[];
      /** @description The Kataster import that took the decision over from the city’s spreadsheet, with its date; null when recorded in Hausakte. */
      importId: string | null;
    };
    TimelineItemDto: {
      kind: components['schemas']['TimelineKind'];
      /**
       * Format: date
       * @description Visit, measure or effective date; for amendments the day they were made.
       */
      date: string;
      /**
       * Format: uuid
       * @description Id of the operation, measure, amendment or decision.
       */
      id: string;
      operation?: components['schemas']['OperationDto'];
      measure?: components['schemas']['MeasureDto'];
      amendment?: components['schemas']['AmendmentDto'];
      decision?: components['schemas']['DecisionDto'];
    };
    TimelineDto: {
      /** @description Date ascending; on the same day operations, then measures, amendments, decisions. */
      items: components['schemas']['TimelineItemDto'][];
    };
    /** @enum {string} */
    FilePart: 'detail' | 'timeline' | 'operations' | 'operation' | 'units' | 'parties';
    FileReadDto: {
      /** Format: uuid */
      id: string;
      part: components['schemas']['FilePart'];
      /**
       * Format: uuid
       * @description The operation read, for part "operation".
       */
      itemId: string | null;
      /** Format: uuid */
      actorId: string;
      actorName: string;
      actorAgency: string;
      /** Format: date-time */
      at: string;
    };
    UnitDto: {
      id: string;
      propertyId: string;
      /** @example EG links */
      label: string;
      livingSpaceM2: number | null;
      singleRoomSharedFacilities: boolean;
      createdAt: string;
    };
    CreateUnitDto: {
      /** @example EG links */
      label: string;
      /** @example 54.5 */
      livingSpaceM2?: number | null;
      /** @description Single room with shared kitchen/bath (lower density threshold). */
      singleRoomSharedFacilities?: boolean;
    };
    /** @enum {string} */
    PartyKind: 'person' | 'company';
    PartyDto: {
      id: string;
      kind: components['schemas']['PartyKind'];
      name: string;
      aliases: string[];
      contactAddress: string | null;
      /**
       * @description Changes so far; answered as ETag, and PATCH needs it in If-Match.
       * @example 1
       */
      version: number;
    };
    CreatePartyDto: {
      kind: components['schemas']['PartyKind'];
      /** @example Rhein-Ruhr Wohnbesitz GmbH */
      name: string;
      /** @description Earlier or other names. */
      aliases?: string[];
      contactAddress?: string | null;
      /**
       * @description AGS of the city whose file holds the party: the user's own when left out; linked to a building, the building's.
       * @example 05112000
       */
      cityAgs?: string;
    };
    UpdatePartyDto: {
      kind?: components['schemas']['PartyKind'];
      /** @description A new name keeps the old one as an alias. */
      name?: string;
      /** @description Replaces the aliases (the old name is still added on a rename). */
      aliases?: string[];
      /** @description null removes it. */
      contactAddress?: string | null;
    };
    /** @enum {string} */
    PartyRole: 'owner' | 'manager' | 'landlord';
    PropertyPartyDto: {
      linkId: string;
      role: components['schemas']['PartyRole'];
      /** @example 2019-01-01 */
      validFrom: string | null;
      validTo: string | null;
      party: components['schemas']['PartyDto'];
    };
    LinkPartyDto: {
      /** @description An existing party; or give `party` to create one. */
      partyId?: string;
      /** @description A new party to create and link. */
      party?: components['schemas']['CreatePartyDto'];
      role: components['schemas']['PartyRole'];
      /** Format: date */
      validFrom?: string | null;
      /**
       * Format: date
       * @description Not before validFrom.
       */
      validTo?: string | null;
    };
    FindingInput: {
      /**
       * Format: uuid
       * @description Unit of the same property; omit for the whole building.
       */
      unitId?: string | null;
      category: components['schemas']['FindingCategory'];
      severity: components['schemas']['Severity'];
      description: string;
      /** @description "agency": only users of the filing agency ever see it. */
      visibility: components['schemas']['Visibility'];
    };
    OccupancyInput: {
      /** Format: uuid */
      unitId?: string | null;
      personsFound: number;
      /** @description Of the persons found; at most personsFound. */
      childrenFound: number;
      /** @description According to the population register. */
      personsRegistered?: number | null;
      /** Format: date */
      registerExtractDate?: string | null;
      /** @description Defaults to the unit's living space. */
      livingSpaceM2?: number | null;
      /** @description Single room with shared kitchen/bath (lower threshold); defaults to the unit's setting. */
      singleRoomSharedFacilities?: boolean;
    };
    MeasureInput: {
      type: components['schemas']['MeasureType'];
      /** @example § 9 WohnStG NRW */
      legalBasis?: string | null;
      /** Format: date */
      date: string;
      /**
       * Format: date
       * @description Not before date.
       */
      deadline?: string | null;
      personsCount?: number | null;
      description?: string | null;
      visibility: components['schemas']['Visibility'];
      /** @description Who reads the description: "agency" keeps it for the writer's agency only; "taskforce" when omitted. */
      descriptionVisibility?: components['schemas']['Visibility'];
    };
    CreateOperationDto: {
      /** Format: uuid */
      propertyId: string;
      kind: components['schemas']['OperationKind'];
      /**
       * Format: date
       * @description Day of the visit; not in the future.
       */
      date: string;
      trigger: components['schemas']['OperationTrigger'];
      triggerSource?: string | null;
      /** @description Who reads the trigger source: "agency" keeps it for the writer's agency only; "taskforce" when omitted. */
      triggerSourceVisibility?: components['schemas']['Visibility'];
      interpreterPresent: boolean;
      /**
       * @description The filing agency is always included.
       * @example [
       *       "ordnungsamt",
       *       "bauaufsicht"
       *     ]
       */
      agencyCodes: string[];
      unitsEntered: number;
      unitsNotAccessible: number;
      notes?: string | null;
      /** @description Who reads the notes: "agency" keeps it for the writer's agency only; "taskforce" when omitted. */
      notesVisibility?: components['schemas']['Visibility'];
      findings: components['schemas']['FindingInput'][];
      occupancyCounts: components['schemas']['OccupancyInput'][];
      measures: components['schemas']['MeasureInput'][];
    };
    AmendmentChangesInput: {
      /** Format: date */
      date?: string;
      trigger?: components['schemas']['OperationTrigger'];
      triggerSource?: string | null;
      /** @description Who reads the trigger source: "agency" keeps it for the writer's agency only; "taskforce" when omitted. */
      triggerSourceVisibility?: components['schemas']['Visibility'];
      interpreterPresent?: boolean;
      unitsEntered?: number;
      unitsNotAccessible?: number;
      notes?: string | null;
      /** @description Who reads the notes: "agency" keeps it for the writer's agency only; "taskforce" when omitted. */
      notesVisibility?: components['schemas']['Visibility'];
    };
    CreateAmendmentDto: {
      /** @description Why the submitted operation is corrected. */
      reason: string;
      /** @description Who reads the reason: "agency" keeps it for the writer's agency only; "taskforce" when omitted. */
      reasonVisibility?: components['schemas']['Visibility'];
      changes?: components['schemas']['AmendmentChangesInput'];
      addFindings?: components['schemas']['FindingInput'][];
      withdrawFindingIds?: string[];
      addOccupancyCounts?: components['schemas']['OccupancyInput'][];
      withdrawOccupancyCountIds?: string[];
      addMeasures?: components['schemas']['MeasureInput'][];
      withdrawMeasureIds?: string[];
    };
    UpdateMeasureStateDto: {
      state: components['schemas']['MeasureState'];
      /** @description Why the state changed (e.g. "Mängel behoben, Nachkontrolle 12.03."). */
      note?: string | null;
      /** @description Who reads the note: "agency" keeps it for the writer's agency only; "taskforce" when omitted. */
      noteVisibility?: components['schemas']['Visibility'];
    };
    RehousedInput: {
      /** @description Municipal shelter. */
      shelter?: number | null;
      /** @description Substitute housing provided by the owner. */
      owner?: number | null;
      /** @description Relatives or self-organised. */
      self?: number | null;
      unknown?: number | null;
    };
    CreateDecisionDto: {
      type: components['schemas']['DecisionType'];
      /**
       * Format: date
       * @description Not in the future and not before the current status began.
       */
      effectiveDate: string;
      /** @description Aktenzeichen. */
      fileReference?: string | null;
      /** @example § 9 WohnStG NRW */
      legalBasis?: string | null;
      reason?: string | null;
      personsAffected?: number | null;
      /** @description Of the persons affected. */
      childrenAffected?: number | null;
      /** @description Where the persons affected went; together at most personsAffected. */
      rehoused?: components['schemas']['RehousedInput'];
      /** @description The findings the decision rests on, stored with it: findings of this building in force on the effective date that the whole taskforce sees (visibility taskforce, or released by their agency). Required for a declaration, which needs one of severity major or danger among them. */
      basisFindingIds?: string[];
    };
    DecisionRecordedDto: {
      decision: components['schemas']['DecisionDto'];
      /** @description The property with its new status and next allowed decisions. */
      property: components['schemas']['PropertyDetailDto'];
    };
    PointGeometryDto: {
      /** @enum {string} */
      type: 'Point';
      /**
       * @description [longitude, latitude]
       * @example [
       *       6.76,
       *       51.43
       *     ]
       */
      coordinates: number[];
    };
    MapFeaturePropertiesDto: {
      /** @description Present and true for a cluster */
      cluster?: boolean;
      /** @description Property id (single points) */
      id?: string;
      /**
       * @description Address (single points)
       * @example Musterstraße 12a, 47166 Duisburg
       */
      label?: string;
      /** @description Number of properties (clusters) */
      count?: number;
      /** @description Properties per status inside the cluster */
      counts?: {
        [key: string]: number;
      };
      /** @description Zoom at which the cluster splits (clusters) */
      expansionZoom?: number;
      /** @description The status, or for a cluster its most frequent one */
      status: components['schemas']['PropertyStatus'];
      /** @example #cc0000 */
      colour: string;
    };
    MapFeatureDto: {
      /** @enum {string} */
      type: 'Feature';
      /** @description Property id, or "c" + cluster id */
      id: string;
      geometry: components['schemas']['PointGeometryDto'];
      properties: components['schemas']['MapFeaturePropertiesDto'];
    };
    StatusCountsDto: {
      suspected: number;
      inspected: number;
      uninhabitable: number;
      renovation: number;
      released: number;
      relet: number;
      closed: number;
    };
    MapFeatureCollectionDto: {
      /** @enum {string} */
      type: 'FeatureCollection';
      features: components['schemas']['MapFeatureDto'][];
      /** @description Properties matching every filter, in the whole area (not only the box) */
      total: number;
      /** @description Properties per status matching every filter except status (for the legend) */
      statusCounts: components['schemas']['StatusCountsDto'];
      /** @description Zoom the answer was computed for (lower than asked if the box held too many points) */
      zoom: number;
      /** @description From this zoom on every property is a single point */
      singlePointsFromZoom: number;
    };
    DistrictStatusCountsDto: {
      id: string;
      /** @example 500 */
      code: string;
      /** @example Mitte */
      name: string;
      /** @example Duisburg */
      city: string;
      /** @description Properties per status */
      counts: components['schemas']['StatusCountsDto'];
      total: number;
    };
    ChoroplethClassDto: {
      min: number;
      max: number;
      /** @example #fcae91 */
      colour: string;
    };
    DistrictScalesDto: {
      total: components['schemas']['ChoroplethClassDto'][];
      suspected: components['schemas']['ChoroplethClassDto'][];
      inspected: components['schemas']['ChoroplethClassDto'][];
      uninhabitable: components['schemas']['ChoroplethClassDto'][];
      renovation: components['schemas']['ChoroplethClassDto'][];
      released: components['schemas']['ChoroplethClassDto'][];
      relet: components['schemas']['ChoroplethClassDto'][];
      closed: components['schemas']['ChoroplethClassDto'][];
    };
    DistrictStatusOverviewDto: {
      items: components['schemas']['DistrictStatusCountsDto'][];
      /** @description Properties outside every Stadtbezirk */
      withoutDistrict: components['schemas']['StatusCountsDto'];
      /** @description Colour classes per count, from 0 to the largest district value */
      scales: components['schemas']['DistrictScalesDto'];
    };
    TilesDto: {
      /** @description XYZ template; null means outlines only */
      url: string | null;
      attribution: string;
      maxZoom: number;
    };
    /**
     * @description The shape drawn besides the colour, for colour-blind readers
     * @enum {string}
     */
    StatusSymbol: 'circle' | 'triangle' | 'diamond' | 'ring' | 'square';
    StatusStyleDto: {
      status: components['schemas']['PropertyStatus'];
      /** @example #cc0000 */
      colour: string;
      /** @description The shape drawn besides the colour, for colour-blind readers */
      symbol: components['schemas']['StatusSymbol'];
      /** @example Unbewohnbar erklärt */
      labelDe: string;
      /** @example Declared uninhabitable */
      labelEn: string;
    };
    SignInOptionsDto: {
      /** @description The login page asks for username and password. */
      password: boolean;
      /** @description The login page offers "Mit Stadtkonto anmelden" (single sign-on through GET /api/v1/auth/oidc/start). */
      cityAccount: boolean;
    };
    ClientConfigDto: {
      /** @description Demo data is loaded: the client shows a banner */
      demoData: boolean;
      tiles: components['schemas']['TilesDto'];
      statuses: components['schemas']['StatusStyleDto'][];
      /** @example © OpenStreetMap contributors (ODbL) */
      outlinesAttribution: string;
      /**
       * @description The installation's city's time zone until a login names the user's city
       * @example Europe/Berlin
       */
      timeZone: string;
      /** @description The Land law of the installation's cities (NW before any is set up) until a login names the user's city */
      legal: components['schemas']['LegalProfileDto'];
      signIn: components['schemas']['SignInOptionsDto'];
    };
    ReportPeriodDto: {
      /** @example 2025-01-01 */
      from: string;
      /** @example 2025-12-31 */
      to: string;
      /** @example 365 */
      days: number;
    };
    PeriodDto: {
      /** @example 2025-01-01 */
      from: string;
      /** @example 2025-12-31 */
      to: string;
    };
    TopicDto: {
      /** @enum {string} */
      key: 'buildings' | 'operations' | 'decisions' | 'durations' | 'persons' | 'registration' | 'measures' | 'measuresByAgency';
      /** @example Entscheidungen */
      title: string;
      figureKeys: string[];
    };
    FigureDto: {
      /** @example sinceStart.declared */
      key: string;
      /** @enum {string} */
      topic: 'buildings' | 'operations' | 'decisions' | 'durations' | 'persons' | 'registration' | 'measures' | 'measuresByAgency';
      /** @example Unbewohnbar erklärt seit Beginn */
      label: string;
      /** @enum {string} */
      unit: 'buildings' | 'operations' | 'measures' | 'persons' | 'cases' | 'days' | 'agencies';
      /** @description Person counts: small ones shown as "< minCell", the others perturbed by the cell key method (see method.perturbationRule). */
      person: boolean;
      /** @example 0 */
      decimals: number;
      definition: string;
    };
    SummaryCellDto: {
      /** @description Null when not computable, and for a person count from 1 to minCell − 1. Other person counts: the perturbed value, never the true one. */
      value: number | null;
      /**
       * @description German display text: the number, "< 3" for a small person count, or "–" when not computable.
       * @example < 3
       */
      display: string;
      previous: number | null;
      previousDisplay: string;
      /** @description Period minus previous period. */
      change: number | null;
      /** @example +3 */
      changeDisplay: string;
    };
    SummaryRowDto: {
      /** @description Null for the total and for properties without district. */
      districtId: string | null;
      /** @example Mitte */
      label: string;
      /** @description The city total. */
      total: boolean;
      /** @description One cell per figure key. */
      cells: {
        [key: string]: components['schemas']['SummaryCellDto'];
      };
    };
    StatusBarDto: {
      districtId: string | null;
      label: string;
      counts: components['schemas']['StatusCountsDto'];
    };
    QuarterPointDto: {
      /** @example 2025-Q1 */
      quarter: string;
      /** @description Buildings declared uninhabitable in the quarter. */
      declared: number;
      /** @description Buildings re-let in the quarter. */
      relet: number;
    };
    RectShapeDto: {
      /**
       * @description Written as data-<key> attributes.
       * @example {
       *       "status": "relet"
       *     }
       */
      data?: {
        [key: string]: string;
      };
      /** @description Tooltip text. */
      tip?: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      kind: 'rect';
      x: number;
      y: number;
      w: number;
      h: number;
      /** @example #1a9641 */
      fill: string;
      stroke?: string;
    };
    LineShapeDto: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      kind: 'line';
      x1: number;
      y1: number;
      x2: number;
      y2: number;
      stroke: string;
      width: number;
    };
    PolylineShapeDto: {
      /**
       * @description Written as data-<key> attributes.
       * @example {
       *       "status": "relet"
       *     }
       */
      data?: {
        [key: string]: string;
      };
      /** @description Tooltip text. */
      tip?: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      kind: 'polyline';
      /** @description [x, y] pairs */
      points: number[][];
      stroke: string;
      width: number;
      /** @description Dash length. */
      dash?: number;
    };
    CircleShapeDto: {
      /**
       * @description Written as data-<key> attributes.
       * @example {
       *       "status": "relet"
       *     }
       */
      data?: {
        [key: string]: string;
      };
      /** @description Tooltip text. */
      tip?: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      kind: 'circle';
      x: number;
      y: number;
      r: number;
      fill: string;
    };
    PathShapeDto: {
      /**
       * @description Written as data-<key> attributes.
       * @example {
       *       "status": "relet"
       *     }
       */
      data?: {
        [key: string]: string;
      };
      /** @description Tooltip text. */
      tip?: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      kind: 'path';
      /** @description Absolute SVG path data using only M, L and Z (even-odd fill). */
      d: string;
      fill: string;
      stroke: string;
      width: number;
    };
    TextShapeDto: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      kind: 'text';
      x: number;
      /** @description The baseline. */
      y: number;
      text: string;
      size: number;
      /** @enum {string} */
      anchor: 'start' | 'middle' | 'end';
      bold?: boolean;
      fill?: string;
    };
    SceneDto: {
      width: number;
      height: number;
      title: string;
      /** @description The chart as text, for screen readers. */
      description: string;
      shapes: (
        | components['schemas']['RectShapeDto']
        | components['schemas']['LineShapeDto']
        | components['schemas']['PolylineShapeDto']
        | components['schemas']['CircleShapeDto']
        | components['schemas']['PathShapeDto']
        | components['schemas']['TextShapeDto']
      )[];
    };
    SummaryScenesDto: {
      statusBars: components['schemas']['SceneDto'];
      quarterly: components['schemas']['SceneDto'];
      choropleth: components['schemas']['SceneDto'];
    };
    SummaryChartsDto: {
      statusBars: components['schemas']['StatusBarDto'][];
      quarterly: components['schemas']['QuarterPointDto'][];
      /** @description The three charts as drawn in the report, for clients to draw the same. */
      scenes: components['schemas']['SummaryScenesDto'];
    };
    DefinitionDto: {
      key: string;
      label: string;
      definition: string;
    };
    SummaryMethodDto: {
      period: string;
      previousPeriod: string;
      /**
       * @description When the figures were read from the database. Until the data change, every format of the same period is built from that reading and shows this time and the same fingerprint.
       * @example 2026-01-05T09:12:00.000Z
       */
      dataAsOf: string;
      /**
       * @description The city's time zone: every time shown in the HTML, PDF and CSV is local time in it.
       * @example Europe/Berlin
       */
      timeZone: string;
      dataAsOfText: string;
      sources: string;
      visibilityRule: string;
      /** @description How person counts are protected (cell key method), in German. */
      perturbationRule: string;
      /**
       * @description Person counts from 1 to this minus one are shown as "< minCell"; no published count is below it.
       * @example 3
       */
      minCell: number;
      /**
       * @description The most a published person count differs from the true one.
       * @example 2
       */
      maxDeviation: number;
      definitions: components['schemas']['DefinitionDto'][];
      /**
       * @description SHA-256 (hex) of the canonical input rows; same data and period, same hash.
       * @example a3f…
       */
      fingerprint: string;
      fingerprintMethod: string;
    };
    SummaryDto: {
      /** @example Lagebericht Problemimmobilien */
      title: string;
      /** @example Duisburg */
      city: string;
      period: components['schemas']['ReportPeriodDto'];
      previousPeriod: components['schemas']['PeriodDto'];
      /** @description The Stadtbezirk shown; null for the whole city. */
      district?: {
        /** Format: uuid */
        id: string;
        /** @example Mitte */
        name: string;
      } | null;
      /** @example 2026-01-05T09:12:00.000Z */
      generatedAt: string;
      /** @description The demo data set is loaded: fictitious figures. */
      demoData: boolean;
      topics: components['schemas']['TopicDto'][];
      figures: components['schemas']['FigureDto'][];
      /** @description One row per Stadtbezirk (or the one asked for), then the total. */
      rows: components['schemas']['SummaryRowDto'][];
      charts: components['schemas']['SummaryChartsDto'];
      method: components['schemas']['SummaryMethodDto'];
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type FieldErrorDto = components['schemas']['FieldErrorDto'];
export type ProblemDto = components['schemas']['ProblemDto'];
export type ChainBreak = components['schemas']['ChainBreak'];
export type AuditVerificationDto = components['schemas']['AuditVerificationDto'];
export type LoginDto = components['schemas']['LoginDto'];
export type Role = components['schemas']['Role'];
export type Land = components['schemas']['Land'];
export type LegalProfileDto = components['schemas']['LegalProfileDto'];
export type CityDto = components['schemas']['CityDto'];
export type UserResponseDto = components['schemas']['UserResponseDto'];
export type LoginResponseDto = components['schemas']['LoginResponseDto'];
export type ChangePasswordDto = components['schemas']['ChangePasswordDto'];
export type ManagedUserDto = components['schemas']['ManagedUserDto'];
export type CreateUserDto = components['schemas']['CreateUserDto'];
export type UserWithPasswordDto = components['schemas']['UserWithPasswordDto'];
export type UpdateUserDto = components['schemas']['UpdateUserDto'];
export type OidcSessionDto = components['schemas']['OidcSessionDto'];
export type HealthDto = components['schemas']['HealthDto'];
export type AgencyDto = components['schemas']['AgencyDto'];
export type CreateAgencyDto = components['schemas']['CreateAgencyDto'];
export type UpdateAgencyDto = components['schemas']['UpdateAgencyDto'];
export type CreateCityDto = components['schemas']['CreateCityDto'];
export type DistrictLevel = components['schemas']['DistrictLevel'];
export type DistrictGeometryDto = components['schemas']['DistrictGeometryDto'];
export type DistrictPropertiesDto = components['schemas']['DistrictPropertiesDto'];
export type DistrictFeatureDto = components['schemas']['DistrictFeatureDto'];
export type DistrictCollectionDto = components['schemas']['DistrictCollectionDto'];
export type DistrictImportCrs = components['schemas']['DistrictImportCrs'];
export type ImportedDistrictDto = components['schemas']['ImportedDistrictDto'];
export type RemovedDistrictDto = components['schemas']['RemovedDistrictDto'];
export type DistrictImportWarningDto = components['schemas']['DistrictImportWarningDto'];
export type DistrictImportReportDto = components['schemas']['DistrictImportReportDto'];
export type OfficialAddressDto = components['schemas']['OfficialAddressDto'];
export type AddressImportFormat = components['schemas']['AddressImportFormat'];
export type AddressImportState = components['schemas']['AddressImportState'];
export type AddressImportProblemDto = components['schemas']['AddressImportProblemDto'];
export type AddressImportDto = components['schemas']['AddressImportDto'];
export type KatasterFormat = components['schemas']['KatasterFormat'];
export type KatasterColumnsDto = components['schemas']['KatasterColumnsDto'];
export type KatasterRowOutcome = components['schemas']['KatasterRowOutcome'];
export type DecisionType = components['schemas']['DecisionType'];
export type KatasterRowResultDto = components['schemas']['KatasterRowResultDto'];
export type KatasterProblemSeverity = components['schemas']['KatasterProblemSeverity'];
export type KatasterProblemCode = components['schemas']['KatasterProblemCode'];
export type KatasterProblemDto = components['schemas']['KatasterProblemDto'];
export type KatasterImportReportDto = components['schemas']['KatasterImportReportDto'];
export type KatasterImportDto = components['schemas']['KatasterImportDto'];
export type KatasterMappingDto = components['schemas']['KatasterMappingDto'];
export type SaveKatasterMappingDto = components['schemas']['SaveKatasterMappingDto'];
export type PropertyAddressDto = components['schemas']['PropertyAddressDto'];
export type PropertyStatus = components['schemas']['PropertyStatus'];
export type PropertySummaryDto = components['schemas']['PropertySummaryDto'];
export type PropertyPageDto = components['schemas']['PropertyPageDto'];
export type PropertyOrigin = components['schemas']['PropertyOrigin'];
export type CreatePropertyDto = components['schemas']['CreatePropertyDto'];
export type PropertyDetailDto = components['schemas']['PropertyDetailDto'];
export type UpdatePropertyDto = components['schemas']['UpdatePropertyDto'];
export type TimelineKind = components['schemas']['TimelineKind'];
export type OperationKind = components['schemas']['OperationKind'];
export type OperationTrigger = components['schemas']['OperationTrigger'];
export type FindingCategory = components['schemas']['FindingCategory'];
export type Severity = components['schemas']['Severity'];
export type Visibility = components['schemas']['Visibility'];
export type FindingDto = components['schemas']['FindingDto'];
export type DensityThresholdDto = components['schemas']['DensityThresholdDto'];
export type OccupancyDto = components['schemas']['OccupancyDto'];
export type MeasureType = components['schemas']['MeasureType'];
export type MeasureState = components['schemas']['MeasureState'];
export type MeasureDto = components['schemas']['MeasureDto'];
export type FieldChangeDto = components['schemas']['FieldChangeDto'];
export type AmendmentItemsDto = components['schemas']['AmendmentItemsDto'];
export type AmendmentDto = components['schemas']['AmendmentDto'];
export type OperationDto = components['schemas']['OperationDto'];
export type RehousedDto = components['schemas']['RehousedDto'];
export type DecisionDto = components['schemas']['DecisionDto'];
export type TimelineItemDto = components['schemas']['TimelineItemDto'];
export type TimelineDto = components['schemas']['TimelineDto'];
export type FilePart = components['schemas']['FilePart'];
export type FileReadDto = components['schemas']['FileReadDto'];
export type UnitDto = components['schemas']['UnitDto'];
export type CreateUnitDto = components['schemas']['CreateUnitDto'];
export type PartyKind = components['schemas']['PartyKind'];
export type PartyDto = components['schemas']['PartyDto'];
export type CreatePartyDto = components['schemas']['CreatePartyDto'];
export type UpdatePartyDto = components['schemas']['UpdatePartyDto'];
export type PartyRole = components['schemas']['PartyRole'];
export type PropertyPartyDto = components['schemas']['PropertyPartyDto'];
export type LinkPartyDto = components['schemas']['LinkPartyDto'];
export type FindingInput = components['schemas']['FindingInput'];
export type OccupancyInput = components['schemas']['OccupancyInput'];
export type MeasureInput = components['schemas']['MeasureInput'];
export type CreateOperationDto = components['schemas']['CreateOperationDto'];
export type AmendmentChangesInput = components['schemas']['AmendmentChangesInput'];
export type CreateAmendmentDto = components['schemas']['CreateAmendmentDto'];
export type UpdateMeasureStateDto = components['schemas']['UpdateMeasureStateDto'];
export type RehousedInput = components['schemas']['RehousedInput'];
export type CreateDecisionDto = components['schemas']['CreateDecisionDto'];
export type DecisionRecordedDto = components['schemas']['DecisionRecordedDto'];
export type PointGeometryDto = components['schemas']['PointGeometryDto'];
export type MapFeaturePropertiesDto = components['schemas']['MapFeaturePropertiesDto'];
export type MapFeatureDto = components['schemas']['MapFeatureDto'];
export type StatusCountsDto = components['schemas']['StatusCountsDto'];
export type MapFeatureCollectionDto = components['schemas']['MapFeatureCollectionDto'];
export type DistrictStatusCountsDto = components['schemas']['DistrictStatusCountsDto'];
export type ChoroplethClassDto = components['schemas']['ChoroplethClassDto'];
export type DistrictScalesDto = components['schemas']['DistrictScalesDto'];
export type DistrictStatusOverviewDto = components['schemas']['DistrictStatusOverviewDto'];
export type TilesDto = components['schemas']['TilesDto'];
export type StatusSymbol = components['schemas']['StatusSymbol'];
export type StatusStyleDto = components['schemas']['StatusStyleDto'];
export type SignInOptionsDto = components['schemas']['SignInOptionsDto'];
export type ClientConfigDto = components['schemas']['ClientConfigDto'];
export type ReportPeriodDto = components['schemas']['ReportPeriodDto'];
export type PeriodDto = components['schemas']['PeriodDto'];
export type TopicDto = components['schemas']['TopicDto'];
export type FigureDto = components['schemas']['FigureDto'];
export type SummaryCellDto = components['schemas']['SummaryCellDto'];
export type SummaryRowDto = components['schemas']['SummaryRowDto'];
export type StatusBarDto = components['schemas']['StatusBarDto'];
export type QuarterPointDto = components['schemas']['QuarterPointDto'];
export type RectShapeDto = components['schemas']['RectShapeDto'];
export type LineShapeDto = components['schemas']['LineShapeDto'];
export type PolylineShapeDto = components['schemas']['PolylineShapeDto'];
export type CircleShapeDto = components['schemas']['CircleShapeDto'];
export type PathShapeDto = components['schemas']['PathShapeDto'];
export type TextShapeDto = components['schemas']['TextShapeDto'];
export type SceneDto = components['schemas']['SceneDto'];
export type SummaryScenesDto = components['schemas']['SummaryScenesDto'];
export type SummaryChartsDto = components['schemas']['SummaryChartsDto'];
export type DefinitionDto = components['schemas']['DefinitionDto'];
export type SummaryMethodDto = components['schemas']['SummaryMethodDto'];
export type SummaryDto = components['schemas']['SummaryDto'];
export type $defs = Record<string, never>;
export interface operations {
  AuditController_verify: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditVerificationDto'];
        };
      };
      /** @description Problem details, code unauthorized. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Problem details, code forbidden, password_change_required. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'forbidden' | 'password_change_required';
          };
        };
      };
    };
  };
  AuthController_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoginResponseDto'];
        };
      };
      /** @description Problem details, code validation_failed, malformed_json, empty_body. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'validation_failed' | 'malformed_json' | 'empty_body';
          };
        };
      };
      /** @description Problem details, code unauthorized. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Problem details, code password_login_disabled. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'password_login_disabled';
          };
        };
      };
      /** @description Problem details, code payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'payload_too_large';
          };
        };
      };
      /** @description Problem details, code unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unsupported_media_type';
          };
        };
      };
      /** @description Problem details, code too_many_requests. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'too_many_requests';
          };
        };
      };
    };
  };
  AuthController_changePassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePasswordDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoginResponseDto'];
        };
      };
      /** @description Problem details, code validation_failed, malformed_json, empty_body, idempotency_not_supported. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'validation_failed' | 'malformed_json' | 'empty_body' | 'idempotency_not_supported';
          };
        };
      };
      /** @description Problem details, code unauthorized. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Problem details, code forbidden, password_change_required. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'forbidden' | 'password_change_required';
          };
        };
      };
      /** @description Problem details, code payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'payload_too_large';
          };
        };
      };
      /** @description Problem details, code unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unsupported_media_type';
          };
        };
      };
      /** @description Problem details, code too_many_requests. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'too_many_requests';
          };
        };
      };
    };
  };
  AuthController_logout: {
    parameters: {
      query?: never;
      header?: {
        /** @description A unique value per intended change, e.g. a UUID (draft-ietf-httpapi-idempotency-key-header), kept for 168 hours per user. A repeat with the same key and content answers the first answer again (header Idempotent-Replayed: true) without a second write, waiting while the first is still running (409 request_in_progress after 15 s); the same key with other content answers 422 idempotency_key_reused. A request that failed keeps nothing, so the key may be sent again. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Logged out. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem details, code malformed_json, empty_body, idempotency_key_invalid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'malformed_json' | 'empty_body' | 'idempotency_key_invalid';
          };
        };
      };
      /** @description Problem details, code unauthorized. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Problem details, code forbidden, password_change_required. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'forbidden' | 'password_change_required';
          };
        };
      };
      /** @description Problem details, code request_in_progress. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'request_in_progress';
          };
        };
      };
      /** @description Problem details, code payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'payload_too_large';
          };
        };
      };
      /** @description Problem details, code unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unsupported_media_type';
          };
        };
      };
      /** @description Problem details, code idempotency_key_reused. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'idempotency_key_reused';
          };
        };
      };
    };
  };
  AuthController_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserResponseDto'];
        };
      };
      /** @description Problem details, code unauthorized. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Problem details, code forbidden, password_change_required. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'forbidden' | 'password_change_required';
          };
        };
      };
    };
  };
  UsersController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ManagedUserDto'][];
        };
      };
      /** @description Problem details, code unauthorized. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Problem details, code forbidden, password_change_required. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'forbidden' | 'password_change_required';
          };
        };
      };
    };
  };
  UsersController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUserDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserWithPasswordDto'];
        };
      };
      /** @description Problem details, code validation_failed, malformed_json, empty_body, idempotency_not_supported. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'validation_failed' | 'malformed_json' | 'empty_body' | 'idempotency_not_supported';
          };
        };
      };
      /** @description Problem details, code unauthorized. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Problem details, code forbidden, password_change_required. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'forbidden' | 'password_change_required';
          };
        };
      };
      /** @description Problem details, code duplicate_username. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'duplicate_username';
          };
        };
      };
      /** @description Problem details, code payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'payload_too_large';
          };
        };
      };
      /** @description Problem details, code unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unsupported_media_type';
          };
        };
      };
    };
  };
  UsersController_update: {
    parameters: {
      query?: never;
      header: {
        /** @description The ETag of the version being changed, as GET answered it (e.g. "3"). */
        'If-Match': string;
        /** @description A unique value per intended change, e.g. a UUID (draft-ietf-httpapi-idempotency-key-header), kept for 168 hours per user. A repeat with the same key and content answers the first answer again (header Idempotent-Replayed: true) without a second write, waiting while the first is still running (409 request_in_progress after 15 s); the same key with other content answers 422 idempotency_key_reused. A request that failed keeps nothing, so the key may be sent again. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateUserDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ManagedUserDto'];
        };
      };
      /** @description Problem details, code validation_failed, malformed_json, empty_body, invalid_id, idempotency_key_invalid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'validation_failed' | 'malformed_json' | 'empty_body' | 'invalid_id' | 'idempotency_key_invalid';
          };
        };
      };
      /** @description Problem details, code unauthorized. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Problem details, code forbidden, password_change_required. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'forbidden' | 'password_change_required';
          };
        };
      };
      /** @description Problem details, code user_not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'user_not_found';
          };
        };
      };
      /** @description Problem details, code user_has_drafts, last_admin, request_in_progress. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'user_has_drafts' | 'last_admin' | 'request_in_progress';
          };
        };
      };
      /** @description Problem details, code precondition_failed. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'precondition_failed';
          };
        };
      };
      /** @description Problem details, code payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'payload_too_large';
          };
        };
      };
      /** @description Problem details, code unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unsupported_media_type';
          };
        };
      };
      /** @description Problem details, code idempotency_key_reused. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'idempotency_key_reused';
          };
        };
      };
      /** @description Problem details, code precondition_required. */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'precondition_required';
          };
        };
      };
    };
  };
  UsersController_resetPassword: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserWithPasswordDto'];
        };
      };
      /** @description Problem details, code malformed_json, empty_body, invalid_id, idempotency_not_supported. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'malformed_json' | 'empty_body' | 'invalid_id' | 'idempotency_not_supported';
          };
        };
      };
      /** @description Problem details, code unauthorized. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Problem details, code forbidden, password_change_required. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'forbidden' | 'password_change_required';
          };
        };
      };
      /** @description Problem details, code user_not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'user_not_found';
          };
        };
      };
      /** @description Problem details, code payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'payload_too_large';
          };
        };
      };
      /** @description Problem details, code unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unsupported_media_type';
          };
        };
      };
    };
  };
  OidcController_start: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Location: the provider's sign-in page. */
      302: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem details, code sso_not_configured. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'sso_not_configured';
          };
        };
      };
      /** @description Problem details, code too_many_requests. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'too_many_requests';
          };
        };
      };
      /** @description Problem details, code service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'service_unavailable';
          };
        };
      };
    };
  };
  OidcController_callback: {
    parameters: {
      query?: {
        code?: string;
        state?: string;
        iss?: string;
        session_state?: string;
        error?: string;
        error_description?: string;
        error_uri?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Location: the map client, with the one-time code or the reason of the refusal in the fragment. */
      302: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem details, code sso_not_configured. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'sso_not_configured';
          };
        };
      };
    };
  };
  OidcController_session: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OidcSessionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoginResponseDto'];
        };
      };
      /** @description Problem details, code validation_failed, malformed_json, empty_body. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'validation_failed' | 'malformed_json' | 'empty_body';
          };
        };
      };
      /** @description Problem details, code unauthorized. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Problem details, code sso_not_configured. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'sso_not_configured';
          };
        };
      };
      /** @description Problem details, code payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'payload_too_large';
          };
        };
      };
      /** @description Problem details, code unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unsupported_media_type';
          };
        };
      };
      /** @description Problem details, code too_many_requests. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'too_many_requests';
          };
        };
      };
    };
  };
  HealthController_health: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthDto'];
        };
      };
      /** @description Problem details, code service_unavailable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'service_unavailable';
          };
        };
      };
    };
  };
  AgenciesController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgencyDto'][];
        };
      };
      /** @description Problem details, code unauthorized. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Problem details, code forbidden, password_change_required. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'forbidden' | 'password_change_required';
          };
        };
      };
    };
  };
  AgenciesController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description A unique value per intended change, e.g. a UUID (draft-ietf-httpapi-idempotency-key-header), kept for 168 hours per user. A repeat with the same key and content answers the first answer again (header Idempotent-Replayed: true) without a second write, waiting while the first is still running (409 request_in_progress after 15 s); the same key with other content answers 422 idempotency_key_reused. A request that failed keeps nothing, so the key may be sent again. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateAgencyDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgencyDto'];
        };
      };
      /** @description Problem details, code validation_failed, malformed_json, empty_body, idempotency_key_invalid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'validation_failed' | 'malformed_json' | 'empty_body' | 'idempotency_key_invalid';
          };
        };
      };
      /** @description Problem details, code unauthorized. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Problem details, code forbidden, password_change_required. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'forbidden' | 'password_change_required';
          };
        };
      };
      /** @description Problem details, code duplicate_agency, request_in_progress. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'duplicate_agency' | 'request_in_progress';
          };
        };
      };
      /** @description Problem details, code payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'payload_too_large';
          };
        };
      };
      /** @description Problem details, code unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unsupported_media_type';
          };
        };
      };
      /** @description Problem details, code idempotency_key_reused. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'idempotency_key_reused';
          };
        };
      };
    };
  };
  AgenciesController_update: {
    parameters: {
      query?: never;
      header: {
        /** @description The ETag of the version being changed, as GET answered it (e.g. "3"). */
        'If-Match': string;
        /** @description A unique value per intended change, e.g. a UUID (draft-ietf-httpapi-idempotency-key-header), kept for 168 hours per user. A repeat with the same key and content answers the first answer again (header Idempotent-Replayed: true) without a second write, waiting while the first is still running (409 request_in_progress after 15 s); the same key with other content answers 422 idempotency_key_reused. A request that failed keeps nothing, so the key may be sent again. */
        'Idempotency-Key'?: string;
      };
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateAgencyDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgencyDto'];
        };
      };
      /** @description Problem details, code validation_failed, malformed_json, empty_body, idempotency_key_invalid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'validation_failed' | 'malformed_json' | 'empty_body' | 'idempotency_key_invalid';
          };
        };
      };
      /** @description Problem details, code unauthorized. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Problem details, code forbidden, password_change_required. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'forbidden' | 'password_change_required';
          };
        };
      };
      /** @description Problem details, code agency_not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'agency_not_found';
          };
        };
      };
      /** @description Problem details, code agency_has_active_users, request_in_progress. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'agency_has_active_users' | 'request_in_progress';
          };
        };
      };
      /** @description Problem details, code precondition_failed. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'precondition_failed';
          };
        };
      };
      /** @description Problem details, code payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'payload_too_large';
          };
        };
      };
      /** @description Problem details, code unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unsupported_media_type';
          };
        };
      };
      /** @description Problem details, code idempotency_key_reused. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'idempotency_key_reused';
          };
        };
      };
      /** @description Problem details, code precondition_required. */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'precondition_required';
          };
        };
      };
    };
  };
  CitiesController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CityDto'][];
        };
      };
      /** @description Problem details, code unauthorized. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Problem details, code forbidden, password_change_required. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'forbidden' | 'password_change_required';
          };
        };
      };
    };
  };
  CitiesController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description A unique value per intended change, e.g. a UUID (draft-ietf-httpapi-idempotency-key-header), kept for 168 hours per user. A repeat with the same key and content answers the first answer again (header Idempotent-Replayed: true) without a second write, waiting while the first is still running (409 request_in_progress after 15 s); the same key with other content answers 422 idempotency_key_reused. A request that failed keeps nothing, so the key may be sent again. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCityDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CityDto'];
        };
      };
      /** @description Problem details, code validation_failed, malformed_json, empty_body, idempotency_key_invalid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'validation_failed' | 'malformed_json' | 'empty_body' | 'idempotency_key_invalid';
          };
        };
      };
      /** @description Problem details, code unauthorized. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Problem details, code forbidden, password_change_required. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'forbidden' | 'password_change_required';
          };
        };
      };
      /** @description Problem details, code duplicate_city, request_in_progress. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'duplicate_city' | 'request_in_progress';
          };
        };
      };
      /** @description Problem details, code payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'payload_too_large';
          };
        };
      };
      /** @description Problem details, code unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unsupported_media_type';
          };
        };
      };
      /** @description Problem details, code idempotency_key_reused. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'idempotency_key_reused';
          };
        };
      };
    };
  };
  DistrictsController_list: {
    parameters: {
      query?: {
        level?: components['schemas']['DistrictLevel'];
        /** @description AGS of one city (a Land role sees every city’s outlines without it). */
        city?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DistrictCollectionDto'];
        };
      };
      /** @description Problem details, code validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'validation_failed';
          };
        };
      };
      /** @description Problem details, code unauthorized. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Problem details, code forbidden, password_change_required. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'forbidden' | 'password_change_required';
          };
        };
      };
    };
  };
  DistrictsController_import: {
    parameters: {
      query: {
        /** @description AGS of the city whose districts are replaced: the administrator’s own city if left out. */
        city?: string;
        /** @description EPSG code of the coordinates, where the file does not declare it (GeoJSON `crs`, Shapefile .prj). 4647: UTM 32 with the zone before the easting. */
        crs?: components['schemas']['DistrictImportCrs'];
        /** @description The level of every feature, where the file has no level attribute. */
        level?: components['schemas']['DistrictLevel'];
        /** @description Name of the attribute in the file. */
        codeField?: string;
        /** @description Name of the attribute in the file. */
        nameField?: string;
        /** @description Name of the attribute in the file. */
        levelField?: string;
        /** @description Attribute holding the code of an Ortsteil’s Stadtbezirk. */
        parentField?: string;
        /** @description Source and licence of the outlines, shown wherever they are drawn. */
        attribution: string;
        /** @description true: answer the preview and change nothing. */
        dryRun?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/geo+json': string;
        'application/zip': string;
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DistrictImportReportDto'];
        };
      };
      /** @description Problem details, code validation_failed, malformed_json, empty_body, invalid_upload, invalid_district_feature, idempotency_not_supported. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'validation_failed' | 'malformed_json' | 'empty_body' | 'invalid_upload' | 'invalid_district_feature' | 'idempotency_not_supported';
          };
        };
      };
      /** @description Problem details, code unauthorized. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Problem details, code forbidden, password_change_required. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'forbidden' | 'password_change_required';
          };
        };
      };
      /** @description Problem details, code city_not_set_up. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'city_not_set_up';
          };
        };
      };
      /** @description Problem details, code payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'payload_too_large';
          };
        };
      };
      /** @description Problem details, code unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unsupported_media_type';
          };
        };
      };
    };
  };
  AddressesController_search: {
    parameters: {
      query: {
        /** @description Street (or its beginning), house number with suffix, postcode. */
        q: string;
        /** @description AGS of the city searched: the user’s own if left out; a Land role names one where there are several. */
        city?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OfficialAddressDto'][];
        };
      };
      /** @description Problem details, code validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'validation_failed';
          };
        };
      };
      /** @description Problem details, code unauthorized. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Problem details, code forbidden, password_change_required. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'forbidden' | 'password_change_required';
          };
        };
      };
      /** @description Problem details, code city_not_set_up. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'city_not_set_up';
          };
        };
      };
    };
  };
  AddressesController_import: {
    parameters: {
      query?: {
        /** @description gebref: NRW Gebäudereferenzen (gebref.txt, or the published zip). csv: strasse;hausnummer;zusatz;plz;ort;x;y;epsg of one city. */
        format?: components['schemas']['AddressImportFormat'];
        /** @description AGS of the one municipality to take; required for csv from a Land role, the administrator’s own city otherwise. */
        city?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'text/plain': string;
        'text/csv': string;
        'application/zip': string;
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AddressImportDto'];
        };
      };
      /** @description Problem details, code validation_failed, malformed_json, empty_body, invalid_upload, idempotency_not_supported. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'validation_failed' | 'malformed_json' | 'empty_body' | 'invalid_upload' | 'idempotency_not_supported';
          };
        };
      };
      /** @description Problem details, code unauthorized. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Problem details, code forbidden, password_change_required. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'forbidden' | 'password_change_required';
          };
        };
      };
      /** @description Problem details, code city_not_set_up, address_import_running. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'city_not_set_up' | 'address_import_running';
          };
        };
      };
      /** @description Problem details, code payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'payload_too_large';
          };
        };
      };
      /** @description Problem details, code unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unsupported_media_type';
          };
        };
      };
    };
  };
  AddressesController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AddressImportDto'][];
        };
      };
      /** @description Problem details, code unauthorized. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Problem details, code forbidden, password_change_required. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'forbidden' | 'password_change_required';
          };
        };
      };
    };
  };
  ImportsController_list: {
    parameters: {
      query?: {
        /** @description AGS of the city: the user’s own if left out. */
        city?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KatasterImportDto'][];
        };
      };
      /** @description Problem details, code validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'validation_failed';
          };
        };
      };
      /** @description Problem details, code unauthorized. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Problem details, code forbidden, password_change_required. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'forbidden' | 'password_change_required';
          };
        };
      };
      /** @description Problem details, code city_not_set_up. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'city_not_set_up';
          };
        };
      };
    };
  };
  ImportsController_import: {
    parameters: {
      query?: {
        /** @description AGS of the city: the user’s own if left out. */
        city?: string;
        /** @description The sheet of the workbook to read: the first if left out. */
        sheet?: string;
        /** @description The file’s name, kept with the import. */
        fileName?: string;
        /** @description true: answer the report and change nothing. */
        dryRun?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        'text/csv': string;
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KatasterImportReportDto'];
        };
      };
      /** @description Problem details, code validation_failed, malformed_json, empty_body, invalid_upload, kataster_columns_missing, idempotency_not_supported. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'validation_failed' | 'malformed_json' | 'empty_body' | 'invalid_upload' | 'kataster_columns_missing' | 'idempotency_not_supported';
          };
        };
      };
      /** @description Problem details, code unauthorized. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Problem details, code forbidden, password_change_required. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'forbidden' | 'password_change_required';
          };
        };
      };
      /** @description Problem details, code city_not_set_up, kataster_mapping_not_saved, kataster_import_conflict. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'city_not_set_up' | 'kataster_mapping_not_saved' | 'kataster_import_conflict';
          };
        };
      };
      /** @description Problem details, code payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'payload_too_large';
          };
        };
      };
      /** @description Problem details, code unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unsupported_media_type';
          };
        };
      };
    };
  };
  ImportsController_mapping: {
    parameters: {
      query?: {
        /** @description AGS of the city: the user’s own if left out. */
        city?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KatasterMappingDto'];
        };
      };
      /** @description Problem details, code validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'validation_failed';
          };
        };
      };
      /** @description Problem details, code unauthorized. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Problem details, code forbidden, password_change_required. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'forbidden' | 'password_change_required';
          };
        };
      };
      /** @description Problem details, code city_not_set_up. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'city_not_set_up';
          };
        };
      };
    };
  };
  ImportsController_saveMapping: {
    parameters: {
      query?: {
        /** @description AGS of the city: the user’s own if left out. */
        city?: string;
      };
      header?: {
        /** @description The ETag of the saved columns being changed (from GET); needed once columns are saved. */
        'If-Match'?: string;
        /** @description A unique value per intended change, e.g. a UUID (draft-ietf-httpapi-idempotency-key-header), kept for 168 hours per user. A repeat with the same key and content answers the first answer again (header Idempotent-Replayed: true) without a second write, waiting while the first is still running (409 request_in_progress after 15 s); the same key with other content answers 422 idempotency_key_reused. A request that failed keeps nothing, so the key may be sent again. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SaveKatasterMappingDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KatasterMappingDto'];
        };
      };
      /** @description Problem details, code validation_failed, malformed_json, empty_body, if_match_invalid, idempotency_key_invalid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'validation_failed' | 'malformed_json' | 'empty_body' | 'if_match_invalid' | 'idempotency_key_invalid';
          };
        };
      };
      /** @description Problem details, code unauthorized. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Problem details, code forbidden, password_change_required. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'forbidden' | 'password_change_required';
          };
        };
      };
      /** @description Problem details, code city_not_set_up, request_in_progress. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'city_not_set_up' | 'request_in_progress';
          };
        };
      };
      /** @description Problem details, code precondition_failed. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'precondition_failed';
          };
        };
      };
      /** @description Problem details, code payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'payload_too_large';
          };
        };
      };
      /** @description Problem details, code unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unsupported_media_type';
          };
        };
      };
      /** @description Problem details, code idempotency_key_reused. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'idempotency_key_reused';
          };
        };
      };
      /** @description Problem details, code precondition_required. */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'precondition_required';
          };
        };
      };
    };
  };
  PropertiesController_list: {
    parameters: {
      query?: {
        /** @description Comma-separated statuses. */
        status?: string;
        /** @description Stadtbezirk or Ortsteil id. */
        districtId?: string;
        /** @description Words searched in street, house number and postcode. */
        q?: string;
        limit?: number;
        /** @description nextCursor of the previous page. */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PropertyPageDto'];
        };
      };
      /** @description Problem details, code validation_failed, invalid_cursor. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'validation_failed' | 'invalid_cursor';
          };
        };
      };
      /** @description Problem details, code unauthorized. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Problem details, code forbidden, password_change_required. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'forbidden' | 'password_change_required';
          };
        };
      };
    };
  };
  PropertiesController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description A unique value per intended change, e.g. a UUID (draft-ietf-httpapi-idempotency-key-header), kept for 168 hours per user. A repeat with the same key and content answers the first answer again (header Idempotent-Replayed: true) without a second write, waiting while the first is still running (409 request_in_progress after 15 s); the same key with other content answers 422 idempotency_key_reused. A request that failed keeps nothing, so the key may be sent again. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePropertyDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PropertyDetailDto'];
        };
      };
      /** @description Problem details, code validation_failed, malformed_json, empty_body, unknown_district, idempotency_key_invalid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'validation_failed' | 'malformed_json' | 'empty_body' | 'unknown_district' | 'idempotency_key_invalid';
          };
        };
      };
      /** @description Problem details, code unauthorized. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Problem details, code forbidden, password_change_required. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'forbidden' | 'password_change_required';
          };
        };
      };
      /** @description Problem details, code duplicate_address, city_not_set_up, request_in_progress. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'duplicate_address' | 'city_not_set_up' | 'request_in_progress';
          };
        };
      };
      /** @description Problem details, code payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'payload_too_large';
          };
        };
      };
      /** @description Problem details, code unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unsupported_media_type';
          };
        };
      };
      /** @description Problem details, code idempotency_key_reused. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'idempotency_key_reused';
          };
        };
      };
    };
  };
  PropertiesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PropertyDetailDto'];
        };
      };
      /** @description Problem details, code invalid_id. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'invalid_id';
          };
        };
      };
      /** @description Problem details, code unauthorized. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Problem details, code forbidden, password_change_required. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'forbidden' | 'password_change_required';
          };
        };
      };
      /** @description Problem details, code property_not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'property_not_found';
          };
        };
      };
    };
  };
  PropertiesController_update: {
    parameters: {
      query?: never;
      header: {
        /** @description The ETag of the version being changed, as GET answered it (e.g. "3"). */
        'If-Match': string;
        /** @description A unique value per intended change, e.g. a UUID (draft-ietf-httpapi-idempotency-key-header), kept for 168 hours per user. A repeat with the same key and content answers the first answer again (header Idempotent-Replayed: true) without a second write, waiting while the first is still running (409 request_in_progress after 15 s); the same key with other content answers 422 idempotency_key_reused. A request that failed keeps nothing, so the key may be sent again. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdatePropertyDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PropertyDetailDto'];
        };
      };
      /** @description Problem details, code validation_failed, malformed_json, empty_body, invalid_id, unknown_district, idempotency_key_invalid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'validation_failed' | 'malformed_json' | 'empty_body' | 'invalid_id' | 'unknown_district' | 'idempotency_key_invalid';
          };
        };
      };
      /** @description Problem details, code unauthorized. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Problem details, code forbidden, password_change_required. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'forbidden' | 'password_change_required';
          };
        };
      };
      /** @description Problem details, code property_not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'property_not_found';
          };
        };
      };
      /** @description Problem details, code duplicate_address, request_in_progress. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'duplicate_address' | 'request_in_progress';
          };
        };
      };
      /** @description Problem details, code precondition_failed. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'precondition_failed';
          };
        };
      };
      /** @description Problem details, code payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'payload_too_large';
          };
        };
      };
      /** @description Problem details, code unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unsupported_media_type';
          };
        };
      };
      /** @description Problem details, code idempotency_key_reused. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'idempotency_key_reused';
          };
        };
      };
      /** @description Problem details, code precondition_required. */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'precondition_required';
          };
        };
      };
    };
  };
  PropertiesController_getTimeline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TimelineDto'];
        };
      };
      /** @description Problem details, code invalid_id. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'invalid_id';
          };
        };
      };
      /** @description Problem details, code unauthorized. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Problem details, code forbidden, password_change_required. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'forbidden' | 'password_change_required';
          };
        };
      };
      /** @description Problem details, code property_not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'property_not_found';
          };
        };
      };
    };
  };
  PropertiesController_listReads: {
    parameters: {
      query?: {
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FileReadDto'][];
        };
      };
      /** @description Problem details, code validation_failed, invalid_id. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'validation_failed' | 'invalid_id';
          };
        };
      };
      /** @description Problem details, code unauthorized. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Problem details, code forbidden, password_change_required. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'forbidden' | 'password_change_required';
          };
        };
      };
      /** @description Problem details, code property_not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'property_not_found';
          };
        };
      };
    };
  };
  PropertiesController_listUnits: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnitDto'][];
        };
      };
      /** @description Problem details, code invalid_id. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'invalid_id';
          };
        };
      };
      /** @description Problem details, code unauthorized. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Problem details, code forbidden, password_change_required. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'forbidden' | 'password_change_required';
          };
        };
      };
      /** @description Problem details, code property_not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'property_not_found';
          };
        };
      };
    };
  };
  PropertiesController_createUnit: {
    parameters: {
      query?: never;
      header?: {
        /** @description A unique value per intended change, e.g. a UUID (draft-ietf-httpapi-idempotency-key-header), kept for 168 hours per user. A repeat with the same key and content answers the first answer again (header Idempotent-Replayed: true) without a second write, waiting while the first is still running (409 request_in_progress after 15 s); the same key with other content answers 422 idempotency_key_reused. A request that failed keeps nothing, so the key may be sent again. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUnitDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnitDto'];
        };
      };
      /** @description Problem details, code validation_failed, malformed_json, empty_body, invalid_id, idempotency_key_invalid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'validation_failed' | 'malformed_json' | 'empty_body' | 'invalid_id' | 'idempotency_key_invalid';
          };
        };
      };
      /** @description Problem details, code unauthorized. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Problem details, code forbidden, password_change_required. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'forbidden' | 'password_change_required';
          };
        };
      };
      /** @description Problem details, code property_not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'property_not_found';
          };
        };
      };
      /** @description Problem details, code duplicate_unit_label, request_in_progress. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'duplicate_unit_label' | 'request_in_progress';
          };
        };
      };
      /** @description Problem details, code payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'payload_too_large';
          };
        };
      };
      /** @description Problem details, code unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unsupported_media_type';
          };
        };
      };
      /** @description Problem details, code idempotency_key_reused. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'idempotency_key_reused';
          };
        };
      };
    };
  };
  PartiesController_search: {
    parameters: {
      query?: {
        /** @description Part of the name or of an alias, any case. */
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PartyDto'][];
        };
      };
      /** @description Problem details, code validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'validation_failed';
          };
        };
      };
      /** @description Problem details, code unauthorized. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Problem details, code forbidden, password_change_required. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'forbidden' | 'password_change_required';
          };
        };
      };
    };
  };
  PartiesController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description A unique value per intended change, e.g. a UUID (draft-ietf-httpapi-idempotency-key-header), kept for 168 hours per user. A repeat with the same key and content answers the first answer again (header Idempotent-Replayed: true) without a second write, waiting while the first is still running (409 request_in_progress after 15 s); the same key with other content answers 422 idempotency_key_reused. A request that failed keeps nothing, so the key may be sent again. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePartyDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PartyDto'];
        };
      };
      /** @description Problem details, code validation_failed, malformed_json, empty_body, idempotency_key_invalid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'validation_failed' | 'malformed_json' | 'empty_body' | 'idempotency_key_invalid';
          };
        };
      };
      /** @description Problem details, code unauthorized. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Problem details, code forbidden, password_change_required. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'forbidden' | 'password_change_required';
          };
        };
      };
      /** @description Problem details, code request_in_progress. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'request_in_progress';
          };
        };
      };
      /** @description Problem details, code payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'payload_too_large';
          };
        };
      };
      /** @description Problem details, code unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unsupported_media_type';
          };
        };
      };
      /** @description Problem details, code idempotency_key_reused. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'idempotency_key_reused';
          };
        };
      };
    };
  };
  PartiesController_update: {
    parameters: {
      query?: never;
      header: {
        /** @description The ETag of the version being changed, as GET answered it (e.g. "3"). */
        'If-Match': string;
        /** @description A unique value per intended change, e.g. a UUID (draft-ietf-httpapi-idempotency-key-header), kept for 168 hours per user. A repeat with the same key and content answers the first answer again (header Idempotent-Replayed: true) without a second write, waiting while the first is still running (409 request_in_progress after 15 s); the same key with other content answers 422 idempotency_key_reused. A request that failed keeps nothing, so the key may be sent again. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdatePartyDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PartyDto'];
        };
      };
      /** @description Problem details, code validation_failed, malformed_json, empty_body, invalid_id, idempotency_key_invalid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'validation_failed' | 'malformed_json' | 'empty_body' | 'invalid_id' | 'idempotency_key_invalid';
          };
        };
      };
      /** @description Problem details, code unauthorized. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Problem details, code forbidden, password_change_required. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'forbidden' | 'password_change_required';
          };
        };
      };
      /** @description Problem details, code party_not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'party_not_found';
          };
        };
      };
      /** @description Problem details, code request_in_progress. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'request_in_progress';
          };
        };
      };
      /** @description Problem details, code precondition_failed. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'precondition_failed';
          };
        };
      };
      /** @description Problem details, code payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'payload_too_large';
          };
        };
      };
      /** @description Problem details, code unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unsupported_media_type';
          };
        };
      };
      /** @description Problem details, code idempotency_key_reused. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'idempotency_key_reused';
          };
        };
      };
      /** @description Problem details, code precondition_required. */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'precondition_required';
          };
        };
      };
    };
  };
  PartiesController_listForProperty: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PropertyPartyDto'][];
        };
      };
      /** @description Problem details, code invalid_id. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'invalid_id';
          };
        };
      };
      /** @description Problem details, code unauthorized. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Problem details, code forbidden, password_change_required. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'forbidden' | 'password_change_required';
          };
        };
      };
      /** @description Problem details, code property_not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'property_not_found';
          };
        };
      };
    };
  };
  PartiesController_link: {
    parameters: {
      query?: never;
      header?: {
        /** @description A unique value per intended change, e.g. a UUID (draft-ietf-httpapi-idempotency-key-header), kept for 168 hours per user. A repeat with the same key and content answers the first answer again (header Idempotent-Replayed: true) without a second write, waiting while the first is still running (409 request_in_progress after 15 s); the same key with other content answers 422 idempotency_key_reused. A request that failed keeps nothing, so the key may be sent again. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LinkPartyDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PropertyPartyDto'];
        };
      };
      /** @description Problem details, code validation_failed, malformed_json, empty_body, invalid_id, unknown_party, idempotency_key_invalid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'validation_failed' | 'malformed_json' | 'empty_body' | 'invalid_id' | 'unknown_party' | 'idempotency_key_invalid';
          };
        };
      };
      /** @description Problem details, code unauthorized. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Problem details, code forbidden, password_change_required. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'forbidden' | 'password_change_required';
          };
        };
      };
      /** @description Problem details, code property_not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'property_not_found';
          };
        };
      };
      /** @description Problem details, code duplicate, request_in_progress. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'duplicate' | 'request_in_progress';
          };
        };
      };
      /** @description Problem details, code payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'payload_too_large';
          };
        };
      };
      /** @description Problem details, code unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unsupported_media_type';
          };
        };
      };
      /** @description Problem details, code idempotency_key_reused. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'idempotency_key_reused';
          };
        };
      };
    };
  };
  OperationsController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description A unique value per intended change, e.g. a UUID (draft-ietf-httpapi-idempotency-key-header), kept for 168 hours per user. A repeat with the same key and content answers the first answer again (header Idempotent-Replayed: true) without a second write, waiting while the first is still running (409 request_in_progress after 15 s); the same key with other content answers 422 idempotency_key_reused. A request that failed keeps nothing, so the key may be sent again. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateOperationDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OperationDto'];
        };
      };
      /** @description Problem details, code validation_failed, malformed_json, empty_body, unknown_agency, idempotency_key_invalid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'validation_failed' | 'malformed_json' | 'empty_body' | 'unknown_agency' | 'idempotency_key_invalid';
          };
        };
      };
      /** @description Problem details, code unauthorized. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Problem details, code forbidden, password_change_required. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'forbidden' | 'password_change_required';
          };
        };
      };
      /** @description Problem details, code request_in_progress. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'request_in_progress';
          };
        };
      };
      /** @description Problem details, code payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'payload_too_large';
          };
        };
      };
      /** @description Problem details, code unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unsupported_media_type';
          };
        };
      };
      /** @description Problem details, code idempotency_key_reused. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'idempotency_key_reused';
          };
        };
      };
    };
  };
  OperationsController_findOne: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OperationDto'];
        };
      };
      /** @description Problem details, code invalid_id. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'invalid_id';
          };
        };
      };
      /** @description Problem details, code unauthorized. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Problem details, code forbidden, password_change_required. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'forbidden' | 'password_change_required';
          };
        };
      };
      /** @description Problem details, code operation_not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'operation_not_found';
          };
        };
      };
    };
  };
  OperationsController_update: {
    parameters: {
      query?: never;
      header: {
        /** @description The ETag of the version being changed, as GET answered it (e.g. "3"). */
        'If-Match': string;
        /** @description A unique value per intended change, e.g. a UUID (draft-ietf-httpapi-idempotency-key-header), kept for 168 hours per user. A repeat with the same key and content answers the first answer again (header Idempotent-Replayed: true) without a second write, waiting while the first is still running (409 request_in_progress after 15 s); the same key with other content answers 422 idempotency_key_reused. A request that failed keeps nothing, so the key may be sent again. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateOperationDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OperationDto'];
        };
      };
      /** @description Problem details, code validation_failed, malformed_json, empty_body, invalid_id, unknown_agency, idempotency_key_invalid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'validation_failed' | 'malformed_json' | 'empty_body' | 'invalid_id' | 'unknown_agency' | 'idempotency_key_invalid';
          };
        };
      };
      /** @description Problem details, code unauthorized. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Problem details, code forbidden, password_change_required. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'forbidden' | 'password_change_required';
          };
        };
      };
      /** @description Problem details, code operation_not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'operation_not_found';
          };
        };
      };
      /** @description Problem details, code operation_not_draft, request_in_progress. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'operation_not_draft' | 'request_in_progress';
          };
        };
      };
      /** @description Problem details, code precondition_failed. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'precondition_failed';
          };
        };
      };
      /** @description Problem details, code payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'payload_too_large';
          };
        };
      };
      /** @description Problem details, code unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unsupported_media_type';
          };
        };
      };
      /** @description Problem details, code idempotency_key_reused. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'idempotency_key_reused';
          };
        };
      };
      /** @description Problem details, code precondition_required. */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'precondition_required';
          };
        };
      };
    };
  };
  OperationsController_submit: {
    parameters: {
      query?: never;
      header?: {
        /** @description A unique value per intended change, e.g. a UUID (draft-ietf-httpapi-idempotency-key-header), kept for 168 hours per user. A repeat with the same key and content answers the first answer again (header Idempotent-Replayed: true) without a second write, waiting while the first is still running (409 request_in_progress after 15 s); the same key with other content answers 422 idempotency_key_reused. A request that failed keeps nothing, so the key may be sent again. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OperationDto'];
        };
      };
      /** @description Problem details, code malformed_json, empty_body, invalid_id, idempotency_key_invalid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'malformed_json' | 'empty_body' | 'invalid_id' | 'idempotency_key_invalid';
          };
        };
      };
      /** @description Problem details, code unauthorized. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Problem details, code forbidden, password_change_required. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'forbidden' | 'password_change_required';
          };
        };
      };
      /** @description Problem details, code operation_not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'operation_not_found';
          };
        };
      };
      /** @description Problem details, code operation_not_draft, request_in_progress. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'operation_not_draft' | 'request_in_progress';
          };
        };
      };
      /** @description Problem details, code payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'payload_too_large';
          };
        };
      };
      /** @description Problem details, code unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unsupported_media_type';
          };
        };
      };
      /** @description Problem details, code idempotency_key_reused. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'idempotency_key_reused';
          };
        };
      };
    };
  };
  OperationsController_amend: {
    parameters: {
      query?: never;
      header?: {
        /** @description A unique value per intended change, e.g. a UUID (draft-ietf-httpapi-idempotency-key-header), kept for 168 hours per user. A repeat with the same key and content answers the first answer again (header Idempotent-Replayed: true) without a second write, waiting while the first is still running (409 request_in_progress after 15 s); the same key with other content answers 422 idempotency_key_reused. A request that failed keeps nothing, so the key may be sent again. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateAmendmentDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AmendmentDto'];
        };
      };
      /** @description Problem details, code validation_failed, malformed_json, empty_body, invalid_id, empty_amendment, idempotency_key_invalid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'validation_failed' | 'malformed_json' | 'empty_body' | 'invalid_id' | 'empty_amendment' | 'idempotency_key_invalid';
          };
        };
      };
      /** @description Problem details, code unauthorized. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Problem details, code forbidden, password_change_required. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'forbidden' | 'password_change_required';
          };
        };
      };
      /** @description Problem details, code operation_not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'operation_not_found';
          };
        };
      };
      /** @description Problem details, code operation_not_submitted, request_in_progress. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'operation_not_submitted' | 'request_in_progress';
          };
        };
      };
      /** @description Problem details, code payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'payload_too_large';
          };
        };
      };
      /** @description Problem details, code unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unsupported_media_type';
          };
        };
      };
      /** @description Problem details, code idempotency_key_reused. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'idempotency_key_reused';
          };
        };
      };
    };
  };
  OperationsController_listForProperty: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OperationDto'][];
        };
      };
      /** @description Problem details, code invalid_id. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'invalid_id';
          };
        };
      };
      /** @description Problem details, code unauthorized. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Problem details, code forbidden, password_change_required. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'forbidden' | 'password_change_required';
          };
        };
      };
      /** @description Problem details, code property_not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'property_not_found';
          };
        };
      };
    };
  };
  MeasuresController_updateState: {
    parameters: {
      query?: never;
      header: {
        /** @description The ETag of the version being changed, as GET answered it (e.g. "3"). */
        'If-Match': string;
        /** @description A unique value per intended change, e.g. a UUID (draft-ietf-httpapi-idempotency-key-header), kept for 168 hours per user. A repeat with the same key and content answers the first answer again (header Idempotent-Replayed: true) without a second write, waiting while the first is still running (409 request_in_progress after 15 s); the same key with other content answers 422 idempotency_key_reused. A request that failed keeps nothing, so the key may be sent again. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateMeasureStateDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeasureDto'];
        };
      };
      /** @description Problem details, code validation_failed, malformed_json, empty_body, invalid_id, idempotency_key_invalid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'validation_failed' | 'malformed_json' | 'empty_body' | 'invalid_id' | 'idempotency_key_invalid';
          };
        };
      };
      /** @description Problem details, code unauthorized. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Problem details, code forbidden, password_change_required. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'forbidden' | 'password_change_required';
          };
        };
      };
      /** @description Problem details, code measure_not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'measure_not_found';
          };
        };
      };
      /** @description Problem details, code measure_withdrawn, operation_not_submitted, request_in_progress. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'measure_withdrawn' | 'operation_not_submitted' | 'request_in_progress';
          };
        };
      };
      /** @description Problem details, code precondition_failed. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'precondition_failed';
          };
        };
      };
      /** @description Problem details, code payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'payload_too_large';
          };
        };
      };
      /** @description Problem details, code unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unsupported_media_type';
          };
        };
      };
      /** @description Problem details, code idempotency_key_reused. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'idempotency_key_reused';
          };
        };
      };
      /** @description Problem details, code precondition_required. */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'precondition_required';
          };
        };
      };
    };
  };
  FindingsController_release: {
    parameters: {
      query?: never;
      header?: {
        /** @description A unique value per intended change, e.g. a UUID (draft-ietf-httpapi-idempotency-key-header), kept for 168 hours per user. A repeat with the same key and content answers the first answer again (header Idempotent-Replayed: true) without a second write, waiting while the first is still running (409 request_in_progress after 15 s); the same key with other content answers 422 idempotency_key_reused. A request that failed keeps nothing, so the key may be sent again. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FindingDto'];
        };
      };
      /** @description Problem details, code malformed_json, empty_body, invalid_id, idempotency_key_invalid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'malformed_json' | 'empty_body' | 'invalid_id' | 'idempotency_key_invalid';
          };
        };
      };
      /** @description Problem details, code unauthorized. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Problem details, code forbidden, password_change_required. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'forbidden' | 'password_change_required';
          };
        };
      };
      /** @description Problem details, code finding_not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'finding_not_found';
          };
        };
      };
      /** @description Problem details, code finding_withdrawn, operation_not_submitted, request_in_progress. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'finding_withdrawn' | 'operation_not_submitted' | 'request_in_progress';
          };
        };
      };
      /** @description Problem details, code payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'payload_too_large';
          };
        };
      };
      /** @description Problem details, code unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unsupported_media_type';
          };
        };
      };
      /** @description Problem details, code idempotency_key_reused. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'idempotency_key_reused';
          };
        };
      };
    };
  };
  DecisionsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DecisionDto'][];
        };
      };
      /** @description Problem details, code invalid_id. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'invalid_id';
          };
        };
      };
      /** @description Problem details, code unauthorized. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Problem details, code forbidden, password_change_required. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'forbidden' | 'password_change_required';
          };
        };
      };
      /** @description Problem details, code property_not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'property_not_found';
          };
        };
      };
    };
  };
  DecisionsController_record: {
    parameters: {
      query?: never;
      header?: {
        /** @description A unique value per intended change, e.g. a UUID (draft-ietf-httpapi-idempotency-key-header), kept for 168 hours per user. A repeat with the same key and content answers the first answer again (header Idempotent-Replayed: true) without a second write, waiting while the first is still running (409 request_in_progress after 15 s); the same key with other content answers 422 idempotency_key_reused. A request that failed keeps nothing, so the key may be sent again. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateDecisionDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DecisionRecordedDto'];
        };
      };
      /** @description Problem details, code validation_failed, malformed_json, empty_body, invalid_id, idempotency_key_invalid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'validation_failed' | 'malformed_json' | 'empty_body' | 'invalid_id' | 'idempotency_key_invalid';
          };
        };
      };
      /** @description Problem details, code unauthorized. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Problem details, code forbidden, password_change_required. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'forbidden' | 'password_change_required';
          };
        };
      };
      /** @description Problem details, code property_not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'property_not_found';
          };
        };
      };
      /** @description Problem details, code decision_not_allowed, declaration_requires_serious_finding, lifting_requires_acceptance_inspection, lifting_blocked_by_danger_finding, decision_before_current_status, request_in_progress. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?:
              | 'decision_not_allowed'
              | 'declaration_requires_serious_finding'
              | 'lifting_requires_acceptance_inspection'
              | 'lifting_blocked_by_danger_finding'
              | 'decision_before_current_status'
              | 'request_in_progress';
          };
        };
      };
      /** @description Problem details, code payload_too_large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'payload_too_large';
          };
        };
      };
      /** @description Problem details, code unsupported_media_type. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unsupported_media_type';
          };
        };
      };
      /** @description Problem details, code idempotency_key_reused. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'idempotency_key_reused';
          };
        };
      };
    };
  };
  MapController_features: {
    parameters: {
      query: {
        /** @description west,south,east,north (WGS84) */
        bbox: string;
        zoom: number;
        /** @description Comma-separated statuses */
        status?: string[];
        /** @description Id of a Stadtbezirk or Ortsteil */
        district?: string;
        /** @description Agency code: properties with a submitted operation this agency took part in */
        agency?: string;
        /** @description Submitted operations on or after this day */
        from?: string;
        /** @description Submitted operations on or before this day */
        to?: string;
        /** @description Only properties with an open measure you may see */
        openMeasures?: boolean;
        /** @description Only properties with an occupancy count under the m² per person threshold */
        overThreshold?: boolean;
        /** @description Only properties whose address no official address of their city has (addressMatch unmatched) */
        addressUnmatched?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MapFeatureCollectionDto'];
        };
      };
      /** @description Problem details, code validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'validation_failed';
          };
        };
      };
      /** @description Problem details, code unauthorized. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Problem details, code forbidden, password_change_required. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'forbidden' | 'password_change_required';
          };
        };
      };
    };
  };
  MapController_districts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DistrictStatusOverviewDto'];
        };
      };
      /** @description Problem details, code unauthorized. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Problem details, code forbidden, password_change_required. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'forbidden' | 'password_change_required';
          };
        };
      };
    };
  };
  MapController_clientConfig: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClientConfigDto'];
        };
      };
    };
  };
  SummariesController_summary: {
    parameters: {
      query: {
        /** @description First day of the period (inclusive). */
        from: string;
        /** @description Last day of the period (inclusive); the reference day for status and cumulative figures. */
        to: string;
        /** @description AGS of the city summarised: the user's own; a Land role names one where several are set up. */
        city?: string;
        /** @description Show one Stadtbezirk (and the city total). */
        district?: string;
        format?: 'json' | 'csv' | 'html' | 'pdf';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description JSON by default; CSV (semicolons, UTF-8 with BOM, decimal comma), printable HTML or PDF with format=. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SummaryDto'];
          'text/csv': components['schemas']['SummaryDto'];
          'text/html': components['schemas']['SummaryDto'];
          'application/pdf': components['schemas']['SummaryDto'];
        };
      };
      /** @description Problem details, code validation_failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'validation_failed';
          };
        };
      };
      /** @description Problem details, code unauthorized. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Problem details, code forbidden, password_change_required. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'forbidden' | 'password_change_required';
          };
        };
      };
      /** @description Problem details, code district_not_found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'district_not_found';
          };
        };
      };
    };
  };
}
type FlattenedDeepRequired<T> = {
  [K in keyof T]-?: FlattenedDeepRequired<T[K] extends unknown[] | undefined | null ? Extract<T[K], unknown[]>[number] : T[K]>;
};
type ReadonlyArray<T> = [Exclude<T, undefined>] extends [unknown[]] ? Readonly<Exclude<T, undefined>> : Readonly<Exclude<T, undefined>[]>;
export const chainBreakValues: ReadonlyArray<FlattenedDeepRequired<components>['schemas']['ChainBreak']> = [
  'sequence_gap',
  'previous_hash_mismatch',
  'hash_mismatch',
];
export const roleValues: ReadonlyArray<FlattenedDeepRequired<components>['schemas']['Role']> = ['inspector', 'lead', 'council', 'admin'];
export const landValues: ReadonlyArray<FlattenedDeepRequired<components>['schemas']['Land']> = ['NW', 'HE'];
export const districtLevelValues: ReadonlyArray<FlattenedDeepRequired<components>['schemas']['DistrictLevel']> = ['bezirk', 'ortsteil'];
export const districtImportCrsValues: ReadonlyArray<FlattenedDeepRequired<components>['schemas']['DistrictImportCrs']> = [
  '4326',
  '25832',
  '4647',
  '31466',
  '31467',
];
export const addressImportFormatValues: ReadonlyArray<FlattenedDeepRequired<components>['schemas']['AddressImportFormat']> = ['gebref', 'csv'];
export const addressImportStateValues: ReadonlyArray<FlattenedDeepRequired<components>['schemas']['AddressImportState']> = ['running', 'done', 'failed'];
export const katasterFormatValues: ReadonlyArray<FlattenedDeepRequired<components>['schemas']['KatasterFormat']> = ['xlsx', 'csv'];
export const katasterRowOutcomeValues: ReadonlyArray<FlattenedDeepRequired<components>['schemas']['KatasterRowOutcome']> = ['new', 'existing', 'rejected'];
export const decisionTypeValues: ReadonlyArray<FlattenedDeepRequired<components>['schemas']['DecisionType']> = [
  'declare_uninhabitable',
  'renovation_started',
  'declaration_lifted',
  'relet',
  'close',
  'reopen',
];
export const katasterProblemSeverityValues: ReadonlyArray<FlattenedDeepRequired<components>['schemas']['KatasterProblemSeverity']> = ['error', 'warning'];
export const katasterProblemCodeValues: ReadonlyArray<FlattenedDeepRequired<components>['schemas']['KatasterProblemCode']> = [
  'required',
  'columnMissing',
  'columnUsedTwice',
  'tooLong',
  'controlCharacters',
  'invalidDate',
  'notInFuture',
  'invalidNumber',
  'invalidCoordinate',
  'coordinatePair',
  'invalidHouseNumber',
  'invalidPostcode',
  'requiresDeclaration',
  'requiresPersonsAffected',
  'notAbovePersonsAffected',
  'requiresClosedOn',
  'decisionOrder',
  'fileReferenceInNote',
  'duplicateRow',
  'addressNotFound',
  'officialWithoutSuffix',
  'severalOfficialPoints',
  'coordinatesDiffer',
  'districtDiffers',
  'alreadyRecorded',
];
export const propertyStatusValues: ReadonlyArray<FlattenedDeepRequired<components>['schemas']['PropertyStatus']> = [
  'suspected',
  'inspected',
  'uninhabitable',
  'renovation',
  'released',
  'relet',
  'closed',
];
export const propertyOriginValues: ReadonlyArray<FlattenedDeepRequired<components>['schemas']['PropertyOrigin']> = [
  'complaint',
  'tip',
  'register_anomaly',
  'utility_disconnection',
  'police',
  'field',
  'import',
  'other',
];
export const timelineKindValues: ReadonlyArray<FlattenedDeepRequired<components>['schemas']['TimelineKind']> = [
  'operation',
  'measure',
  'amendment',
  'decision',
];
export const operationKindValues: ReadonlyArray<FlattenedDeepRequired<components>['schemas']['OperationKind']> = [
  'joint_inspection',
  'registration_check',
  'follow_up',
  'acceptance_inspection',
];
export const operationTriggerValues: ReadonlyArray<FlattenedDeepRequired<components>['schemas']['OperationTrigger']> = [
  'complaint',
  'youth_office_tip',
  'utility_disconnection',
  'earlier_finding',
  'register_anomaly',
  'police_report',
  'fire_service_report',
  'routine',
  'other',
];
export const findingCategoryValues: ReadonlyArray<FlattenedDeepRequired<components>['schemas']['FindingCategory']> = [
  'electricity',
  'heating',
  'water_sanitation',
  'cooking_lighting_connections',
  'weather_damp_protection',
  'room_size',
  'ventilation_daylight',
  'fire_safety',
  'structural_safety',
  'vermin',
  'waste',
  'unapproved_use',
  'overcrowding',
  'child_welfare',
  'other',
];
export const severityValues: ReadonlyArray<FlattenedDeepRequired<components>['schemas']['Severity']> = ['minor', 'major', 'danger'];
export const visibilityValues: ReadonlyArray<FlattenedDeepRequired<components>['schemas']['Visibility']> = ['taskforce', 'agency'];
export const measureTypeValues: ReadonlyArray<FlattenedDeepRequired<components>['schemas']['MeasureType']> = [
  'repair_order',
  'use_prohibition',
  'deregistration_ex_officio',
  'registration_request',
  'fine_proceedings',
  'electricity_blocked',
  'benefit_case',
  'referral',
  'towing',
  'waste_removal',
  'child_protection',
  'other',
];
export const measureStateValues: ReadonlyArray<FlattenedDeepRequired<components>['schemas']['MeasureState']> = ['open', 'done', 'cancelled'];
export const filePartValues: ReadonlyArray<FlattenedDeepRequired<components>['schemas']['FilePart']> = [
  'detail',
  'timeline',
  'operations',
  'operation',
  'units',
  'parties',
];
export const partyKindValues: ReadonlyArray<FlattenedDeepRequired<components>['schemas']['PartyKind']> = ['person', 'company'];
export const partyRoleValues: ReadonlyArray<FlattenedDeepRequired<components>['schemas']['PartyRole']> = ['owner', 'manager', 'landlord'];
export const statusSymbolValues: ReadonlyArray<FlattenedDeepRequired<components>['schemas']['StatusSymbol']> = [
  'circle',
  'triangle',
  'diamond',
  'ring',
  'square',
];
