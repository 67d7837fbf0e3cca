import { beforeAll, describe, expect, it } from 'vitest';
import type { ProblemBody } from '../../src/common/problem.js';
import { Amendment } from '../../src/operations/amendment.entity.js';
import { Measure } from '../../src/operations/measure.entity.js';
import { Operation } from '../../src/operations/operation.entity.js';
import type { MeasureDto, OperationDto } from '../../src/operations/operation-responses.dto.js';
import type { TimelineDto } from '../../src/properties/timeline.dto.js';
import { makeProperty } from '../factories/property.factory.js';
import { useTestApp } from '../helpers/test-app.js';
import { useStandardUsers, type TestUser } from '../helpers/users.js';
import { fileOperation } from './operation-bodies.js';

describe('visibility of free text: notes, trigger source, amendment reasons and measure notes', () => {
  const t = useTestApp();
  const users = useStandardUsers(t);

  const get = (user: TestUser, url: string) => t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: user.headers });
  const amend = (user: TestUser, operationId: string, payload: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: `/api/v1/operations/${operationId}/amendments`, headers: user.headers, payload });
  const operationAs = async (user: TestUser, id: string) => (await get(user, `/operations/${id}`)).json<OperationDto>();

  /** A Jugendamt operation whose notes, trigger source and one measure's description are kept for the Jugendamt. */
  const fileConfidential = async () => {
    const property = await makeProperty(t);
    return fileOperation(t, users.jugendamtInspector, property.id, {
      agencyCodes: ['jugendamt', 'ordnungsamt'],
      triggerSource: 'Hinweis der Kita Sonnenschein',
      triggerSourceVisibility: 'agency',
      notes: 'Familie K. bereits aus früherem Verfahren bekannt',
      notesVisibility: 'agency',
      measures: [
        { type: 'repair_order', date: '2026-11-01', visibility: 'taskforce', description: 'Kinderzimmer ohne Heizung', descriptionVisibility: 'agency' },
      ],
    });
  };

  describe('an operation filed with texts for its own agency', () => {
    let operation: OperationDto;
    beforeAll(async () => {
      operation = await fileConfidential();
    });

    it('should store each text with its visibility', async () => {
      const row = await t.dataSource.getRepository(Operation).findOneByOrFail({ id: operation.id });
      expect([row.notes, row.notesVisibility, row.triggerSource, row.triggerSourceVisibility]).toEqual([
        'Familie K. bereits aus früherem Verfahren bekannt',
        'agency',
        'Hinweis der Kita Sonnenschein',
        'agency',
      ]);
      const measure = await t.dataSource.getRepository(Measure).findOneByOrFail({ operationId: operation.id });
      expect([measure.description, measure.descriptionVisibility, measure.visibility]).toEqual(['Kinderzimmer ohne Heizung', 'agency', 'taskforce']);
    });

    it('should show the texts with their visibility to a lead of the filing agency', async () => {
      const dto = await operationAs(users.jugendamtLead, operation.id);
      expect([dto.notes, dto.notesVisibility, dto.triggerSource, dto.triggerSourceVisibility]).toEqual([
        'Familie K. bereits aus früherem Verfahren bekannt',
        'agency',
        'Hinweis der Kita Sonnenschein',
        'agency',
      ]);
      expect([dto.measures[0].description, dto.measures[0].descriptionVisibility]).toEqual(['Kinderzimmer ohne Heizung', 'agency']);
    });

    it('should answer another agency as if there were no text, in the operation, the building’s list and the timeline', async () => {
      for (const url of [`/operations/${operation.id}`, `/properties/${operation.propertyId}/operations`, `/properties/${operation.propertyId}/timeline`]) {
        const res = await get(users.lead, url);
        expect(res.statusCode, url).toBe(200);
        for (const secret of ['Familie K.', 'Kita Sonnenschein', 'ohne Heizung']) expect(res.body, url).not.toContain(secret);
      }
      const dto = await operationAs(users.lead, operation.id);
      expect([dto.notes, dto.notesVisibility, dto.triggerSource, dto.triggerSourceVisibility]).toEqual([null, null, null, null]);
      // The measure itself is shared; only its note is kept back.
      expect(dto.measures.map((m) => [m.type, m.description, m.descriptionVisibility])).toEqual([['repair_order', null, null]]);
    });

    it('should default every text to the whole taskforce when no visibility is given', async () => {
      const property = await makeProperty(t);
      const shared = await fileOperation(t, users.jugendamtInspector, property.id, {
        measures: [{ type: 'repair_order', date: '2026-11-01', visibility: 'taskforce', description: 'Heizung prüfen' }],
      });
      const row = await t.dataSource.getRepository(Operation).findOneByOrFail({ id: shared.id });
      expect([row.notesVisibility, row.triggerSourceVisibility]).toEqual(['taskforce', 'taskforce']);
      const dto = await operationAs(users.lead, shared.id);
      expect([dto.notes, dto.notesVisibility, dto.triggerSource, dto.measures[0].description]).toEqual([
        'Keller feucht, Stromkabel lose.',
        'taskforce',
        'Beschwerde Nachbarin',
        'Heizung prüfen',
      ]);
    });
  });

  describe('amendments', () => {
    it('should keep a reason for the amending agency and show the amendment itself to everyone', async () => {
      const operation = await fileConfidential();
      const res = await amend(users.jugendamtLead, operation.id, {
        reason: 'Gefährdungseinschätzung nach § 8a SGB VIII ergänzt',
        reasonVisibility: 'agency',
        changes: { unitsEntered: 4 },
      });
      expect(res.statusCode).toBe(201);
      const row = await t.dataSource.getRepository(Amendment).findOneByOrFail({ operationId: operation.id });
      expect([row.reason, row.reasonVisibility]).toEqual(['Gefährdungseinschätzung nach § 8a SGB VIII ergänzt', 'agency']);

      const other = await get(users.lead, `/properties/${operation.propertyId}/timeline`);
      expect(other.body).not.toContain('§ 8a');
      const shown = (await operationAs(users.lead, operation.id)).amendments[0];
      expect([shown.reason, shown.reasonVisibility, shown.changes]).toEqual([null, null, { unitsEntered: { from: 3, to: 4 } }]);
      const own = (await operationAs(users.jugendamtInspector, operation.id)).amendments[0];
      expect([own.reason, own.reasonVisibility]).toEqual(['Gefährdungseinschätzung nach § 8a SGB VIII ergänzt', 'agency']);
    });

    it('should not show a hidden text through the corrections of an amendment, before or after its release', async () => {
      const operation = await fileConfidential();
      expect((await amend(users.jugendamtInspector, operation.id, { reason: 'Ergänzt', changes: { notes: 'Familie K. Vorakte 2024' } })).statusCode).toBe(201);
      // Released to the taskforce with new wording; the earlier wording stays the Jugendamt's.
      const released = await amend(users.jugendamtInspector, operation.id, {
        reason: 'Für die Taskforce freigegeben',
        changes: { notes: 'Jugendamt ist eingebunden', notesVisibility: 'taskforce' },
      });
      expect(released.statusCode).toBe(201);
      expect(
        (await amend(users.jugendamtInspector, operation.id, { reason: 'Präzisiert', changes: { notes: 'Jugendamt ist seit März eingebunden' } })).statusCode,
      ).toBe(201);

      const other = await get(users.lead, `/operations/${operation.id}`);
      expect(other.body).not.toContain('Familie K.');
      const dto = other.json<OperationDto>();
      expect([dto.notes, dto.notesVisibility]).toEqual(['Jugendamt ist seit März eingebunden', 'taskforce']);
      expect(dto.amendments.map((a) => a.changes)).toEqual([
        {},
        {},
        { notes: { from: 'Jugendamt ist eingebunden', to: 'Jugendamt ist seit März eingebunden' } },
      ]);

      const own = await operationAs(users.jugendamtLead, operation.id);
      expect(own.amendments[1].changes).toEqual({
        notes: { from: 'Familie K. Vorakte 2024', to: 'Jugendamt ist eingebunden' },
        notesVisibility: { from: 'agency', to: 'taskforce' },
      });
    });

    it('should let only the filing agency correct its texts, with the same answer whether a hidden text exists or not', async () => {
      const hidden = await fileConfidential();
      const property = await makeProperty(t);
      const empty = await fileOperation(t, users.jugendamtInspector, property.id, { notes: null, triggerSource: null });
      const answers = [];
      for (const operation of [hidden, empty]) {
        const res = await amend(users.lead, operation.id, { reason: 'Bemerkung ergänzt', changes: { notes: null, triggerSourceVisibility: 'taskforce' } });
        expect(res.statusCode).toBe(400);
        answers.push(res.json<ProblemBody>().errors?.map((e) => [e.field, e.code]));
      }
      expect(answers[0]).toEqual([
        ['changes.triggerSourceVisibility', 'filingAgencyOnly'],
        ['changes.notes', 'filingAgencyOnly'],
      ]);
      expect(answers[1]).toEqual(answers[0]);
      const row = await t.dataSource.getRepository(Operation).findOneByOrFail({ id: hidden.id });
      expect([row.notes, row.notesVisibility, row.triggerSourceVisibility]).toEqual(['Familie K. bereits aus früherem Verfahren bekannt', 'agency', 'agency']);
      expect(await t.dataSource.getRepository(Amendment).countBy({ operationId: hidden.id })).toBe(0);
      // Fields of the operation that are not the agency's text stay open to any lead.
      expect((await amend(users.lead, hidden.id, { reason: 'Zählung korrigiert', changes: { unitsEntered: 5 } })).statusCode).toBe(201);
    });
  });

  describe('the note of a measure’s state change', () => {
    it('should belong to the agency of the user who wrote it', async () => {
      const property = await makeProperty(t);
      const operation = await fileOperation(t, users.inspector, property.id, { agencyCodes: ['ordnungsamt', 'jugendamt'] });
      const measure = operation.measures[0];
      const res = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/measures/${measure.id}`,
        headers: { ...users.jugendamtLead.headers, 'if-match': `"${measure.version}"` },
        payload: { state: 'done', note: 'Kinder bei Großmutter untergebracht', noteVisibility: 'agency' },
      });
      expect(res.statusCode).toBe(200);
      expect([res.json<MeasureDto>().stateNote, res.json<MeasureDto>().stateNoteVisibility]).toEqual(['Kinder bei Großmutter untergebracht', 'agency']);
      const row = await t.dataSource.getRepository(Measure).findOneByOrFail({ id: measure.id });
      expect([row.stateNote, row.stateNoteVisibility, row.stateNoteAgencyCode]).toEqual(['Kinder bei Großmutter untergebracht', 'agency', 'jugendamt']);

      const forOwner = (await operationAs(users.inspector, operation.id)).measures[0];
      expect([forOwner.state, forOwner.stateNote, forOwner.stateNoteVisibility]).toEqual(['done', null, null]);
      const forJugendamt = (await operationAs(users.jugendamtInspector, operation.id)).measures[0];
      expect(forJugendamt.stateNote).toBe('Kinder bei Großmutter untergebracht');
    });
  });

  it('should refuse a visibility that is not one of the two, naming the field', async () => {
    const property = await makeProperty(t);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/operations',
      headers: users.inspector.headers,
      payload: {
        propertyId: property.id,
        kind: 'joint_inspection',
        date: '2026-11-01',
        trigger: 'complaint',
        interpreterPresent: false,
        agencyCodes: ['ordnungsamt'],
        unitsEntered: 0,
        unitsNotAccessible: 0,
        notes: 'x',
        notesVisibility: 'secret',
        triggerSourceVisibility: null,
        findings: [],
        occupancyCounts: [],
        measures: [],
      },
    });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json<ProblemBody>()
        .errors?.map((e) => [e.field, e.code])
        .sort(),
    ).toEqual([
      ['notesVisibility', 'isIn'],
      ['triggerSourceVisibility', 'isIn'],
    ]);
    expect(await t.dataSource.getRepository(Operation).countBy({ propertyId: property.id })).toBe(0);
  });

  it('should mark the filing agency’s own text as kept for it in the timeline', async () => {
    const operation = await fileConfidential();
    const timeline = (await get(users.jugendamtLead, `/properties/${operation.propertyId}/timeline`)).json<TimelineDto>();
    expect(timeline.items.find((i) => i.kind === 'operation')?.operation?.notesVisibility).toBe('agency');
  });
});
