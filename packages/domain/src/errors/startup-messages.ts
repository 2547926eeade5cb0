/** Error codes of the product's start-up (the API host and its embedded PostgreSQL), for the operator's terminal. */
import type { ErrorSpec } from './domain-error.ts';

export const startupMessages = {
  'STARTUP.DATA_DIR_IN_USE': {
    kind: 'conflict',
    params: ['dir', 'pid'],
  },
  'STARTUP.PORT_IN_USE': {
    kind: 'conflict',
    params: ['port'],
  },
  'STARTUP.POSTGRES_UNREACHABLE': {
    kind: 'conflict',
    params: ['user', 'path'],
  },
  'STARTUP.POSTGRES_FAILED': {
    kind: 'conflict',
    params: ['detail'],
  },
  'STARTUP.DATABASE_LOST': {
    kind: 'conflict',
    params: [],
  },
} as const satisfies Record<string, ErrorSpec>;
