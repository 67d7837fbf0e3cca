import { beforeAll, describe, expect, it } from 'vitest';
import { checkDecision, derivePropertyStatus, type PropertyHistory } from '../../src/properties/property-status.js';
import { DEMO_FIRST_DAY, DEMO_LAST_DAY, generateDemoData, type GeneratedDemoData } from '../../seeds/demo-data.js';
import { loadDuisburgOutlines } from '../../seeds/duisburg-outlines.js';

const actors = { inspector: 'u-inspector', bauaufsicht: 'u-bauaufsicht', jugendamt: 'u-jugendamt', lead: 'u-lead' };

function generate(): GeneratedDemoData {
  const outlines = loadDuisburgOutlines();
  const byCode = new Map([...outlines.bezirke, ...outlines.ortsteile].map((f) => [f.properties.code, `district-${f.properties.code}`]));
  return generateDemoData(outlines, { byCode }, actors);
}

/** The history of one property as the rule sees it, from the generated rows. */
function historyOf(generated: GeneratedDemoData, propertyId: string): PropertyHistory {
  const { data } = generated;
  const property = data.properties.find((p) => p.id === propertyId)!;
  const withdrawn = new Set(data.findings.filter((f) => f.withdrawnByAmendmentId).map((f) => f.id));
  return {
    createdOn: property.createdAt.toISOString().slice(0, 10),
    operations: data.operations
      .filter((o) => o.propertyId === propertyId && o.state === 'submitted')
      .sort((a, b) => a.date.localeCompare(b.date) || a.submittedAt!.getTime() - b.submittedAt!.getTime())
      .map((o) => ({
        kind: o.kind,
        date: o.date,
        severities: data.findings.filter((f) => f.operationId === o.id && !withdrawn.has(f.id)).map((f) => f.severity),
      })),
    decisions: data.decisions
      .filter((d) => d.propertyId === propertyId)
      .sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate) || a.createdAt.getTime() - b.createdAt.getTime())
      .map((d) => ({ type: d.type, effectiveDate: d.effectiveDate })),
  };
}

describe('generateDemoData', () => {
  let generated: GeneratedDemoData;

  beforeAll(() => {
    generated = generate();
  });

  it('should be the same data on every run', () => {
    const again = generate();
    expect(again.data.properties.map((p) => [p.id, p.addressKey, p.status])).toEqual(generated.data.properties.map((p) => [p.id, p.addressKey, p.status]));
    expect(again.data.decisions.length).toBe(generated.data.decisions.length);
  });

  it('should reproduce the practice figures: 150 declared uninhabitable, 23 of them re-let', () => {
    expect(generated.everDeclared).toBe(150);
    expect(generated.reletAfterDeclaration).toBe(23);
    expect(generated.data.properties.length).toBe(600);
  });

  it('should place every building in a district, with unique addresses', () => {
    expect(generated.data.properties.every((p) => p.districtId?.startsWith('district-'))).toBe(true);
    expect(new Set(generated.data.properties.map((p) => p.addressKey)).size).toBe(600);
    expect(generated.data.properties.every((p) => /^47[0-2]\d\d$/.test(p.postcode ?? '') && p.postcode! >= '47051' && p.postcode! <= '47279')).toBe(true);
  });

  it('should give the demo city official addresses: most buildings on their point, a few pinned beside it or missing from the list, and houses to record', () => {
    const { officialAddresses, properties } = generated.data;
    const matches = (m: string | null) => properties.filter((p) => p.addressMatch === m).length;
    expect([matches('official'), matches('manual_pin'), matches('unmatched'), matches(null)]).toEqual([570, 15, 15, 0]);
    const byId = new Map(officialAddresses.map((a) => [a.id, a]));
    for (const p of properties.filter((q) => q.addressMatch === 'official')) expect(byId.get(p.officialAddressId!)).toMatchObject({ lat: p.lat, lon: p.lon });
    // Without a building in the file: what the search offers to record.
    const standing = new Set(properties.map((p) => p.officialAddressId));
    expect(officialAddresses.filter((a) => !standing.has(a.id)).length).toBeGreaterThan(500);
    expect(new Set(officialAddresses.map((a) => a.id)).size).toBe(officialAddresses.length);
  });

  it('should keep every date between the first and the last demo day', () => {
    const dates = [...generated.data.operations.map((o) => o.date), ...generated.data.decisions.map((d) => d.effectiveDate)];
    expect(dates.every((d) => d >= DEMO_FIRST_DAY && d <= DEMO_LAST_DAY)).toBe(true);
  });

  it('should accept every decision when replayed in order, both against the operations of its day and against all of them', () => {
    for (const property of generated.data.properties) {
      const history = historyOf(generated, property.id);
      history.decisions.forEach((decision, i) => {
        const before = history.decisions.slice(0, i);
        const onTheDay = checkDecision(
          { ...history, operations: history.operations.filter((o) => o.date <= decision.effectiveDate), decisions: before },
          decision,
        );
        const withAll = checkDecision({ ...history, decisions: before }, decision);
        expect(onTheDay, `${property.street} ${property.houseNumber}: ${decision.type} ${decision.effectiveDate}`).toMatchObject({ ok: true });
        expect(withAll, `${property.street} ${property.houseNumber}: ${decision.type} ${decision.effectiveDate}`).toMatchObject({ ok: true });
      });
      const derived = derivePropertyStatus(history);
      expect([property.status, property.statusSince]).toEqual([derived.status, derived.since]);
    }
  });

  it('should record people affected and where they went, summing up, on every declaration', () => {
    const declarations = generated.data.decisions.filter((d) => d.type === 'declare_uninhabitable');
    for (const d of declarations) {
      expect(d.personsAffected).not.toBeNull();
      expect((d.rehousedShelter ?? 0) + (d.rehousedOwner ?? 0) + (d.rehousedSelf ?? 0) + (d.rehousedUnknown ?? 0)).toBe(d.personsAffected);
      expect(d.childrenAffected!).toBeLessThanOrEqual(d.personsAffected!);
    }
  });

  it('should include overcrowded units, agency-only findings, open measures past their deadline and registration results', () => {
    const { data } = generated;
    expect(data.occupancyCounts.some((c) => c.personsFound > 0 && c.livingSpaceM2! / c.personsFound < 10)).toBe(true);
    expect(data.findings.some((f) => f.visibility === 'agency' && f.category === 'child_welfare' && f.agencyCode === 'jugendamt')).toBe(true);
    expect(data.measures.some((m) => m.state === 'open' && m.deadline !== null && m.deadline < DEMO_LAST_DAY)).toBe(true);
    expect(data.measures.some((m) => m.type === 'deregistration_ex_officio' && (m.personsCount ?? 0) > 0)).toBe(true);
    expect(data.measures.some((m) => m.type === 'registration_request' && (m.personsCount ?? 0) > 0)).toBe(true);
    expect(data.parties.some((p) => p.kind === 'company' && p.aliases.length > 0)).toBe(true);
  });

  it('should give every operation 2 to 6 agencies including its lead agency', () => {
    const { data } = generated;
    const byOperation = new Map<string, string[]>();
    for (const a of data.operationAgencies) byOperation.set(a.operationId, [...(byOperation.get(a.operationId) ?? []), a.agencyCode]);
    for (const o of data.operations) {
      const agencies = byOperation.get(o.id) ?? [];
      expect(agencies.length).toBeGreaterThanOrEqual(2);
      expect(agencies.length).toBeLessThanOrEqual(6);
      expect(agencies).toContain(o.leadAgencyCode);
    }
  });
});
