import { AGENCY_CATALOGUE } from '../../src/agencies/agency-catalogue.js';
import { MEASURE_TYPES } from '../../src/operations/measure.entity.js';
import { OPERATION_KINDS } from '../../src/operations/operation.entity.js';
import { PROPERTY_STATUSES } from '../../src/properties/property-status.js';

/** Hand-counted figures of summary-scenario.ts; every key not listed is 0 (counts) or null (fewer than 3 cases for quartiles, nothing to average). */

export const FIGURE_KEYS = [
  'buildings.known',
  'buildings.inspectedInPeriod',
  'buildings.inspectedEver',
  ...PROPERTY_STATUSES.map((s) => `status.${s}`),
  'operations.total',
  ...OPERATION_KINDS.map((k) => `operations.${k}`),
  'operations.agenciesPerOperation',
  'operations.withInterpreter',
  ...['declared', 'renovationStarted', 'lifted', 'relet', 'closed'].map((k) => `inPeriod.${k}`),
  ...['declared', 'renovationStarted', 'lifted', 'reletAfterDeclaration', 'closed'].map((k) => `sinceStart.${k}`),
  ...['daysToLifted', 'daysToRelet'].flatMap((k) => ['cases', 'q1', 'median', 'q3'].map((s) => `${k}.${s}`)),
  ...['affected', 'children', 'shelter', 'owner', 'self', 'unknown'].map((k) => `persons.${k}`),
  ...['personsRegistered', 'personsFound', 'deregistered', 'registrationRequests'].map((k) => `registration.${k}`),
  'measures.total',
  ...MEASURE_TYPES.map((t) => `measures.type.${t}`),
  'measures.overdue',
  ...AGENCY_CATALOGUE.filter((a) => a.taskforce).map((a) => `measures.agency.${a.code}`),
];

const NULL_WHEN_EMPTY = ['operations.agenciesPerOperation', ...['daysToLifted', 'daysToRelet'].flatMap((k) => ['q1', 'median', 'q3'].map((s) => `${k}.${s}`))];

export function expected(values: Record<string, number>): Record<string, number | null> {
  return Object.fromEntries(FIGURE_KEYS.map((k) => [k, k in values ? values[k] : NULL_WHEN_EMPTY.includes(k) ? null : 0]));
}

/** Period 2025: the values before suppression. */
export const CURRENT: Record<string, Record<string, number>> = {
  Nord: {
    'buildings.known': 3, 'buildings.inspectedInPeriod': 3, 'buildings.inspectedEver': 3,
    'status.relet': 1, 'status.uninhabitable': 1, 'status.inspected': 1,
    'operations.total': 3, 'operations.joint_inspection': 1, 'operations.registration_check': 1, 'operations.acceptance_inspection': 1,
    'operations.agenciesPerOperation': 2, 'operations.withInterpreter': 1,
    'inPeriod.declared': 1, 'inPeriod.lifted': 1, 'inPeriod.relet': 1,
    'sinceStart.declared': 2, 'sinceStart.renovationStarted': 1, 'sinceStart.lifted': 1, 'sinceStart.reletAfterDeclaration': 1,
    // One case each: no quartiles, they would be the dates of a single file.
    'daysToLifted.cases': 1, 'daysToRelet.cases': 1,
    'persons.affected': 2, 'persons.children': 1, 'persons.shelter': 2,
    'registration.personsRegistered': 8, 'registration.personsFound': 5, 'registration.deregistered': 4, 'registration.registrationRequests': 2,
    'measures.total': 3, 'measures.type.deregistration_ex_officio': 1, 'measures.type.registration_request': 2,
    'measures.agency.meldebehoerde': 2, 'measures.agency.jobcenter': 1,
  },
  Mitte: {
    'buildings.known': 3, 'buildings.inspectedInPeriod': 3, 'buildings.inspectedEver': 3,
    'status.closed': 1, 'status.uninhabitable': 2,
    'operations.total': 3, 'operations.joint_inspection': 2, 'operations.follow_up': 1, 'operations.agenciesPerOperation': 7 / 3, 'operations.withInterpreter': 1,
    'inPeriod.declared': 2, 'inPeriod.closed': 1, 'sinceStart.declared': 3, 'sinceStart.closed': 1,
    'persons.affected': 17, 'persons.children': 6, 'persons.shelter': 9, 'persons.owner': 3, 'persons.self': 1, 'persons.unknown': 4,
    'measures.total': 5, 'measures.type.repair_order': 1, 'measures.type.use_prohibition': 1, 'measures.type.fine_proceedings': 1,
    'measures.type.child_protection': 1, 'measures.type.electricity_blocked': 1,
    'measures.agency.bauaufsicht': 1, 'measures.agency.ordnungsamt': 2, 'measures.agency.jugendamt': 1, 'measures.agency.versorger': 1,
    'measures.overdue': 2,
  },
  'Süd': {
    'buildings.known': 6, 'buildings.inspectedInPeriod': 4, 'buildings.inspectedEver': 5,
    'status.relet': 2, 'status.inspected': 1, 'status.suspected': 1, 'status.uninhabitable': 1, 'status.released': 1,
    'operations.total': 4, 'operations.joint_inspection': 1, 'operations.registration_check': 1, 'operations.acceptance_inspection': 2,
    'operations.agenciesPerOperation': 1.25,
    'inPeriod.declared': 1, 'inPeriod.lifted': 2, 'inPeriod.relet': 1,
    'sinceStart.declared': 4, 'sinceStart.lifted': 3, 'sinceStart.reletAfterDeclaration': 2,
    'daysToLifted.cases': 2, 'daysToRelet.cases': 1,
    'persons.affected': 7, 'persons.children': 2, 'persons.self': 7,
    'registration.personsRegistered': 4, 'registration.personsFound': 12, 'registration.registrationRequests': 5,
    'measures.total': 2, 'measures.type.registration_request': 1, 'measures.type.benefit_case': 1,
    'measures.agency.meldebehoerde': 1, 'measures.agency.jobcenter': 1,
  },
  'Ohne Bezirkszuordnung': {
    'buildings.known': 1, 'buildings.inspectedInPeriod': 1, 'buildings.inspectedEver': 1, 'status.uninhabitable': 1,
    'operations.total': 1, 'operations.joint_inspection': 1, 'operations.agenciesPerOperation': 2,
    'inPeriod.declared': 1, 'sinceStart.declared': 1, 'persons.affected': 4, 'persons.unknown': 4,
  },
  Gesamt: {
    'buildings.known': 13, 'buildings.inspectedInPeriod': 11, 'buildings.inspectedEver': 12,
    'status.suspected': 1, 'status.inspected': 2, 'status.uninhabitable': 5, 'status.released': 1, 'status.relet': 3, 'status.closed': 1,
    'operations.total': 11, 'operations.joint_inspection': 5, 'operations.registration_check': 2, 'operations.follow_up': 1, 'operations.acceptance_inspection': 3,
    'operations.agenciesPerOperation': 20 / 11, 'operations.withInterpreter': 2,
    'inPeriod.declared': 5, 'inPeriod.lifted': 3, 'inPeriod.relet': 2, 'inPeriod.closed': 1,
    'sinceStart.declared': 10, 'sinceStart.renovationStarted': 1, 'sinceStart.lifted': 4, 'sinceStart.reletAfterDeclaration': 3, 'sinceStart.closed': 1,
    'daysToLifted.cases': 3, 'daysToLifted.q1': 330, 'daysToLifted.median': 590, 'daysToLifted.q3': 679.5,
    'daysToRelet.cases': 2,
    'persons.affected': 30, 'persons.children': 9, 'persons.shelter': 11, 'persons.owner': 3, 'persons.self': 8, 'persons.unknown': 8,
    'registration.personsRegistered': 12, 'registration.personsFound': 17, 'registration.deregistered': 4, 'registration.registrationRequests': 7,
    'measures.total': 10, 'measures.type.deregistration_ex_officio': 1, 'measures.type.registration_request': 3, 'measures.type.repair_order': 1,
    'measures.type.use_prohibition': 1, 'measures.type.fine_proceedings': 1, 'measures.type.child_protection': 1, 'measures.type.electricity_blocked': 1,
    'measures.type.benefit_case': 1,
    'measures.agency.meldebehoerde': 3, 'measures.agency.jobcenter': 2, 'measures.agency.bauaufsicht': 1, 'measures.agency.ordnungsamt': 2,
    'measures.agency.jugendamt': 1, 'measures.agency.versorger': 1, 'measures.overdue': 2,
  },
};

