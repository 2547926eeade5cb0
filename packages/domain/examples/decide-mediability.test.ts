import { expect, it } from 'vitest';
import { decideExampleDisputes } from './decide-mediability.ts';

it("mediates a neighbours' conflict and a land dispute, refers a land dispute filed at the commune and a serious assault", () => {
  const r = decideExampleDisputes();
  expect(r.sharedWaterPipe).toEqual({ mediable: true, exclusions: [], referTo: [], reports: [], ifUnsuccessful: null });
  expect(r.landBoundary).toEqual({
    mediable: true,
    exclusions: [],
    referTo: [],
    reports: [],
    ifUnsuccessful: 'commune_land_mediation',
  });
  expect(r.landBoundaryFiledAtCommune).toEqual({
    mediable: false,
    exclusions: ['SCOPE.OTHER_PROCEDURE'],
    referTo: ['commune_land_mediation'],
    reports: [],
    ifUnsuccessful: null,
  });
  expect(r.seriousAssault).toMatchObject({
    mediable: false,
    exclusions: ['SCOPE.CRIMINAL_PROSECUTION'],
    referTo: ['police'],
    reports: ['risk_of_violence', 'signs_of_violation'],
  });
});
