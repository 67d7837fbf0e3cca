import { describe, expect, it } from 'vitest';
import { bodyShapeErrors } from '../../src/common/body-shape.pipe.js';

const limits = { maxDepth: 3, maxItems: 4, maxErrors: 2 };

describe('bodyShapeErrors', () => {
  it('should accept bodies within the limits', () => {
    expect(bodyShapeErrors({ a: [1, 2, 3, 4], b: { c: { d: 'x' } } }, limits)).toEqual([]);
  });

  it('should name an array longer than the limit by its path, without looking inside it', () => {
    expect(bodyShapeErrors({ list: [{ items: [1, 2, 3, 4, 5] }] }, limits)).toEqual([
      { field: 'list[0].items', message: 'list[0].items must contain no more than 4 elements', code: 'arrayMaxSize', params: [4] },
    ]);
  });

  it('should name the top-level field of nesting deeper than the limit, however deep it goes', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(bodyShapeErrors({ notes: deep }, limits)).toEqual([
      { field: 'notes', message: 'notes is nested deeper than 3 levels', code: 'maxDepth', params: [3] },
    ]);
  });

  it('should stop after the maximum number of errors', () => {
    expect(bodyShapeErrors({ a: [1, 2, 3, 4, 5], b: [1, 2, 3, 4, 5], c: [1, 2, 3, 4, 5] }, limits)).toHaveLength(2);
  });
});
