import { expect, it } from 'vitest';
import { decideExampleDisputes } from './decide-mediability.ts';

it("mediates a neighbours' conflict, refers a land dispute and a serious assault elsewhere", () => {
  const r = decideExampleDisputes();
  expect(r.sharedWaterPipe).toEqual({ mediable: true, exclusions: [], referTo: [], reports: [] });
  expect(r.landBoundaryAtCommune).toEqual({
    mediable: false,
    exclusions: ['SCOPE.OTHER_PROCEDURE'],
    referTo: ['commune_land_mediation'],
    reports: [],
  });
  expect(r.seriousAssault).toMatchObject({
    mediable: false,
    exclusions: ['SCOPE.CRIMINAL_PROSECUTION'],
    referTo: ['police'],
    reports: ['risk_of_violence', 'signs_of_violation'],
  });
});
