import { describe, expect, it } from 'vitest';
import { addDays, cityToday } from '../../client/src/city-day';
import { numberValue } from '../../client/src/ui/fields';
import { presetPeriod } from '../../client/src/ui/summary-dashboard';

describe('cityToday', () => {
  it("should give the city's date at 00:30 Europe/Berlin in winter and in summer, when UTC still has the day before", () => {
    expect(cityToday(new Date('2026-01-15T23:30:00Z'), 'Europe/Berlin')).toBe('2026-01-16');
    expect(cityToday(new Date('2026-07-15T22:30:00Z'), 'Europe/Berlin')).toBe('2026-07-16');
    expect(cityToday(new Date('2026-07-15T21:30:00Z'), 'Europe/Berlin')).toBe('2026-07-15');
  });

  it("should end the preset periods on the city's today", () => {
    expect(presetPeriod('last12', '2026-12-05')).toEqual({ from: '2025-12-06', to: '2026-12-05' });
    expect(presetPeriod('last12', '2028-02-29')).toEqual({ from: '2027-03-02', to: '2028-02-29' });
    expect(presetPeriod('thisYear', '2026-01-01')).toEqual({ from: '2026-01-01', to: '2026-01-01' });
    expect(presetPeriod('lastYear', '2026-01-01')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('numberValue', () => {
  it('should read a decimal comma and a decimal point alike, and refuse anything else as NaN', () => {
    expect(numberValue('48,5')).toBe(48.5);
    expect(numberValue(' 48.5 ')).toBe(48.5);
    expect(numberValue('12')).toBe(12);
    expect(numberValue(',5')).toBe(0.5);
    expect(numberValue('')).toBeNull();
    for (const bad of ['1.234,5', '48,5 m²', '1e3', '0x10', 'zwölf', '4,4,4']) expect(numberValue(bad)).toBeNaN();
  });
});
