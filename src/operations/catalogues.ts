/** Allowed values of operations, findings and measures; free of imports so entities, DTOs and the seed share them (the client gets them from the OpenAPI enums). */

export const OPERATION_KINDS = ['joint_inspection', 'registration_check', 'follow_up', 'acceptance_inspection'] as const;
export type OperationKind = (typeof OPERATION_KINDS)[number];

export const OPERATION_TRIGGERS = [
  'complaint',
  'youth_office_tip',
  'utility_disconnection',
  'earlier_finding',
  'register_anomaly',
  'police_report',
  'fire_service_report',
  'routine',
  'other',
] as const;
export type OperationTrigger = (typeof OPERATION_TRIGGERS)[number];

/** The minimum standards of the Land's law first (§ 5 WohnStG NRW, § 4 HWoAufG), then the other categories taskforces record. */
export const FINDING_CATEGORIES = [
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
] as const;
export type FindingCategory = (typeof FINDING_CATEGORIES)[number];

export const SEVERITIES = ['minor', 'major', 'danger'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const VISIBILITIES = ['taskforce', 'agency'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const MEASURE_TYPES = [
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
] as const;
export type MeasureType = (typeof MEASURE_TYPES)[number];

export const MEASURE_STATES = ['open', 'done', 'cancelled'] as const;
export type MeasureState = (typeof MEASURE_STATES)[number];
