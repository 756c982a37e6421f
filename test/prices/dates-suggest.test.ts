import { dateToSerial, isoDateToSerial, isoDay, serialToDate } from '../../src/prices/dates';
import { closest, editDistance } from '../../src/prices/suggest';

describe('Excel dates', () => {
  it('converts serials and ISO dates both ways (1900 system)', () => {
    expect(isoDateToSerial('2025-06-10')).toBe(45818);
    expect(isoDateToSerial('1900-03-01')).toBe(61);
    expect(isoDay(serialToDate(45818))).toBe('2025-06-10');
    expect(isoDay(serialToDate(45818.99))).toBe('2025-06-10');
    expect(dateToSerial(new Date('2024-02-29T00:00:00Z'))).toBe(45351);
  });
  it('rejects what is not a real calendar date', () => {
    for (const text of ['2025-02-29', '2025-13-01', '10/06/2025', '2025-6-1', ''])
      expect(isoDateToSerial(text)).toBeUndefined();
  });
});

describe('suggestions', () => {
  it('counts edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('gpt-4o', 'gpt-4o')).toBe(0);
  });
  it('returns the closest distinct candidates, ties in the given order', () => {
    expect(closest('gpt4o', ['gpt-5', 'gpt-4o', 'gpt-4', 'gpt-4o', 'claude'])).toEqual(['gpt-4o', 'gpt-5', 'gpt-4']);
    expect(closest('gpt4o', ['gpt-4', 'gpt-5', 'gpt-4o'])).toEqual(['gpt-4o', 'gpt-4', 'gpt-5']);
    expect(closest('x', ['a'], 3)).toEqual(['a']);
  });
});
