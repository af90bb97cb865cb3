import { describe, expect, it } from 'vitest';
import { ALL_TIME, factDate, inTimeRange } from '../../contract/fact-date.ts';

describe('factDate', () => {
  it('prefers the stated date, then the inferred one, and reads anything else as undated', () => {
    expect(factDate({ date: '2024-03-05', inferredDate: '2023-03-05' })).toEqual({ date: '2024-03-05', inferred: false });
    expect(factDate({ dateText: '25 novembre', inferredDate: '2023-11-25' })).toEqual({ date: '2023-11-25', inferred: true });
    expect(factDate({ dateText: 'lundi' })).toBeNull();
    expect(factDate({ date: 'March 2024' })).toBeNull();
  });
});

describe('inTimeRange', () => {
  const range = { from: '2024-01-01', to: '2024-12-31', showUndated: false };
  it('keeps the bounds inclusive and follows the undated switch', () => {
    expect(inTimeRange(range, { date: '2024-01-01' })).toBe(true);
    expect(inTimeRange(range, { date: '2024-12-31' })).toBe(true);
    expect(inTimeRange(range, { date: '2025-01-01' })).toBe(false);
    expect(inTimeRange(range, {})).toBe(false);
    expect(inTimeRange({ ...range, showUndated: true }, {})).toBe(true);
    expect(inTimeRange(ALL_TIME, { inferredDate: '1990-01-01' })).toBe(true);
  });
});
