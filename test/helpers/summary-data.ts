import type { DistrictLevel } from '../../src/districts/district.entity.js';
import type { Operation } from '../../src/operations/operation.entity.js';
import type { Property } from '../../src/properties/property.entity.js';
import { makeDecision, type DecisionSpec } from '../factories/decision.factory.js';
import { makeDistrict } from '../factories/district.factory.js';
import { makeOperation, type OperationSpec } from '../factories/operation.factory.js';
import { makeProperty } from '../factories/property.factory.js';
import type { TestApp } from './test-app.js';

/** The street every summary test property lies in: it must never appear in a summary. */
export const SECRET_STREET = 'Geheimweg';

/** The factories with the summary tests' place: every district in Duisburg, every building in SECRET_STREET. */
export class SummaryData {
  constructor(private readonly t: TestApp) {}

  district(name: string, code: string, level: DistrictLevel = 'bezirk', box: [number, number, number, number] = [6.7, 51.4, 6.8, 51.5]) {
    return makeDistrict(this.t, { name, code, level, box, city: 'Duisburg' });
  }

  /** A property opened on `createdOn`. */
  property(districtId: string | null, createdOn: string): Promise<Property> {
    return makeProperty(this.t, { street: SECRET_STREET, postcode: '47051', city: 'Duisburg', lat: 51.45, lon: 6.75, districtId, createdOn });
  }

  operation(property: Property, spec: OperationSpec): Promise<Operation> {
    return makeOperation(this.t, property, spec);
  }

  decision(property: Property, spec: DecisionSpec) {
    return makeDecision(this.t, property, spec);
  }
}
