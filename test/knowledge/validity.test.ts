/** Where a date said falls against the validity, at the precision it was said. */
import { describe, expect, it } from 'vitest';
import { againstValidity } from '../../knowledge/index.ts';

const validity = { from: '2025-09-01', to: '2028-08-31' };

describe('againstValidity', () => {
  it('compares a day, a month and a year at their own precision', () => {
    expect(againstValidity('2025-08-31', validity)).toBe('before');
    expect(againstValidity('2025-09-01', validity)).toBe('within');
    expect(againstValidity('2025-08', validity)).toBe('before');
    expect(againstValidity('2025-09', validity)).toBe('within');
    expect(againstValidity('2025', validity)).toBe('within');
    expect(againstValidity('2024', validity)).toBe('before');
    expect(againstValidity('2028-08', validity)).toBe('within');
    expect(againstValidity('2028-09-01', validity)).toBe('after');
    expect(againstValidity('2029', validity)).toBe('after');
  });
});
