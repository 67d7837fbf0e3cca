import { describe, expect, it } from 'vitest';
import { cityToday } from '../helpers/city-day.js';
import type { DecisionRecordedDto } from '../../src/decisions/decisions.dto.js';
import type { MapFeatureCollectionDto } from '../../src/map/map.dto.js';
import { DECISION_TARGET } from '../../src/properties/status-catalogue.js';
import type { SummaryDto } from '../../src/summaries/summaries.dto.js';
import { addDays } from '../../src/summaries/statistics.js';
import { useTestApp } from '../helpers/test-app.js';
import { useStandardUsers } from '../helpers/users.js';
import { fileOperation } from '../operations/operation-bodies.js';
import { createProperty } from './property-factory.js';

/** The transition table is the one source of the status: change it in one place and every reader follows. */
describe('one source of the status rule', () => {
  const t = useTestApp();
  const users = useStandardUsers(t);

  it('should follow a changed target of "close" in the decision endpoint, the map and the summary', async () => {
    const property = await createProperty(t, users.lead, { lat: 51.4312, lon: 6.7612 });
    await fileOperation(t, users.inspector, property.id, { date: addDays(cityToday(), -3) });
    const original = DECISION_TARGET.close;
    DECISION_TARGET.close = 'renovation';
    try {
      const decided = await t.app.inject({
        method: 'POST',
        url: `/api/v1/properties/${property.id}/decisions`,
        headers: users.lead.headers,
        payload: { type: 'close', effectiveDate: cityToday(), reason: 'Prüfung der Quelle' },
      });
      expect(decided.statusCode).toBe(201);
      const recorded = decided.json<DecisionRecordedDto>();
      expect(recorded.decision).toMatchObject({ statusBefore: 'inspected', statusAfter: 'renovation' });
      expect(recorded.property).toMatchObject({ status: 'renovation', allowedDecisions: ['declaration_lifted', 'close'] });

      const map = await t.app.inject({ method: 'GET', url: '/api/v1/map?bbox=6.76,51.43,6.762,51.432&zoom=18', headers: users.lead.headers });
      expect(map.json<MapFeatureCollectionDto>().features.find((f) => f.properties.id === property.id)?.properties.status).toBe('renovation');

      const summary = await t.app.inject({
        method: 'GET',
        url: `/api/v1/summaries?from=${addDays(cityToday(), -30)}&to=${cityToday()}`,
        headers: users.lead.headers,
      });
      const total = summary.json<SummaryDto>().rows.find((r) => r.total)!;
      expect([total.cells['status.renovation'].value, total.cells['status.closed'].value, total.cells['status.inspected'].value]).toEqual([1, 0, 0]);
    } finally {
      DECISION_TARGET.close = original;
    }
  });
});
