import type { District } from '../../src/districts/district.entity.js';
import { SummaryData } from '../helpers/summary-data.js';
import type { TestApp } from '../helpers/test-app.js';

export interface Scenario {
  nord: District;
  mitte: District;
  sued: District;
  ortsteil: District;
}

/**
 * The hand-counted data set of summary.e2e.spec.ts (period 2025, previous period 2024-01-02..2024-12-31).
 * Every comment names what the item contributes, so the expectations can be checked by reading.
 */
export async function buildScenario(t: TestApp, f = new SummaryData(t)): Promise<Scenario> {
  const nord = await f.district('Nord', '100', 'bezirk', [6.7, 51.5, 6.8, 51.6]);
  const mitte = await f.district('Mitte', '200', 'bezirk', [6.7, 51.4, 6.8, 51.5]);
  const sued = await f.district('Süd', '300', 'bezirk', [6.7, 51.3, 6.8, 51.4]);
  const ortsteil = await f.district('Altstadt', '210', 'ortsteil', [6.72, 51.42, 6.75, 51.45]);

  // Nord N1: declared 2023, renovation 2024, lifted 2025-02-10 (590 days), re-let 2025-06-01 (701 days); a draft is ignored.
  const n1 = await f.property(nord.id, '2023-05-01');
  await f.operation(n1, { date: '2023-06-01', agencyCodes: ['ordnungsamt', 'bauaufsicht'] });
  await f.decision(n1, {
    type: 'declare_uninhabitable',
    effectiveDate: '2023-07-01',
    personsAffected: 10,
    childrenAffected: 4,
    shelter: 5,
    owner: 2,
    self: 1,
    unknown: 2,
  });
  await f.decision(n1, { type: 'renovation_started', effectiveDate: '2024-03-01' });
  await f.operation(n1, { kind: 'acceptance_inspection', date: '2025-02-01', agencyCodes: ['bauaufsicht'] });
  await f.decision(n1, { type: 'declaration_lifted', effectiveDate: '2025-02-10' });
  await f.decision(n1, { type: 'relet', effectiveDate: '2025-06-01' });
  await f.operation(n1, { date: '2025-05-01', state: 'draft', agencyCodes: ['ordnungsamt'], measures: [{ type: 'repair_order' }] });
  // Nord N2: declared 2025-03-15 with 2 people (1 child, 2 to the shelter): a count below the minimum.
  const n2 = await f.property(nord.id, '2024-02-01');
  await f.operation(n2, { date: '2025-03-01', interpreterPresent: true, agencyCodes: ['ordnungsamt', 'bauaufsicht', 'dolmetscher'] });
  await f.decision(n2, { type: 'declare_uninhabitable', effectiveDate: '2025-03-15', personsAffected: 2, childrenAffected: 1, shelter: 2 });
  // Nord N3: registration check 8 registered / 5 found (a withdrawn count is ignored); 4 de-registered, 2 asked to register (7 more only agency-visible).
  const n3 = await f.property(nord.id, '2025-01-10');
  await f.operation(n3, {
    kind: 'registration_check',
    date: '2025-04-01',
    agencyCodes: ['ordnungsamt', 'meldebehoerde'],
    occupancy: [
      { personsFound: 5, personsRegistered: 8 },
      { personsFound: 100, personsRegistered: 100, withdrawn: true },
    ],
    measures: [
      { type: 'deregistration_ex_officio', agencyCode: 'meldebehoerde', personsCount: 4, state: 'done' },
      { type: 'registration_request', agencyCode: 'meldebehoerde', personsCount: 2 },
      { type: 'registration_request', agencyCode: 'jobcenter', personsCount: 7, visibility: 'agency' },
    ],
  });
  // Nord N4: created after the period: not yet known on 2025-12-31.
  await f.property(nord.id, '2026-01-05');

  // Mitte M1: declared 2024 (12 people), follow-up 2025 with measures, closed 2025-08-01 (3 people to owner housing).
  const m1 = await f.property(mitte.id, '2022-01-01');
  await f.operation(m1, { date: '2024-05-01', agencyCodes: ['ordnungsamt', 'polizei', 'feuerwehr'] });
  await f.decision(m1, {
    type: 'declare_uninhabitable',
    effectiveDate: '2024-06-01',
    personsAffected: 12,
    childrenAffected: 5,
    shelter: 6,
    owner: 3,
    self: 2,
    unknown: 1,
  });
  await f.operation(m1, {
    kind: 'follow_up',
    date: '2025-02-01',
    agencyCodes: ['ordnungsamt', 'polizei'],
    measures: [
      { type: 'repair_order', agencyCode: 'bauaufsicht', deadline: '2025-03-01' },
      { type: 'use_prohibition', agencyCode: 'ordnungsamt', deadline: '2025-04-01', state: 'done', stateChangedAt: '2026-01-10T09:00:00Z' },
      { type: 'fine_proceedings', agencyCode: 'ordnungsamt', deadline: '2025-03-01', state: 'done', stateChangedAt: '2025-06-01T09:00:00Z' },
      { type: 'waste_removal', agencyCode: 'ordnungsamt', withdrawn: true },
    ],
  });
  await f.decision(m1, { type: 'close', effectiveDate: '2025-08-01', personsAffected: 3, owner: 3 });
  // Mitte M2: declared 2025-05-20: 9 people, 6 children, 4 shelter, 1 self, the other 4 without recorded whereabouts.
  const m2 = await f.property(mitte.id, '2024-01-01');
  await f.operation(m2, {
    date: '2025-05-05',
    interpreterPresent: true,
    agencyCodes: ['ordnungsamt', 'jugendamt', 'bauaufsicht', 'gesundheitsamt'],
    measures: [
      { type: 'child_protection', agencyCode: 'jugendamt', visibility: 'agency' },
      { type: 'electricity_blocked', agencyCode: 'versorger' },
    ],
  });
  await f.decision(m2, {
    type: 'declare_uninhabitable',
    effectiveDate: '2025-05-20',
    personsAffected: 9,
    childrenAffected: 6,
    shelter: 4,
    owner: 0,
    self: 1,
    unknown: 0,
  });
  // Mitte M3: declared 2025-06-10, 5 people to the shelter.
  const m3 = await f.property(mitte.id, '2024-03-01');
  await f.operation(m3, { date: '2025-06-01' });
  await f.decision(m3, { type: 'declare_uninhabitable', effectiveDate: '2025-06-10', personsAffected: 5, shelter: 5 });

  // Süd S1: whole cycle in 2021/2022: counts only since the start.
  const s1 = await f.property(sued.id, '2021-01-01');
  await f.operation(s1, { date: '2021-02-01' });
  await f.decision(s1, { type: 'declare_uninhabitable', effectiveDate: '2021-03-01' });
  await f.operation(s1, { kind: 'acceptance_inspection', date: '2022-01-10' });
  await f.decision(s1, { type: 'declaration_lifted', effectiveDate: '2022-01-15' });
  await f.decision(s1, { type: 'relet', effectiveDate: '2022-03-01' });
  // Süd S2: registration checks in 2024 (6 registered, 9 found, 2 de-registered) and 2025 (4 registered, 12 found, 5 asked to register).
  const s2 = await f.property(sued.id, '2024-04-01');
  await f.operation(s2, {
    kind: 'registration_check',
    date: '2024-04-10',
    agencyCodes: ['ordnungsamt', 'meldebehoerde'],
    occupancy: [{ personsFound: 9, personsRegistered: 6 }],
    measures: [{ type: 'deregistration_ex_officio', agencyCode: 'meldebehoerde', personsCount: 2, state: 'done' }],
  });
  await f.operation(s2, {
    kind: 'registration_check',
    date: '2025-09-01',
    agencyCodes: ['meldebehoerde'],
    occupancy: [{ personsFound: 12, personsRegistered: 4, childrenFound: 3 }],
    measures: [
      { type: 'registration_request', agencyCode: 'meldebehoerde', personsCount: 5 },
      { type: 'benefit_case', agencyCode: 'jobcenter' },
    ],
  });
  // Süd S3: a tip only: suspected.
  await f.property(sued.id, '2025-02-01');
  // Süd S4: declared 2025-10-15: 7 people (2 children) with relatives.
  const s4 = await f.property(sued.id, '2024-06-01');
  await f.operation(s4, { date: '2025-10-01', agencyCodes: ['ordnungsamt', 'bauaufsicht'] });
  await f.decision(s4, { type: 'declare_uninhabitable', effectiveDate: '2025-10-15', personsAffected: 7, childrenAffected: 2, self: 7 });
  // Süd S5: declared 2023-02-01, lifted 2025-03-11 (769 days): released.
  const s5 = await f.property(sued.id, '2023-01-01');
  await f.operation(s5, { date: '2023-01-10' });
  await f.decision(s5, { type: 'declare_uninhabitable', effectiveDate: '2023-02-01' });
  await f.operation(s5, { kind: 'acceptance_inspection', date: '2025-03-01', agencyCodes: ['bauaufsicht'] });
  await f.decision(s5, { type: 'declaration_lifted', effectiveDate: '2025-03-11' });
  // Süd S6: declared 2024-11-01 (6 people, 1 child), lifted 2025-01-10 (70 days), re-let 2025-04-01 (151 days).
  const s6 = await f.property(sued.id, '2024-10-01');
  await f.operation(s6, { date: '2024-10-15', agencyCodes: ['ordnungsamt', 'feuerwehr'] });
  await f.decision(s6, { type: 'declare_uninhabitable', effectiveDate: '2024-11-01', personsAffected: 6, childrenAffected: 1, shelter: 6 });
  await f.operation(s6, { kind: 'acceptance_inspection', date: '2025-01-05', agencyCodes: ['bauaufsicht'] });
  await f.decision(s6, { type: 'declaration_lifted', effectiveDate: '2025-01-10' });
  await f.decision(s6, { type: 'relet', effectiveDate: '2025-04-01' });

  // Without district X1: declared 2025-07-10, 4 people, whereabouts unknown.
  const x1 = await f.property(null, '2024-01-15');
  await f.operation(x1, { date: '2025-07-01', agencyCodes: ['ordnungsamt', 'polizei'] });
  await f.decision(x1, { type: 'declare_uninhabitable', effectiveDate: '2025-07-10', personsAffected: 4, unknown: 4 });

  return { nord, mitte, sued, ortsteil };
}
