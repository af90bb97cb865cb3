// French dates in a sentence, and the year: stated, or inferred from the publication date (the
// most recent such day not after it), or unknown — each saying which.
import { describe, expect, it } from 'vitest';
import { dateProperties, findDates, resolveDate } from '../../../ingest/extract/dates.ts';
import { french } from '../../../ingest/lang/fr/index.ts';

const find = (text: string) => findDates(text, french.dates);

describe('findDates', () => {
  it('reads "le 17 décembre", "lundi 10 juillet", "du 10 au 12 novembre", "le matin du 25 novembre"', () => {
    expect(find('Le 17 décembre à Hanoï').map((d) => [d.dateText, d.day, d.month])).toEqual([['17 décembre', 17, 12]]);
    expect(find('lundi 10 juillet, le ministre').map((d) => [d.dateText, d.day, d.month])).toEqual([['lundi 10 juillet', 10, 7]]);
    const range = find('du 10 au 12 novembre 2024 à Tokyo')[0]!;
    expect([range.dateText, range.day, range.endDay, range.month, range.year]).toEqual(['10 au 12 novembre 2024', 10, 12, 11, 2024]);
    const morning = find('Le matin du 25 novembre à Quảng Ninh')[0]!;
    expect([morning.dateText, morning.dayPart]).toEqual(['25 novembre', 'matin']);
    expect(find('le 1er mars')[0]!.day).toBe(1);
  });

  it('gives offsets into the text (shifted by the sentence start)', () => {
    const text = 'Réunion le 5 mars.';
    const [d] = findDates(text, french.dates, 100);
    expect(d!.start - 100).toBe(text.indexOf('5 mars'));
    expect(d!.end - d!.start).toBe('5 mars'.length);
  });

  it('ignores what is not a date: impossible days, numbers before other words', () => {
    expect(find('le 31 février')).toEqual([]);
    expect(find('plus de 200 entreprises et 8 provinces')).toEqual([]);
  });
});

describe('resolveDate', () => {
  const [stated] = find('le 17 décembre');

  it('uses the stated year', () => {
    expect(resolveDate(find('le 3 mars 2024')[0]!, '2025-01-01')).toEqual({
      dateText: '3 mars 2024',
      date: '2024-03-03',
      yearStated: true,
    });
  });

  it('infers the most recent such day not after publication, and says so', () => {
    const before = resolveDate(stated!, '2024-01-05');
    expect(before).toMatchObject({ date: null, yearStated: false, inferredDate: '2023-12-17' });
    expect(before.inference).toContain('2024-01-05');
    expect(resolveDate(stated!, '2024-12-17').inferredDate).toBe('2024-12-17');
    expect(resolveDate(find('le 29 février')[0]!, '2025-06-01').inferredDate).toBe('2024-02-29');
  });

  it('leaves the year unknown without a publication date', () => {
    const r = resolveDate(stated!);
    expect(r).toMatchObject({ date: null, yearStated: false });
    expect(r.inferredDate).toBeUndefined();
    expect(r.inference).toMatch(/unknown/);
  });

  it('gives facts dateText and date, or dateText and inferredDate', () => {
    expect(dateProperties(resolveDate(find('le 3 mars 2024')[0]!))).toEqual({ dateText: '3 mars 2024', date: '2024-03-03' });
    expect(dateProperties(resolveDate(stated!, '2024-01-05'))).toEqual({ dateText: '17 décembre', inferredDate: '2023-12-17' });
    expect(dateProperties(undefined)).toEqual({});
  });
});
