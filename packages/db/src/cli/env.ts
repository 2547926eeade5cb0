/** The environment of the database's command-line tools, parsed once (docs/style.md habit 9). */
import { z } from 'zod';

const schema = z.object({
  DATABASE_URL: z.string().url().optional(),
  HGCS_DATA_DIR: z.string().optional(),
  /** The directory `pnpm` was started in, so a relative HGCS_DATA_DIR means what the user meant. */
  INIT_CWD: z.string().optional(),
});

export const env = schema.parse(process.env);
