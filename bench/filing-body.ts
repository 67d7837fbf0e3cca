import type { FindingCategory, Severity } from '../src/operations/finding.entity.js';
import type { CreateOperationDto } from '../src/operations/operations.dto.js';

// Type-only imports: the load worker stays free of entity classes and their decorators.
const CATEGORIES: readonly FindingCategory[] = ['electricity', 'heating', 'water_sanitation', 'fire_safety', 'structural_safety', 'vermin', 'waste'];
const SEVERITIES: readonly Severity[] = ['minor', 'minor', 'major', 'danger'];

/** The body of POST /operations for the filing benchmark: a joint inspection with `findings` findings. */
export function filingBody(propertyId: string, findings: number, n: number): CreateOperationDto {
  return {
    propertyId,
    kind: 'joint_inspection',
    date: '2025-06-15',
    trigger: 'complaint',
    interpreterPresent: n % 4 === 0,
    agencyCodes: ['bauaufsicht', 'feuerwehr'],
    unitsEntered: 3,
    unitsNotAccessible: n % 2,
    notes: null,
    findings: Array.from({ length: findings }, (_, i) => ({
      category: CATEGORIES[(n + i) % CATEGORIES.length],
      severity: SEVERITIES[(n + i) % SEVERITIES.length],
      description: `Benchmark-Befund ${i + 1}: Mangel festgestellt`,
      visibility: 'taskforce' as const,
    })),
    occupancyCounts: [],
    measures: [],
  };
}
