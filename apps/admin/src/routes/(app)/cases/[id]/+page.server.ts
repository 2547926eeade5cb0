/**
 * One case file: its facts, the scope decision, assignment with the recusal prompt, the start-deadline countdown,
 * invited persons, sessions, suspension and withdrawal, the outcome with its written agreement, the follow-ups and
 * the history. The API decides every rule; the page sends the forms and shows the answers beside their fields.
 */
import { randomUUID } from 'node:crypto';
import {
  caseAssignSchema,
  caseCourtAnswerSchema,
  caseCourtRequestSchema,
  caseDayActionSchema,
  caseDeclineSchema,
  caseFollowUpSchema,
  caseInviteSchema,
  caseOutcomeRequestSchema,
  caseOutOfScopeSchema,
  caseScreenSchema,
  caseSessionRequestSchema,
} from '@hgcs/domain';
import { error } from '@sveltejs/kit';
import { apiError } from '#lib/server/api.ts';
import { submit, wholeNumber } from '#lib/server/case-form.ts';
import { orNull, valuesOf } from '#lib/server/registry-form.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, params }) => {
  const { me } = await parent();
  const file = await locals.api.case.get.query({ id: params.id }).catch((e: unknown) => {
    const { status, message } = apiError(e, locals.lang);
    error(status === 400 ? 404 : status, message);
  });
  const canRecord = me.permissions.includes('case.record');
  const canAssign = me.permissions.includes('case.assign');
  const open =
    ['received', 'assigned', 'in_progress', 'suspended'].includes(file.status) && file.scopeDecision === 'mediate';
  const team = canAssign && open ? await locals.api.team.get.query({ id: file.teamId }) : null;
  // Assigned ones, and those who declined this case (related or interested), are not offered again.
  const taken = new Set(file.mediators.map((m) => m.mediatorId));
  return {
    file,
    canRecord,
    canAssign,
    sessionKey: randomUUID(),
    candidates: (team?.members ?? [])
      .filter((m) => !taken.has(m.mediatorId))
      .map((m) => ({ id: m.mediatorId, name: m.fullName })),
  };
};

type Values = Record<string, string>;
const on = (v: Values) => v.on ?? '';

