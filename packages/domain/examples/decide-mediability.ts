/**
 * Example: can a problem be mediated at the grassroots, and if not, where does the citizen go?
 * (Law 35/2013 Art. 1.2, 3, 10; Decree 15/2014 Art. 5 — mediation/decide-mediability.ts)
 */
import { decideMediability, type DisputeInput } from '@hgcs/domain';

export const disputes = {
  /** Neighbours quarrel over a shared water pipe in làng Bi Dông (Decree 15/2014 Art. 5.1 item 1). */
  sharedWaterPipe: { category: 'interpersonal_conflict' } satisfies DisputeInput,
  /** A boundary dispute over land-use rights: a civil dispute the team mediates (Decree 15/2014 Art. 5.1.b). */
  landBoundary: { category: 'civil', landUseRights: true } satisfies DisputeInput,
  /** The same dispute once filed with the commune People's Committee for land mediation (Land Law 2024 Art. 235.2). */
  landBoundaryFiledAtCommune: {
    category: 'civil',
    landUseRights: true,
    otherProcedure: 'land_dispute_commune',
  } satisfies DisputeInput,
  /** A fight that left someone badly hurt: must be prosecuted, and there is a risk of more violence. */
  seriousAssault: {
    category: 'minor_violation',
    criminal: 'prosecution_required',
    riskOfViolence: true,
  } satisfies DisputeInput,
};

export function decideExampleDisputes() {
  return Object.fromEntries(
    Object.entries(disputes).map(([name, d]) => {
      const decision = decideMediability(d);
      return [
        name,
        {
          mediable: decision.mediable,
          exclusions: decision.exclusions.map((e) => e.code),
          referTo: decision.exclusions.map((e) => e.referral.target),
          reports: decision.reports.map((r) => r.duty),
          ifUnsuccessful: decision.ifUnsuccessful?.target ?? null,
        },
      ];
    }),
  );
}

// `node examples/dist/decide-mediability.js` prints each dispute's decision as JSON.
if (import.meta.main) console.log(JSON.stringify(decideExampleDisputes(), null, 2));
