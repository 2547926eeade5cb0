import { describe, expect, it } from 'vitest';
import { decideRewardRoute } from './decide-reward-route.ts';

describe('decideRewardRoute (Law on Emulation and Commendation 2022 Art. 80.3, 83.1)', () => {
  it('lets the commune chairman decide a Giấy khen for a mediator or a team', () => {
    expect(
      decideRewardRoute({ form: 'certificate_of_merit', recipientKind: 'individual', underCommuneManagement: true }),
    ).toEqual({ action: 'decide', decidedBy: 'commune_chairman', issues: [] });
    expect(
      decideRewardRoute({ form: 'certificate_of_merit', recipientKind: 'collective', underCommuneManagement: true })
        .action,
    ).toBe('decide');
  });
  it('sends higher awards upward (the chairman proposes)', () => {
    expect(
      decideRewardRoute({
        form: 'provincial_certificate_of_merit',
        recipientKind: 'collective',
        underCommuneManagement: true,
      }),
    ).toMatchObject({ action: 'propose_upward', decidedBy: 'higher_authority', issues: [] });
  });
  it('lists a wrong recipient and a nominee outside the commune', () => {
    const r = decideRewardRoute({
      form: 'cultured_family_title',
      recipientKind: 'individual',
      underCommuneManagement: false,
    });
    expect(r.issues.map((i) => i.code)).toEqual(['REWARD.WRONG_RECIPIENT', 'REWARD.NOT_UNDER_MANAGEMENT']);
  });
  it("takes the list of the chairman's forms as a parameter, and refuses unknown forms", () => {
    expect(
      decideRewardRoute({ form: 'certificate_of_merit', recipientKind: 'individual', underCommuneManagement: true }, [])
        .action,
    ).toBe('propose_upward');
    expect(() =>
      decideRewardRoute({ form: 'medal' as never, recipientKind: 'individual', underCommuneManagement: true }),
    ).toThrow(expect.objectContaining({ code: 'INPUT.INVALID' }));
  });
});
