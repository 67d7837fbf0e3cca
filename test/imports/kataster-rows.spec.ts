import { describe, expect, it } from 'vitest';
import { mappingProblems, readDate, readKatasterRow, suggestMapping, type Cell, type KatasterMapping } from '../../src/imports/kataster-rows.js';

const MAPPING: KatasterMapping = {
  street: 'Straße',
  houseNumber: 'Nr',
  houseNumberSuffix: 'Zusatz',
  declaredOn: 'Erklärt',
  liftedOn: 'Aufgehoben',
  renovationStartedOn: 'Sanierung',
  reletOn: 'Vermietet',
  personsAffected: 'Personen',
  fileReference: 'Az',
  note: 'Notiz',
};
const read = (cells: Record<string, Cell>) => readKatasterRow(5, new Map(Object.entries({ Straße: 'Musterstraße', Nr: '1', ...cells })), MAPPING, '2026-12-07');
const codes = (result: ReturnType<typeof read>) => result.problems.map((p) => [p.field, p.code]);

describe('Kataster rows', () => {
  it('should suggest each field from a usual German heading, each column once, and leave unknown headings alone', () => {
    expect(suggestMapping(['Lfd. Nr.', 'Straße', 'Hausnummer', 'PLZ', 'Eigentümer/in', 'Unbewohnbar erklärt am', 'Kinder', 'Sonstiges'])).toEqual({
      street: 'Straße',
      houseNumber: 'Hausnummer',
      postcode: 'PLZ',
      owner: 'Eigentümer/in',
      declaredOn: 'Unbewohnbar erklärt am',
      childrenAffected: 'Kinder',
    });
    expect(suggestMapping(['Nr', 'Nr (2)'])).toEqual({ houseNumber: 'Nr' });
  });

  it('should name a mapping’s missing required fields, absent columns and a column chosen twice', () => {
    expect(mappingProblems({ street: 'Straße', owner: 'Straße', note: 'Notiz' }, ['Straße']).map((p) => [p.field, p.code])).toEqual([
      ['houseNumber', 'required'],
      ['owner', 'columnUsedTwice'],
      ['note', 'columnMissing'],
    ]);
  });

  it('should read dates as sheets hold them and refuse two-digit years and impossible days', () => {
    expect(readDate(new Date('2019-03-05T00:00:00Z'))).toBe('2019-03-05');
    expect(readDate('05.03.2019')).toBe('2019-03-05');
    expect(readDate(' 5.3.2019 ')).toBe('2019-03-05');
    expect(readDate('2019-03-05')).toBe('2019-03-05');
    expect(readDate(43529)).toBe('2019-03-05');
    expect(readDate('05.03.19')).toBeNull();
    expect(readDate('31.02.2019')).toBeNull();
    expect(readDate('März 2019')).toBeNull();
    expect(readDate(true)).toBeNull();
  });

  it('should split a number with its suffix unless the suffix has a column of its own', () => {
    expect(read({ Nr: '12 A' }).value).toMatchObject({ houseNumber: '12', houseNumberSuffix: 'a' });
    expect(read({ Nr: 12, Zusatz: 'b' }).value).toMatchObject({ houseNumber: '12', houseNumberSuffix: 'b' });
    expect(read({ Nr: '12-14' }).value).toMatchObject({ houseNumber: '12-14', houseNumberSuffix: null });
    expect(codes(read({ Nr: 'ohne' }))).toEqual([['houseNumber', 'invalidHouseNumber']]);
    expect(codes(read({ Nr: null }))).toEqual([['houseNumber', 'required']]);
  });

  it('should order the decisions by date, same-day ones as a building goes through them, with the statuses they lead through', () => {
    const row = read({ Erklärt: '01.02.2020', Sanierung: '01.02.2020', Aufgehoben: '2021-01-01', Vermietet: '2021-03-01' }).value!;
    expect(row.decisions.map((d) => [d.type, d.effectiveDate, d.statusBefore, d.statusAfter])).toEqual([
      ['declare_uninhabitable', '2020-02-01', 'suspected', 'uninhabitable'],
      ['renovation_started', '2020-02-01', 'uninhabitable', 'renovation'],
      ['declaration_lifted', '2021-01-01', 'renovation', 'released'],
      ['relet', '2021-03-01', 'released', 'relet'],
    ]);
  });

  it('should reject a row whose dates the status rule never allows, or that lie in the future', () => {
    const lifted = read({ Erklärt: '01.02.2021', Aufgehoben: '01.02.2020' });
    expect(lifted.value).toBeNull();
    expect(codes(lifted)).toEqual([['liftedOn', 'decisionOrder']]);
    expect(lifted.problems[0]).toMatchObject({ row: 5, column: 'Aufgehoben', severity: 'error' });
    expect(codes(read({ Erklärt: '01.02.2027' }))).toEqual([['declaredOn', 'notInFuture']]);
  });

  it('should keep people affected only with a declaration', () => {
    expect(codes(read({ Personen: 4 }))).toEqual([['personsAffected', 'requiresDeclaration']]);
    expect(codes(read({ Personen: '4,5', Erklärt: '01.02.2020' }))).toEqual([['personsAffected', 'invalidNumber']]);
    expect(read({ Personen: '4', Erklärt: '01.02.2020' }).value?.personsAffected).toBe(4);
  });

  it('should keep a file reference without any decision in the note, with a warning, rather than drop it', () => {
    const result = read({ Az: '32-U 2019/7', Notiz: 'Hinterhaus' });
    expect(result.value?.note).toBe('Hinterhaus\nAktenzeichen 32-U 2019/7');
    expect(result.problems.map((p) => [p.severity, p.code])).toEqual([['warning', 'fileReferenceInNote']]);
  });

  it('should refuse control characters and text longer than its column', () => {
    expect(codes(read({ Notiz: 'a\u0007b' }))).toEqual([['note', 'controlCharacters']]);
    expect(codes(read({ Straße: 'x'.repeat(201) }))).toEqual([['street', 'tooLong']]);
    // A refused cell rejects its row: the owner is never silently left out.
    const owner = readKatasterRow(
      5,
      new Map<string, Cell>([
        ['Straße', 'Musterstraße'],
        ['Nr', '1'],
        ['Eigentümer', 'x'.repeat(301)],
      ]),
      { ...MAPPING, owner: 'Eigentümer' },
      '2026-12-07',
    );
    expect([owner.value, owner.problems.map((p) => [p.field, p.code])]).toEqual([null, [['owner', 'tooLong']]]);
  });
});