export const actions: Actions = {
  screen: async ({ request, locals, params }) => {
    const v = valuesOf(await request.formData());
    const dispute = {
      category: v.category ?? '',
      otherProcedure: orNull(v.otherProcedure),
      criminal: v.criminal || 'none',
      landUseRights: v.landUseRights === 'on',
      harmsStateOrPublicInterest: v.harmsPublic === 'on',
      barredByOtherLaw: v.barredByLaw === 'on',
      riskOfViolence: v.riskOfViolence === 'on',
    };
    return submit('screen', locals.lang, caseScreenSchema, { caseId: params.id, on: on(v), dispute }, v, (d) =>
      locals.api.case.screen.mutate(d),
    );
  },
  assign: async ({ request, locals, params }) => {
    const data = await request.formData();
    const v = valuesOf(data);
    const chosen = data.getAll('mediatorId').map(String);
    const input = {
      caseId: params.id,
      on: on(v),
      mediators: chosen.map((mediatorId) => ({ mediatorId, recusal: orNull(v[`recusal:${mediatorId}`]) })),
      immediate: v.immediate === 'on',
      agreedStartOn: orNull(v.agreedStartOn),
    };
    return submit('assign', locals.lang, caseAssignSchema, input, v, (d) => locals.api.case.assign.mutate(d));
  },
  decline: async ({ request, locals, params }) => {
    const v = valuesOf(await request.formData());
    const input = { caseId: params.id, mediatorId: v.mediatorId ?? '', on: on(v), reason: v.reason ?? '', note: null };
    return submit(`decline-${v.mediatorId}`, locals.lang, caseDeclineSchema, input, v, (d) =>
      locals.api.case.decline.mutate(d),
    );
  },
  invite: async ({ request, locals, params }) => {
    const v = valuesOf(await request.formData());
    const input = {
      caseId: params.id,
      fullName: v.fullName ?? '',
      role: v.role ?? '',
      otherPartyConsented: v.otherPartyConsented === 'on',
    };
    return submit('invite', locals.lang, caseInviteSchema, input, v, (d) => locals.api.case.invite.mutate(d));
  },
  session: async ({ request, locals, params }) => {
    const data = await request.formData();
    const v = valuesOf(data);
    const input = {
      caseId: params.id,
      clientKey: v.clientKey ?? '',
      heldOn: v.heldOn ?? '',
      place: v.place ?? '',
      durationMinutes: wholeNumber(v.durationMinutes),
      mediatorIds: data.getAll('mediatorId').map(String),
      partyIds: data.getAll('partyId').map(String),
      summary: v.summary ?? '',
    };
    return submit('session', locals.lang, caseSessionRequestSchema, input, v, (d) =>
      locals.api.case.recordSession.mutate(d),
    );
  },
  suspend: async ({ request, locals, params }) => {
    const v = valuesOf(await request.formData());
    return submit('pause', locals.lang, caseDayActionSchema, { caseId: params.id, on: on(v) }, v, (d) =>
      locals.api.case.suspend.mutate(d),
    );
  },
  resume: async ({ request, locals, params }) => {
    const v = valuesOf(await request.formData());
    return submit('pause', locals.lang, caseDayActionSchema, { caseId: params.id, on: on(v) }, v, (d) =>
      locals.api.case.resume.mutate(d),
    );
  },
  withdraw: async ({ request, locals, params }) => {
    const v = valuesOf(await request.formData());
    return submit('pause', locals.lang, caseDayActionSchema, { caseId: params.id, on: on(v) }, v, (d) =>
      locals.api.case.withdraw.mutate(d),
    );
  },
  outcome: async ({ request, locals, params }) => {
    const data = await request.formData();
    const v = valuesOf(data);
    const signatures = [...data.entries()]
      .filter(([k, mark]) => k.startsWith('mark:') && (mark === 'signature' || mark === 'fingerprint'))
      .map(([k, mark]) => ({ signerId: k.slice(5), mark: String(mark) }));
    const writtenAgreement =
      v.outcome === 'successful'
        ? {
            basis: v.basis ?? '',
            matterSummary: v.matterSummary ?? '',
            mediationCourse: v.mediationCourse ?? '',
            agreementAndMeasures: v.agreementAndMeasures ?? '',
            rightsAndObligations: v.rightsAndObligations ?? '',
            performanceMethodAndTime: v.performanceMethodAndTime ?? '',
            signatures,
          }
        : null;
    const result = {
      outcome: v.outcome ?? '',
      endedOn: on(v),
      ...(v.outcome === 'successful' ? { writtenAgreement } : {}),
    };
    return submit('outcome', locals.lang, caseOutcomeRequestSchema, { caseId: params.id, result }, v, (d) =>
      locals.api.case.recordOutcome.mutate(d),
    );
  },
  outOfScope: async ({ request, locals, params }) => {
    const data = await request.formData();
    const v = valuesOf(data);
    const input = { caseId: params.id, on: on(v), reportedTo: data.getAll('reportedTo').map(String) };
    return submit('outOfScope', locals.lang, caseOutOfScopeSchema, input, v, (d) =>
      locals.api.case.closeOutOfScope.mutate(d),
    );
  },
  courtRequest: async ({ request, locals, params }) => {
    const data = await request.formData();
    const v = valuesOf(data);
    const input = {
      caseId: params.id,
      requestedOn: v.requestedOn ?? '',
      requesterIds: data.getAll('requesterId').map(String),
      partiesHaveFullCivilCapacity: v.partiesHaveFullCivilCapacity === 'on',
      partiesHoldRightsConcerned: v.partiesHoldRightsConcerned === 'on',
      affectedThirdPartyConsents: v.thirdParty === 'on' ? true : null,
      voluntaryLawfulAndEthical: v.voluntaryLawfulAndEthical === 'on',
    };
    return submit('court', locals.lang, caseCourtRequestSchema, input, v, (d) =>
      locals.api.case.requestCourt.mutate(d),
    );
  },
  courtAnswer: async ({ request, locals, params }) => {
    const v = valuesOf(await request.formData());
    const input = { caseId: params.id, decidedOn: v.decidedOn ?? '', decision: v.decision ?? '' };
    return submit('courtAnswer', locals.lang, caseCourtAnswerSchema, input, v, (d) =>
      locals.api.case.recordCourtAnswer.mutate(d),
    );
  },
  followUp: async ({ request, locals, params }) => {
    const v = valuesOf(await request.formData());
    const input = {
      caseId: params.id,
      followUpId: v.followUpId ?? '',
      on: on(v),
      result: v.result ?? '',
      note: orNull(v.note),
    };
    return submit(`followUp-${v.followUpId}`, locals.lang, caseFollowUpSchema, input, v, (d) =>
      locals.api.case.recordFollowUp.mutate(d),
    );
  },
};
