/** DESIGN §4: every role and what it may do, in one place. */
export const ROLES = ['inspector', 'lead', 'council', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'property:read',
  'property:write',
  'map:read',
  'operation:file',
  'operation:amend-own',
  'operation:amend-any',
  'decision:create',
  'finding:release',
  'party:read',
  'party:write',
  'measure:update',
  'export:read',
  'summary:read',
  'district-view:read',
  'reference:read',
  'audit:verify',
  'file-read:list',
  'user:manage',
  'agency:manage',
  'city:manage',
  'district:manage',
  'address:manage',
  'kataster:import',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const INSPECTOR: readonly Permission[] = [
  'property:read',
  'map:read',
  'operation:file',
  'operation:amend-own',
  'measure:update',
  'district-view:read',
  'reference:read',
];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  inspector: INSPECTOR,
  lead: [
    ...INSPECTOR,
    'property:write',
    'operation:amend-any',
    'decision:create',
    'finding:release',
    'party:read',
    'party:write',
    'export:read',
    'summary:read',
    'audit:verify',
    'file-read:list',
    'kataster:import',
  ],
  // Summaries and the district-level view only: no addresses, parties or per-building data.
  council: ['summary:read', 'district-view:read', 'reference:read'],
  // Administration without case data.
  // The Kataster import brings a city's existing case list in once, whoever of the two sets the city up.
  admin: [
    'user:manage',
    'agency:manage',
    'city:manage',
    'district:manage',
    'address:manage',
    'kataster:import',
    'reference:read',
    'audit:verify',
    'file-read:list',
  ],
};

export function hasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
