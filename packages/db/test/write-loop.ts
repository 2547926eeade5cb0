/**
 * Child process for durability.test.ts: opens the embedded database in argv[2] and inserts villages one by one,
 * printing "ack <n>" after each commit, until it is killed.
 */
import { openDatabase, schema, seedCommune } from '../src/index.ts';
import { smallSeed } from './fixtures.ts';

const { db } = await openDatabase({ dataDir: process.argv[2]! });
await seedCommune(db, smallSeed());
for (let n = 0; ; n++) {
  await db.insert(schema.villages).values({ communeId: 99001, name: `Làng ${n}` });
  process.stdout.write(`ack ${n}\n`);
}
