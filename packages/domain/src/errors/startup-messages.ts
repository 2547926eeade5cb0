/** Error codes of the product's start-up (the API host and its embedded PostgreSQL), for the operator's terminal. */
import type { ErrorKind } from './domain-error.ts';

export const startupMessages = {
  'STARTUP.DATA_DIR_IN_USE': {
    kind: 'conflict',
    vi: 'Thư mục dữ liệu {dir} đang được một API khác dùng (PostgreSQL pid {pid}); không khởi động thêm bản thứ hai.',
    en: 'The data directory {dir} is in use by another running API (PostgreSQL pid {pid}); not starting a second one.',
  },
  'STARTUP.PORT_IN_USE': {
    kind: 'conflict',
    vi: 'Cổng {port} đang được chương trình khác dùng: dừng chương trình đó hoặc đặt API_PORT sang cổng khác.',
    en: 'Port {port} is already in use: stop that program or set API_PORT to another port.',
  },
  'STARTUP.POSTGRES_UNREACHABLE': {
    kind: 'conflict',
    vi: 'Người dùng hệ thống "{user}" của PostgreSQL không vào được {path}: hãy chuyển thư mục dữ liệu (HGCS_DATA_DIR) tới nơi mọi người dùng đều vào được, ví dụ /srv/hgcs, hoặc đặt DATABASE_URL.',
    en: 'PostgreSQL\'s OS user "{user}" cannot reach {path}: move the data directory (HGCS_DATA_DIR) somewhere every user can enter, e.g. /srv/hgcs, or set DATABASE_URL.',
  },
  'STARTUP.POSTGRES_FAILED': {
    kind: 'conflict',
    vi: 'PostgreSQL nhúng không khởi động được: {detail}',
    en: 'The embedded PostgreSQL did not start: {detail}',
  },
  'STARTUP.DATABASE_LOST': {
    kind: 'conflict',
    vi: 'Mất cơ sở dữ liệu nhúng (PostgreSQL đã dừng); API thoát để được khởi động lại.',
    en: 'The embedded database is gone (PostgreSQL stopped); the API exits so that it is restarted.',
  },
} as const satisfies Record<string, { kind: ErrorKind; vi: string; en: string }>;
