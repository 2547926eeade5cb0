import { describe, expect, it } from 'vitest';
import { summarizeMaterialAccess } from './material-access.ts';

describe('summarizeMaterialAccess (Decision 315: 100% access to the material set)', () => {
  it('counts access and use as of a day, ignoring other sets and later records', () => {
    const r = summarizeMaterialAccess({
      mediatorIds: ['a', 'b', 'c', 'd', 'a'],
      asOf: '2027-06-30',
      records: [
        { mediatorId: 'a', grantedOn: '2027-01-05', channel: 'printed', lastUsedOn: '2027-06-30' },
        { mediatorId: 'b', grantedOn: '2027-06-30', channel: 'online' },
        { mediatorId: 'c', grantedOn: '2027-07-01', channel: 'both' },
        {
          mediatorId: 'd',
          materialSetId: 'local-leaflets',
          grantedOn: '2027-01-01',
          channel: 'printed',
          lastUsedOn: '2027-02-01',
        },
      ],
    });
    expect(r).toEqual({ mediators: 4, withAccess: 2, withAccessAndUse: 1, withoutAccess: ['c', 'd'], notUsing: ['b'] });
  });
  it('handles no mediators and refuses a bad channel', () => {
    expect(summarizeMaterialAccess({ mediatorIds: [], records: [], asOf: '2027-01-01' }).mediators).toBe(0);
    expect(() =>
      summarizeMaterialAccess({
        mediatorIds: ['a'],
        records: [{ mediatorId: 'a', grantedOn: '2027-01-01', channel: 'radio' as never }],
        asOf: '2027-01-01',
      }),
    ).toThrow(expect.objectContaining({ code: 'INPUT.INVALID' }));
  });
});
