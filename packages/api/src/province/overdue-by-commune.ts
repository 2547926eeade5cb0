/**
 * Overdue work in the province, grouped by commune, then by lead agency (issue 8.3): every item past its due date
 * and neither done nor cancelled, oldest first — one round of queries for the whole province. Task contents and
 * agencies are public bodies' plan text; no person's name is returned.
 */
import { listAgencies, listWorkItems, type Db } from '@hgcs/db';
import { readProvinceCommunes } from '../cache/commune-reference.ts';
import { workItemReminders, type Granted, type ProvinceScope } from '@hgcs/domain';

export async function overdueByCommune(db: Db, scope: Granted<ProvinceScope>, today: string) {
  const [communes, agencies, rows] = await Promise.all([
    readProvinceCommunes(db, scope.provinceCode),
    listAgencies(db, scope),
    listWorkItems(db, scope),
  ]);
  const late = new Map(
    workItemReminders(
      rows.map((r) => ({ id: r.id, dueDate: r.dueDate, status: r.status })),
      today,
    )
      .filter((r) => r.kind === 'overdue')
      .map((r) => [r.id, r.days]),
  );
  return communes
    .filter((c) => scope.communeIds.includes(c.id))
    .map((commune) => {
      const own = rows
        .filter((r) => r.communeId === commune.id && late.has(r.id))
        .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
      const leads = [...new Set(own.map((r) => r.leadAgencyCode))];
      const nameOf = (code: string) =>
        agencies.find((a) => a.communeId === commune.id && a.code === code)?.name ?? code;
      return {
        code: String(commune.id),
        name: commune.name,
        total: own.length,
        agencies: leads
          .map((code) => ({
            code,
            name: nameOf(code),
            items: own
              .filter((r) => r.leadAgencyCode === code)
              .map((r) => ({
                id: r.id,
                year: r.year,
                dueDate: r.dueDate,
                daysLate: late.get(r.id)!,
                taskCode: r.taskCode,
                content: r.taskContent,
                partKey: r.partKey,
              })),
          }))
          .sort((a, b) => b.items.length - a.items.length || a.name.localeCompare(b.name, 'vi')),
      };
    });
}
