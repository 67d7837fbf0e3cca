import { InitialSchema1763700000000 } from './migrations/1763700000000-initial-schema.js';
import { MeasureStateNote1763800000000 } from './migrations/1763800000000-measure-state-note.js';
import { RateLimitHits1763900000000 } from './migrations/1763900000000-rate-limit-hits.js';
import { ScaleIndexes1764000000000 } from './migrations/1764000000000-scale-indexes.js';
import { OperationsDateCovering1764100000000 } from './migrations/1764100000000-operations-date-covering.js';
import { SummaryOpenMeasures1764200000000 } from './migrations/1764200000000-summary-open-measures.js';

/** Every migration in order; listed explicitly because ES modules cannot be globbed at run time. */
export const MIGRATIONS = [InitialSchema1763700000000, MeasureStateNote1763800000000, RateLimitHits1763900000000, ScaleIndexes1764000000000, OperationsDateCovering1764100000000, SummaryOpenMeasures1764200000000];
