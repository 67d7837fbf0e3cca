import { describe, expect, it } from 'vitest';
import type { Amendment, Finding, Measure, Occupancy, Operation, TimelineItem } from '../../client/src/api-types';
import {
  amendmentsById,
  buildAmendment,
  canAmend,
  canContinueDraft,
  describeAmendment,
  draftToInput,
  fieldCorrections,
  mayCorrectOwnedTexts,
} from '../../client/src/ui/operation-edits';

const INSPECTOR = { id: 'user-inspector', permissions: ['property:read', 'operation:file', 'operation:amend-own'] };
const OTHER_INSPECTOR = { ...INSPECTOR, id: 'user-other' };
const LEAD = { id: 'user-lead', permissions: [...INSPECTOR.permissions, 'operation:amend-any'] };
const COUNCIL = { id: 'user-inspector', permissions: ['summary:read'] };

const noAmendment = { addedByAmendmentId: null, withdrawnByAmendmentId: null, withdrawn: false };

function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    id: 'f1',
    operationId: 'op1',
    unitId: null,
    category: 'electricity',
    severity: 'danger',
    description: 'Offene Leitungen',
    agencyCode: 'ordnungsamt',
    visibility: 'taskforce',
    ...noAmendment,
    releasedAt: null,
    createdAt: '2026-03-02T09:00:00.000Z',
    ...overrides,
  };
}

function occupancy(overrides: Partial<Occupancy> = {}): Occupancy {
  return {
    id: 'c1',
    operationId: 'op1',
    unitId: 'unit-1',
    personsFound: 9,
    childrenFound: 3,
    personsRegistered: 4,
    registerExtractDate: null,
    livingSpaceM2: 40,
    singleRoomSharedFacilities: false,
    agencyCode: 'ordnungsamt',
    ...noAmendment,
    m2PerPerson: 4.44,
    threshold: { minM2PerPerson: 10, legalReference: '§ 10 WohnStG NRW', validFrom: '2021-07-01' },
    underThreshold: true,
    createdAt: '2026-03-02T09:00:00.000Z',
    ...overrides,
  };
}

