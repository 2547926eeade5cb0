/**
 * Texts of the plan's screens as officers met them (issue 9, point 6): the oversight part of the dashboard, the
 * sign-off confirmation and the chairman's record of a year, the expired-session notice and the not-found and error
 * pages. Vietnamese first; spread into the console's catalogue (messages.ts).
 */
export const planScreensVi = {
  'dashboard.oversight': 'Việc quá hạn và sắp đến hạn của toàn xã',
  'dashboard.oversightHint': 'Theo cơ quan chủ trì, mọi năm của kế hoạch: việc trễ lâu nhất lên trước.',
  'dashboard.oversightEmpty': 'Toàn xã không có việc quá hạn hay sắp đến hạn.',
  'dashboard.overdueTitle': 'Quá hạn: {count} việc',
  'dashboard.dueSoonTitle': 'Đến hạn trong 14 ngày tới: {count} việc',
  'dashboard.agencyItems': '{agency} ({count} việc)',
  'signoff.review': 'Xem lại và ký duyệt năm {year}',
  'signoff.confirmTitle': 'Xác nhận ký duyệt năm {year}',
  'signoff.confirmIntro':
    'Sau khi ký duyệt, mọi công việc của năm {year} bị khóa: không ai cập nhật được nữa, trừ khi Chủ tịch mở lại năm và ghi lý do.',
  'signoff.unfinished': 'Năm {year} còn {count} việc chưa hoàn thành, trong đó {overdue} việc quá hạn:',
  'signoff.allDone': 'Mọi công việc của năm {year} đã hoàn thành hoặc đã hủy.',
  'signoff.confirm': 'Tôi đã xem, ký duyệt năm {year}',
  'signoff.back': 'Quay lại, chưa ký',
  'signoff.record': 'Nội dung báo cáo và ngày ban hành kế hoạch năm {year}',
  'signoff.recordIntro':
    'Báo cáo kết quả năm in các phần dưới đây (phần để trống in "Không có."); kế hoạch năm ghi ngày ban hành này.',
  'signoff.planIssuedOn': 'Ngày ban hành kế hoạch năm {year}',
  'signoff.planIssuedOnHint': 'Để trống nếu chưa ban hành: văn thư sẽ ghi ngày khi ký ban hành.',
  'signoff.difficulties': 'III. Khó khăn, vướng mắc',
  'signoff.nextSteps': 'IV. Nhiệm vụ, giải pháp thời gian tới',
  'signoff.proposals': 'V. Đề xuất, kiến nghị',
  'signoff.saveRecord': 'Lưu nội dung năm {year}',
  'signoff.recordSaved': 'Đã lưu nội dung báo cáo năm {year}.',
  'session.expired':
    'Phiên đăng nhập đã hết hạn (để an toàn, hệ thống tự đăng xuất khi lâu không dùng). Vui lòng đăng nhập lại, bạn sẽ trở về trang đang xem.',
  'notFound.title': 'Không tìm thấy trang',
  'notFound.body':
    'Không có trang nào ở địa chỉ này. Có thể đường dẫn bị gõ sai, hoặc trang đã được chuyển đi nơi khác.',
  'error.generic': 'Đã có lỗi khi mở trang này. Vui lòng thử lại sau ít phút.',
  'error.code': 'Mã lỗi: {status}',
  'error.goHome': 'Về trang chủ',
} as const;

export const planScreensEn: Record<keyof typeof planScreensVi, string> = {
  'dashboard.oversight': "The commune's overdue and upcoming work",
  'dashboard.oversightHint': 'By lead agency, every year of the plan: the latest first.',
  'dashboard.oversightEmpty': 'Nothing is overdue or due soon anywhere in the commune.',
  'dashboard.overdueTitle': 'Overdue: {count} items',
  'dashboard.dueSoonTitle': 'Due within 14 days: {count} items',
  'dashboard.agencyItems': '{agency} ({count} items)',
  'signoff.review': 'Review and sign off {year}',
  'signoff.confirmTitle': 'Confirm signing off {year}',
  'signoff.confirmIntro':
    'Once signed off, every work item of {year} locks: nobody can update it unless the chairman reopens the year with a reason.',
  'signoff.unfinished': '{year} still has {count} unfinished items, {overdue} of them overdue:',
  'signoff.allDone': 'Every work item of {year} is done or cancelled.',
  'signoff.confirm': 'I have reviewed it: sign off {year}',
  'signoff.back': 'Go back, do not sign',
  'signoff.record': "{year}: the report's sections and the plan's issuing date",
  'signoff.recordIntro':
    'The year\'s report prints the sections below (an empty one prints "Không có."); the year\'s plan is dated by this issuing date.',
  'signoff.planIssuedOn': 'Issuing date of the {year} plan',
  'signoff.planIssuedOnHint': 'Leave empty until it is issued: the clerk writes the date in at issue.',
  'signoff.difficulties': 'III. Difficulties',
  'signoff.nextSteps': 'IV. Next steps',
  'signoff.proposals': 'V. Proposals',
  'signoff.saveRecord': 'Save {year}',
  'signoff.recordSaved': 'Saved the report sections of {year}.',
  'session.expired':
    'Your session has expired (for safety you are signed out after a while without use). Sign in again to return to the page you were on.',
  'notFound.title': 'Page not found',
  'notFound.body': 'There is no page at this address. The link may be mistyped, or the page has moved.',
  'error.generic': 'Something went wrong opening this page. Please try again in a few minutes.',
  'error.code': 'Error code: {status}',
  'error.goHome': 'Go to the home page',
};
