/**
 * Error and issue codes of the mediation module (namespaced), with Vietnamese and English messages.
 * Thrown as `DomainError`s, or returned as lists of issues by the checks (composition, agreement, standards).
 */
import type { ErrorKind } from '../errors/domain-error.ts';

export const mediationMessages = {
  // Mediator standards — Law 35/2013 Art. 7 (R-MED-1)
  'MEDIATOR.NOT_VIETNAMESE_CITIZEN': {
    kind: 'invalid',
    vi: 'Người được đề xuất phải là công dân Việt Nam.',
    en: 'The candidate must be a Vietnamese citizen.',
  },
  'MEDIATOR.NOT_PERMANENT_RESIDENT': {
    kind: 'invalid',
    vi: 'Người được đề xuất phải thường trú tại thôn/tổ dân phố của tổ hòa giải.',
    en: "The candidate must have permanent residence in the team's village.",
  },
  'MEDIATOR.NOT_VOLUNTARY': {
    kind: 'invalid',
    vi: 'Người được đề xuất phải tự nguyện tham gia hòa giải.',
    en: 'The candidate must volunteer.',
  },
  'MEDIATOR.CHARACTER_NOT_ATTESTED': {
    kind: 'invalid',
    vi: 'Chưa xác nhận người được đề xuất có phẩm chất đạo đức tốt, có uy tín trong cộng đồng.',
    en: 'Good moral character and community respect are not attested.',
  },
  'MEDIATOR.PERSUASION_NOT_ATTESTED': {
    kind: 'invalid',
    vi: 'Chưa xác nhận người được đề xuất có khả năng thuyết phục, vận động nhân dân.',
    en: 'The ability to persuade and mobilise people is not attested.',
  },
  'MEDIATOR.LEGAL_KNOWLEDGE_NOT_ATTESTED': {
    kind: 'invalid',
    vi: 'Chưa xác nhận người được đề xuất có hiểu biết pháp luật.',
    en: 'Legal knowledge is not attested.',
  },
  // Elections — Law 35/2013 Art. 8, 14; NQLT 01/2014 Art. 12
  'ELECTION.NO_QUORUM': {
    kind: 'invalid',
    vi: 'Cuộc họp bầu không hợp lệ: chỉ có {attending}/{households} đại diện hộ gia đình tham dự (cần trên 50%).',
    en: 'The election meeting is invalid: only {attending} of {households} household representatives attended (more than 50% needed).',
  },
  'ELECTION.COUNT_NOT_WITNESSED': {
    kind: 'invalid',
    vi: 'Việc kiểm phiếu phải có ít nhất một đại diện hộ gia đình không phải là người ứng cử chứng kiến.',
    en: 'Ballots must be counted before at least one household representative who is not a candidate.',
  },
  'ELECTION.LEADER_NO_MAJORITY': {
    kind: 'invalid',
    vi: 'Không có hòa giải viên nào được trên 50% số hòa giải viên của tổ tán thành.',
    en: "No mediator won the agreement of more than 50% of the team's mediators.",
  },
  'ELECTION.LEADER_TIE': {
    kind: 'conflict',
    vi: 'Có nhiều hòa giải viên cùng đạt số phiếu cao nhất; cần bầu lại.',
    en: 'Several mediators tie for the most votes; a new vote is needed.',
  },
  // Team composition — Law 35/2013 Art. 12.1 (R-TEAM-1)
  'TEAM.TOO_FEW_MEDIATORS': {
    kind: 'invalid',
    vi: 'Tổ hòa giải có {count} hòa giải viên đang hoạt động; cần ít nhất {min}.',
    en: 'The team has {count} active mediators; at least {min} are required.',
  },
  'TEAM.NO_WOMAN': {
    kind: 'invalid',
    vi: 'Tổ hòa giải phải có ít nhất một hòa giải viên nữ.',
    en: 'The team must include at least one woman mediator.',
  },
  'TEAM.NO_ETHNIC_MINORITY_MEDIATOR': {
    kind: 'invalid',
    vi: 'Thôn/làng là vùng có nhiều đồng bào dân tộc thiểu số: tổ phải có hòa giải viên là người dân tộc thiểu số.',
    en: 'The village is an ethnic-minority area: the team must include an ethnic-minority mediator.',
  },
  'TEAM.NO_LEADER': { kind: 'invalid', vi: 'Tổ hòa giải chưa có tổ trưởng.', en: 'The team has no leader.' },
  'TEAM.NOT_ACTIVE_MEMBER': {
    kind: 'invalid',
    vi: 'Người được đề nghị cho thôi ({mediator}) không phải hòa giải viên đang hoạt động của tổ.',
    en: 'The person proposed for termination ({mediator}) is not an active mediator of the team.',
  },
  'TEAM.LEADER_NOT_ACTIVE_MEMBER': {
    kind: 'invalid',
    vi: 'Tổ trưởng phải là hòa giải viên đang hoạt động của tổ.',
    en: 'The leader must be an active mediator of the team.',
  },
  // Scope — Law 35/2013 Art. 1.2, 3; Decree 15/2014 Art. 5 (R-SCOPE-0, R-SCOPE-1)
  'SCOPE.OTHER_PROCEDURE': {
    kind: 'invalid',
    vi: 'Việc này được giải quyết theo thủ tục khác, không phải hòa giải ở cơ sở.',
    en: 'This matter follows another procedure, not grassroots mediation.',
  },
  'SCOPE.HARMS_PUBLIC_INTEREST': {
    kind: 'invalid',
    vi: 'Việc xâm phạm lợi ích của Nhà nước, lợi ích công cộng không được hòa giải ở cơ sở.',
    en: 'Matters harming State or public interests cannot be mediated at the grassroots.',
  },
  'SCOPE.MARRIAGE_FAMILY_FOR_STATE_BODY': {
    kind: 'invalid',
    vi: 'Việc hôn nhân và gia đình này phải do cơ quan nhà nước có thẩm quyền (Tòa án) giải quyết.',
    en: 'This marriage or family matter must be settled by a competent State body (the court).',
  },
  'SCOPE.UNLAWFUL_CIVIL_TRANSACTION': {
    kind: 'invalid',
    vi: 'Giao dịch dân sự vi phạm điều cấm của luật hoặc trái đạo đức xã hội không được hòa giải.',
    en: 'Civil transactions breaching legal prohibitions or social ethics cannot be mediated.',
  },
  'SCOPE.CRIMINAL_PROSECUTION': {
    kind: 'invalid',
    vi: 'Hành vi phải bị truy cứu trách nhiệm hình sự không được hòa giải ở cơ sở.',
    en: 'Conduct that must be prosecuted criminally cannot be mediated at the grassroots.',
  },
  'SCOPE.ADMINISTRATIVE_SANCTION': {
    kind: 'invalid',
    vi: 'Hành vi phải bị xử lý vi phạm hành chính không được hòa giải ở cơ sở.',
    en: 'Conduct that must be sanctioned administratively cannot be mediated at the grassroots.',
  },
  'SCOPE.BARRED_BY_LAW': {
    kind: 'invalid',
    vi: 'Pháp luật quy định việc này không được hòa giải ở cơ sở.',
    en: 'The law says this matter may not be mediated at the grassroots.',
  },
  'SCOPE.CATEGORY_DISABLED': {
    kind: 'invalid',
    vi: 'Loại việc này chưa được xác định thuộc phạm vi hòa giải ở cơ sở; cần hỏi ý kiến công chức Tư pháp – Hộ tịch.',
    en: 'This kind of matter is not confirmed as within grassroots mediation; ask the justice officer.',
  },
  // Cases — Law 35/2013 Art. 16–27 (R-CASE-1..3)
  'CASE.ILLEGAL_TRANSITION': {
    kind: 'conflict',
    vi: 'Không thể thực hiện "{event}" khi vụ việc đang ở trạng thái "{status}".',
    en: 'Cannot "{event}" a case whose status is "{status}".',
  },
  'CASE.ROLE_NOT_ALLOWED': {
    kind: 'forbidden',
    vi: 'Vai trò "{role}" không được thực hiện "{event}" đối với vụ việc.',
    en: 'The role "{role}" may not "{event}" a case.',
  },
  'CASE.DATE_BEFORE_LAST_CHANGE': {
    kind: 'invalid',
    vi: 'Ngày {now} sớm hơn lần cập nhật trước của vụ việc ({last}).',
    en: "The date {now} is before the case's last change ({last}).",
  },
  'CASE.MEDIATOR_CONFLICTED': {
    kind: 'invalid',
    vi: 'Không được phân công hòa giải viên {mediator}: có quyền lợi liên quan hoặc không thể bảo đảm khách quan.',
    en: 'Mediator {mediator} cannot be assigned: they have an interest or cannot be impartial.',
  },
  'CASE.WRITTEN_AGREEMENT_INCOMPLETE': {
    kind: 'invalid',
    vi: 'Văn bản hòa giải thành còn thiếu {count} nội dung bắt buộc.',
    en: 'The written agreement lacks {count} required contents.',
  },
  'CASE.AGREED_START_BEFORE_ASSIGNMENT': {
    kind: 'invalid',
    vi: 'Thời điểm các bên thỏa thuận ({agreed}) không được trước ngày phân công ({assigned}).',
    en: 'The agreed start ({agreed}) cannot be before the assignment ({assigned}).',
  },
  // Written successful-mediation record — Law 35/2013 Art. 24.2 (R-CASE-3)
  'AGREEMENT.MISSING_BASIS': {
    kind: 'invalid',
    vi: '(a) Thiếu căn cứ tiến hành hòa giải.',
    en: '(a) The basis for mediation is missing.',
  },
  'AGREEMENT.TOO_FEW_PARTIES': {
    kind: 'invalid',
    vi: '(b) Phải ghi thông tin của ít nhất hai bên.',
    en: '(b) At least two parties must be recorded.',
  },
  'AGREEMENT.MISSING_PARTY_INFO': {
    kind: 'invalid',
    vi: '(b) Thiếu thông tin cơ bản (họ tên, địa chỉ) của bên {party}.',
    en: '(b) Basic information (name, address) of party {party} is missing.',
  },
  'AGREEMENT.MISSING_MATTER': {
    kind: 'invalid',
    vi: '(c) Thiếu nội dung chủ yếu của vụ, việc.',
    en: '(c) The main content of the matter is missing.',
  },
  'AGREEMENT.MISSING_COURSE': {
    kind: 'invalid',
    vi: '(d) Thiếu diễn biến của quá trình hòa giải.',
    en: '(d) The course of the mediation is missing.',
  },
  'AGREEMENT.MISSING_TERMS': {
    kind: 'invalid',
    vi: '(đ) Thiếu thỏa thuận đạt được và giải pháp thực hiện.',
    en: '(đ) The agreement reached and its implementation measures are missing.',
  },
  'AGREEMENT.MISSING_RIGHTS_OBLIGATIONS': {
    kind: 'invalid',
    vi: '(e) Thiếu quyền và nghĩa vụ của các bên.',
    en: "(e) The parties' rights and obligations are missing.",
  },
  'AGREEMENT.MISSING_PERFORMANCE': {
    kind: 'invalid',
    vi: '(g) Thiếu phương thức, thời hạn thực hiện thỏa thuận.',
    en: '(g) The method and time limit for performing the agreement are missing.',
  },
  'AGREEMENT.NO_MEDIATOR': {
    kind: 'invalid',
    vi: '(h) Văn bản phải ghi hòa giải viên và có chữ ký của hòa giải viên.',
    en: '(h) The record must name the mediator and bear their signature.',
  },
  'AGREEMENT.MISSING_SIGNATURE': {
    kind: 'invalid',
    vi: '(h) Thiếu chữ ký hoặc điểm chỉ của {signer}.',
    en: '(h) The signature or fingerprint of {signer} is missing.',
  },
  // Court recognition — Civil Procedure Code 2015 Art. 416–419 (R-COURT-1)
  'COURT.CASE_NOT_SUCCESSFUL': {
    kind: 'invalid',
    vi: 'Chỉ kết quả hòa giải thành mới được yêu cầu Tòa án công nhận.',
    en: 'Only a successful mediation can be submitted for court recognition.',
  },
  'COURT.NO_WRITTEN_RECORD': {
    kind: 'invalid',
    vi: 'Cần có văn bản hòa giải thành để gửi kèm đơn yêu cầu Tòa án công nhận.',
    en: 'A written successful-mediation record must be attached to the request.',
  },
  'COURT.DEADLINE_PASSED': {
    kind: 'invalid',
    vi: 'Đã quá thời hạn 6 tháng (hết ngày {deadline}) kể từ ngày hòa giải thành.',
    en: 'The 6-month window (ended {deadline}) after the agreement has passed.',
  },
  'COURT.PARTY_LACKS_CAPACITY': {
    kind: 'invalid',
    vi: 'Các bên phải có đầy đủ năng lực hành vi dân sự.',
    en: 'The parties must have full civil-act capacity.',
  },
  'COURT.PARTY_NOT_RIGHT_HOLDER': {
    kind: 'invalid',
    vi: 'Các bên phải là người có quyền, nghĩa vụ đối với nội dung thỏa thuận.',
    en: 'The parties must hold the rights and obligations concerned.',
  },
  'COURT.THIRD_PARTY_NOT_CONSENTING': {
    kind: 'invalid',
    vi: 'Thỏa thuận liên quan đến quyền, nghĩa vụ của người thứ ba nhưng người đó chưa đồng ý.',
    en: 'The agreement affects a third party who has not consented.',
  },
  'COURT.NO_REQUESTING_PARTY': {
    kind: 'invalid',
    vi: 'Phải có một hoặc cả hai bên làm đơn yêu cầu.',
    en: 'One or both parties must file the request.',
  },
  'COURT.AGREEMENT_NOT_VALID': {
    kind: 'invalid',
    vi: 'Thỏa thuận phải hoàn toàn tự nguyện, không vi phạm điều cấm của luật, không trái đạo đức xã hội, không trốn tránh nghĩa vụ.',
    en: 'The agreement must be voluntary, lawful, ethical and not evade obligations.',
  },
  // Funding — Decree 15/2014, Circular 56/2023 (R-FUND-1..3); amounts and caps are budget/'s (BUDGET.*)
  'FUND.MEDIATOR_BREACHED_DUTY': {
    kind: 'invalid',
    vi: 'Hòa giải viên {mediator} vi phạm nghĩa vụ tại Điều 10 nên không được hưởng thù lao.',
    en: 'Mediator {mediator} breached an Art. 10 duty and gets no remuneration.',
  },
  'FUND.ACCIDENT_NOT_COVERED': {
    kind: 'invalid',
    vi: 'Tai nạn, rủi ro không xảy ra khi đang hòa giải hoặc trên đường đi, về hợp lý.',
    en: 'The accident did not happen while mediating or on a reasonable way to or from it.',
  },
} as const satisfies Record<string, { kind: ErrorKind; vi: string; en: string }>;