function measure(overrides: Partial<Measure> = {}): Measure {
  return {
    id: 'm1',
    propertyId: 'p1',
    operationId: 'op1',
    type: 'repair_order',
    agencyCode: 'ordnungsamt',
    legalBasis: '§ 9 WohnStG NRW',
    date: '2026-03-02',
    deadline: null,
    state: 'open',
    personsCount: null,
    description: null,
    descriptionVisibility: null,
    visibility: 'agency',
    stateNote: null,
    stateNoteVisibility: null,
    stateChangedAt: null,
    stateChangedBy: null,
    ...noAmendment,
    createdAt: '2026-03-02T09:00:00.000Z',
    updatedAt: '2026-03-02T09:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

function operation(overrides: Partial<Operation> = {}): Operation {
  return {
    id: 'op1',
    propertyId: 'p1',
    kind: 'joint_inspection',
    date: '2026-03-02',
    trigger: 'complaint',
    triggerSource: null,
    triggerSourceVisibility: null,
    interpreterPresent: false,
    agencyCodes: ['jugendamt', 'ordnungsamt'],
    unitsEntered: 2,
    unitsNotAccessible: 1,
    notes: null,
    notesVisibility: null,
    state: 'draft',
    leadAgencyCode: 'ordnungsamt',
    createdBy: INSPECTOR.id,
    submittedBy: null,
    submittedAt: null,
    version: 3,
    createdAt: '2026-03-02T09:00:00.000Z',
    updatedAt: '2026-03-02T09:00:00.000Z',
    findings: [finding()],
    occupancyCounts: [occupancy()],
    measures: [measure()],
    amendments: [],
    ...overrides,
  };
}

function amendment(overrides: Partial<Amendment> = {}): Amendment {
  const none = { findingIds: [], occupancyCountIds: [], measureIds: [] };
  return {
    id: 'a1',
    operationId: 'op1',
    seq: 1,
    reason: 'Doppelt erfasst',
    reasonVisibility: 'taskforce',
    changes: {},
    added: none,
    withdrawn: none,
    createdBy: LEAD.id,
    agencyCode: 'ordnungsamt',
    createdAt: '2026-03-05T10:00:00.000Z',
    ...overrides,
  };
}

describe('canContinueDraft', () => {
  it('should offer a draft only to the user who filed it', () => {
    expect(canContinueDraft(operation(), INSPECTOR)).toBe(true);
    expect(canContinueDraft(operation(), OTHER_INSPECTOR)).toBe(false);
    expect(canContinueDraft(operation(), { ...LEAD, id: 'someone' })).toBe(false);
  });

  it('should not offer a submitted operation or a user who may not file', () => {
    expect(canContinueDraft(operation({ state: 'submitted' }), INSPECTOR)).toBe(false);
    expect(canContinueDraft(operation(), COUNCIL)).toBe(false);
  });
});

describe('canAmend', () => {
  const submitted = operation({ state: 'submitted' });

  it('should let inspectors correct their own submitted operations and leads any', () => {
    expect(canAmend(submitted, INSPECTOR)).toBe(true);
    expect(canAmend(submitted, OTHER_INSPECTOR)).toBe(false);
    expect(canAmend(submitted, LEAD)).toBe(true);
  });

  it('should never offer a correction of a draft or to a role without the permission', () => {
    expect(canAmend(operation(), INSPECTOR)).toBe(false);
    expect(canAmend(operation(), LEAD)).toBe(false);
    expect(canAmend(submitted, COUNCIL)).toBe(false);
  });
});

describe('draftToInput', () => {
  it('should turn a stored draft back into the body that reproduces it', () => {
    const input = draftToInput(
      operation({ triggerSource: 'Anwohner', triggerSourceVisibility: 'taskforce', notes: 'Hinterhaus', notesVisibility: 'agency', interpreterPresent: true }),
    );
    expect(input).toEqual({
      propertyId: 'p1',
      kind: 'joint_inspection',
      date: '2026-03-02',
      trigger: 'complaint',
      triggerSource: 'Anwohner',
      triggerSourceVisibility: 'taskforce',
      interpreterPresent: true,
      agencyCodes: ['jugendamt', 'ordnungsamt'],
      unitsEntered: 2,
      unitsNotAccessible: 1,
      notes: 'Hinterhaus',
      notesVisibility: 'agency',
      findings: [{ unitId: null, category: 'electricity', severity: 'danger', description: 'Offene Leitungen', visibility: 'taskforce' }],
      occupancyCounts: [{ unitId: 'unit-1', personsFound: 9, childrenFound: 3, personsRegistered: 4, livingSpaceM2: 40 }],
      measures: [{ type: 'repair_order', date: '2026-03-02', legalBasis: '§ 9 WohnStG NRW', visibility: 'agency', descriptionVisibility: 'taskforce' }],
    });
  });

  it('should leave out withdrawn items and keep optional values that are set', () => {
    const input = draftToInput(
      operation({
        findings: [finding({ withdrawn: true, withdrawnByAmendmentId: 'a1' }), finding({ id: 'f2', description: 'Schimmel', severity: 'minor' })],
        occupancyCounts: [occupancy({ registerExtractDate: '2026-02-28', singleRoomSharedFacilities: true, personsRegistered: null, livingSpaceM2: null })],
        measures: [measure({ deadline: '2026-04-01', personsCount: 5, description: 'Frist 4 Wochen' })],
      }),
    );
    expect(input.findings.map((f) => f.description)).toEqual(['Schimmel']);
    expect(input.occupancyCounts).toEqual([
      { unitId: 'unit-1', personsFound: 9, childrenFound: 3, registerExtractDate: '2026-02-28', singleRoomSharedFacilities: true },
    ]);
    expect(input.measures[0]).toMatchObject({ deadline: '2026-04-01', personsCount: 5, description: 'Frist 4 Wochen' });
  });
});

describe('fieldCorrections', () => {
  const submitted = operation({ state: 'submitted', notes: 'alt', notesVisibility: 'taskforce' });
  const unchanged = { interpreterPresent: false, unitsEntered: 2, unitsNotAccessible: 1, notes: { text: 'alt', visibility: 'taskforce' as const } };

  it('should send nothing for an unchanged form', () => {
    expect(fieldCorrections(submitted, unchanged)).toEqual({});
  });

  it('should send only the changed fields, a cleared note as null with its visibility', () => {
    expect(fieldCorrections(submitted, { ...unchanged, interpreterPresent: true, unitsEntered: 3, notes: { text: null, visibility: 'taskforce' } })).toEqual({
      interpreterPresent: true,
      unitsEntered: 3,
      notes: null,
      notesVisibility: 'taskforce',
    });
  });

  it('should send the notes with a changed visibility, and no notes at all where the form may not correct them', () => {
    expect(fieldCorrections(submitted, { ...unchanged, notes: { text: 'alt', visibility: 'agency' } })).toEqual({ notes: 'alt', notesVisibility: 'agency' });
    expect(fieldCorrections(submitted, { ...unchanged, notes: undefined })).toEqual({});
  });

  it('should send the visibility with notes written where none were, since empty notes show none', () => {
    const empty = operation({ state: 'submitted', notes: null, notesVisibility: null });
    expect(fieldCorrections(empty, { ...unchanged, notes: { text: 'neu', visibility: 'taskforce' } })).toEqual({ notes: 'neu', notesVisibility: 'taskforce' });
  });

  it('should let only the filing agency correct its texts', () => {
    expect(mayCorrectOwnedTexts(submitted, { agencyCode: 'ordnungsamt' })).toBe(true);
    expect(mayCorrectOwnedTexts(submitted, { agencyCode: 'jugendamt' })).toBe(false);
  });

  it('should pass an unreadable number on so the server names the field', () => {
    expect(Number.isNaN(fieldCorrections(submitted, { ...unchanged, unitsNotAccessible: Number.NaN }).unitsNotAccessible)).toBe(true);
  });
});

describe('buildAmendment', () => {
  const empty = {
    reason: '',
    reasonVisibility: 'taskforce' as const,
    changes: {},
    addFindings: [],
    addOccupancyCounts: [],
    addMeasures: [],
    withdrawFindingIds: [],
    withdrawOccupancyCountIds: [],
    withdrawMeasureIds: [],
  };

  it('should trim the reason and leave out empty parts', () => {
    expect(buildAmendment({ ...empty, reason: '  Befund doppelt erfasst \n', withdrawFindingIds: ['f1'] })).toEqual({
      reason: 'Befund doppelt erfasst',
      reasonVisibility: 'taskforce',
      withdrawFindingIds: ['f1'],
    });
  });

  it('should keep every part that holds something', () => {
    const addFinding = { category: 'vermin' as const, severity: 'minor' as const, description: 'Mäuse', visibility: 'taskforce' as const };
    expect(
      buildAmendment({
        ...empty,
        reason: 'x',
        changes: { unitsEntered: 4 },
        addFindings: [addFinding],
        withdrawMeasureIds: ['m1'],
        withdrawOccupancyCountIds: ['c1'],
      }),
    ).toEqual({
      reason: 'x',
      reasonVisibility: 'taskforce',
      changes: { unitsEntered: 4 },
      addFindings: [addFinding],
      withdrawMeasureIds: ['m1'],
      withdrawOccupancyCountIds: ['c1'],
    });
  });

  it('should send an empty reason as it is, so the server answers at the reason field', () => {
    expect(buildAmendment({ ...empty, reason: '   ', withdrawFindingIds: ['f1'] }).reason).toBe('');
  });
});

describe('amendmentsById', () => {
  it('should index the amendments embedded in operations and the amendment items', () => {
    const first = amendment();
    const second = amendment({ id: 'a2', seq: 2, operationId: 'op2' });
    const items: TimelineItem[] = [
      { kind: 'operation', date: '2026-03-02', id: 'op1', operation: operation({ state: 'submitted', amendments: [first] }) },
      { kind: 'amendment', date: '2026-03-06', id: 'a2', amendment: second },
    ];
    const byId = amendmentsById(items);
    expect([...byId.keys()].sort()).toEqual(['a1', 'a2']);
    expect(byId.get('a1')?.reason).toBe('Doppelt erfasst');
  });
});

describe('describeAmendment', () => {
  it('should describe corrected fields with readable values', () => {
    const lines = describeAmendment(
      amendment({
        changes: {
          interpreterPresent: { from: false, to: true },
          unitsEntered: { from: 2, to: 3 },
          notes: { from: 'alt', to: null },
          date: { from: '2026-03-02', to: '2026-03-01' },
          trigger: { from: 'complaint', to: 'police_report' },
        },
      }),
    );
    expect(lines).toEqual([
      'Sprachmittlung anwesend: nein → ja',
      'Wohneinheiten betreten: 2 → 3',
      'Bemerkungen: alt → leer',
      'Datum: 02.03.2026 → 01.03.2026',
      'Anlass: Beschwerde → Meldung Polizei',
    ]);
  });

  it('should count withdrawn and added items and say nothing for an empty group', () => {
    const lines = describeAmendment(
      amendment({
        withdrawn: { findingIds: ['f1'], occupancyCountIds: [], measureIds: ['m1', 'm2'] },
        added: { findingIds: ['f9'], occupancyCountIds: [], measureIds: [] },
      }),
    );
    expect(lines).toEqual(['Zurückgezogen – Befunde: 1, Maßnahmen: 2', 'Ergänzt – Befunde: 1']);
    expect(describeAmendment(amendment())).toEqual([]);
  });
});