/** Previous period 2024-01-02..2024-12-31, whole city. */
export const PREVIOUS_TOTAL: Record<string, number> = {
  'buildings.known': 11, 'buildings.inspectedInPeriod': 3, 'buildings.inspectedEver': 6,
  'status.suspected': 5, 'status.inspected': 1, 'status.uninhabitable': 3, 'status.renovation': 1, 'status.relet': 1,
  'operations.total': 3, 'operations.joint_inspection': 2, 'operations.registration_check': 1, 'operations.agenciesPerOperation': 7 / 3,
  'inPeriod.declared': 2, 'inPeriod.renovationStarted': 1,
  'sinceStart.declared': 5, 'sinceStart.renovationStarted': 1, 'sinceStart.lifted': 1, 'sinceStart.reletAfterDeclaration': 1,
  'persons.affected': 18, 'persons.children': 6, 'persons.shelter': 12, 'persons.owner': 3, 'persons.self': 2, 'persons.unknown': 1,
  'registration.personsRegistered': 6, 'registration.personsFound': 9, 'registration.deregistered': 2,
  'measures.total': 1, 'measures.type.deregistration_ex_officio': 1, 'measures.agency.meldebehoerde': 1,
};

/** Suppression worked out by hand from the rule (see the method text): row label → figure → mark. */
export const CURRENT_MARKS: Record<string, Record<string, 'primary' | 'secondary'>> = {
  Nord: { 'persons.affected': 'primary', 'persons.children': 'primary', 'persons.shelter': 'primary', 'registration.registrationRequests': 'primary' },
  Mitte: { 'persons.self': 'primary', 'persons.shelter': 'secondary', 'persons.unknown': 'secondary' },
  'Süd': { 'persons.children': 'primary', 'persons.affected': 'secondary', 'persons.self': 'secondary', 'registration.registrationRequests': 'secondary' },
  'Ohne Bezirkszuordnung': { 'persons.affected': 'secondary', 'persons.unknown': 'secondary' },
  Gesamt: {},
};

export const PREVIOUS_MARKS: Record<string, Record<string, 'primary' | 'secondary'>> = {
  Nord: {},
  Mitte: { 'persons.self': 'primary', 'persons.unknown': 'primary', 'persons.children': 'secondary' },
  'Süd': { 'persons.children': 'primary', 'registration.deregistered': 'primary' },
  'Ohne Bezirkszuordnung': {},
  Gesamt: { 'persons.self': 'primary', 'persons.unknown': 'primary', 'registration.deregistered': 'primary' },
};
