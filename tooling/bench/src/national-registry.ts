/**
 * A national-scale registry, generated in PostgreSQL (issue "the registry", Speed): 34 provinces × 97 communes
 * (3,298 communes, codes 30000–33297, province codes P00–P33), 27 villages each with one mediation team (89,046
 * teams), 5–7 active members per team plus a former member in every third team (≈ 564,000 mediators), a legal
 * supporter for every eighth team. Names are Vietnamese, Bahnar and Jrai names with their diacritics, so a search
 * without diacritics has something to fold. Some teams break the composition rule on purpose: every tenth has no
 * woman, every seventeenth no leader, every thirteenth only two active members.
 *
 * One SQL statement per table, all inside PostgreSQL (generate_series), then VACUUM ANALYZE: ≈ 30–60 s on this machine.
 * Run alone: `pnpm --filter @hgcs/bench run generate-national <database url>`.
 */
import pg from 'pg';

/** BENCH_PROVINCES (default 34, the country) generates fewer provinces for a quick run on a busy machine. */
const provinceCount = Math.min(34, Math.max(1, Number(process.env.BENCH_PROVINCES ?? 34)));
export const nationalShape = { provinces: provinceCount, communesPerProvince: 97, villagesPerCommune: 27 } as const;
/** The first generated commune's code, and the province whose figures and search the bench reads. */
export const firstNationalCommune = 30000;
export const benchProvince = `P${String(Math.min(7, provinceCount - 1)).padStart(2, '0')}`;

const families = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Đinh',
  'Rơ Mah',
  'Ksor',
  'Siu',
  'Rơ Châm',
  'Nay',
  'Kpă',
  'Rơ Lan',
  'Puih',
  'Hoàng',
  'Võ',
  'Đặng',
];
const middles = ['Văn', 'Thị', 'Hữu', 'Đức', 'Ngọc', 'Minh'];
const givens = [
  'An',
  'Bình',
  'Hùng',
  'Blơh',
  'Hiếu',
  'Thuận',
  'H’Bia',
  'Yơn',
  'Đrông',
  'Lưu',
  'Mơ',
  'Thương',
  'Hằng',
  'Khôi',
  'Phúc',
  'Ngân',
  'Djuih',
  'Tơ',
  'Uyên',
  'Việt',
];
const ethnicities = ['Kinh', 'Jrai', 'Bahnar'];

const array = (xs: readonly string[]) => `array[${xs.map((x) => `'${x.replaceAll("'", "''")}'`).join(',')}]`;

/** Fills the registry tables of the database at `url` (migrated, empty registry) and analyses them. */
export async function seedNationalRegistry(
  url: string,
): Promise<{ communes: number; teams: number; mediators: number }> {
  const { provinces, communesPerProvince, villagesPerCommune } = nationalShape;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('begin');
    await client.query(`set local synchronous_commit = off`);
    await client.query(
      `insert into provinces (code, name)
       select 'P' || lpad(p::text, 2, '0'), 'Tỉnh ' || p from generate_series(0, $1 - 1) p`,
      [provinces],
    );
    await client.query(
      `insert into communes (id, name, province_code, province_name)
       select $1 + c, 'Xã ' || c, 'P' || lpad((c / $2)::text, 2, '0'), 'Tỉnh ' || (c / $2)
       from generate_series(0, $3 - 1) c`,
      [firstNationalCommune, communesPerProvince, provinces * communesPerProvince],
    );
    await client.query(
      `insert into villages (commune_id, name, kind, ethnic_minority_area)
       select c.id, 'Làng ' || v, 'lang', v % 3 <> 0
       from communes c cross join generate_series(0, $2 - 1) v where c.id >= $1`,
      [firstNationalCommune, villagesPerCommune],
    );
    await client.query(
      `create temp table gen_teams on commit drop as
       select v.commune_id, v.id as village_id, gen_random_uuid() as id,
              row_number() over (order by v.commune_id, v.name) as n, 'Tổ hòa giải ' || v.name as name
       from villages v where v.commune_id >= $1`,
      [firstNationalCommune],
    );
    await client.query(
      `insert into teams (commune_id, id, village_id, name, founding_decision_no, founding_decision_on)
       select commune_id, id, village_id, name, n || '/QĐ-UBND', date '2024-03-01' from gen_teams`,
    );
    // Members: k = 0 leads (except every 17th team), k < size are active, k = size left (every third team).
    await client.query(
      `create temp table gen_members on commit drop as
       select t.commune_id, t.id as team_id, t.village_id, t.n, k, gen_random_uuid() as mediator_id,
              case when t.n % 13 = 0 then 2 else 5 + t.n % 3 end as size
       from gen_teams t cross join lateral generate_series(0, 7) k
       where k < (case when t.n % 13 = 0 then 2 else 5 + t.n % 3 end) + (case when t.n % 3 = 0 then 1 else 0 end)`,
    );
    await client.query(
      `insert into mediators (commune_id, id, full_name, gender, birth_year, ethnicity, ethnic_minority,
                              residence_village_id, occupation, personal_data_basis)
       select commune_id, mediator_id,
              f[1 + (n * 7 + k * 3) % array_length(f, 1)] || ' ' ||
              (case when k % 2 = 1 and n % 10 <> 0 then 'Thị' else m[1 + (n + k) % array_length(m, 1)] end) || ' ' ||
              g[1 + (n * 11 + k * 5) % array_length(g, 1)],
              case when k % 2 = 1 and n % 10 <> 0 then 'female' else 'male' end,
              1950 + (n + k * 7) % 50,
              e[1 + (n + k) % 3], (n + k) % 3 <> 0,
              village_id, 'Nông dân', 'public_task'
       from gen_members, (select ${array(families)} f, ${array(middles)} m, ${array(givens)} g, ${array(ethnicities)} e) names`,
    );
    await client.query(
      `insert into team_memberships (commune_id, team_id, mediator_id, role, joined_on, recognition_decision_no,
                                     recognition_decision_on, left_on, left_reason)
       select commune_id, team_id, mediator_id,
              case when k = 0 and n % 17 <> 0 then 'leader' else 'member' end,
              date '2024-03-15', n || '/QĐ-UBND', date '2024-03-15',
              case when k >= size then date '2025-06-30' end, case when k >= size then 'voluntary' end
       from gen_members`,
    );
    await client.query(
      `create temp table gen_supporters on commit drop as
       select commune_id, id as team_id, gen_random_uuid() as id, n from gen_teams where n % 8 = 0`,
    );
    await client.query(
      `insert into legal_supporters (commune_id, id, full_name, kind)
       select commune_id, id, 'Luật gia ' || n, 'jurist' from gen_supporters`,
    );
    await client.query(
      `insert into team_legal_supports (commune_id, team_id, supporter_id)
       select commune_id, team_id, id from gen_supporters`,
    );
    await client.query('commit');
    // A settled database, as autovacuum leaves one: statistics, and the visibility map index-only scans rely on.
    await client.query('vacuum analyze');
    const counts = await client.query<{ communes: number; teams: number; mediators: number }>(
      `select (select count(*) from communes where id >= $1)::int as communes,
              (select count(*) from teams where commune_id >= $1)::int as teams,
              (select count(*) from mediators where commune_id >= $1)::int as mediators`,
      [firstNationalCommune],
    );
    return counts.rows[0]!;
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    await client.end();
  }
}

if (import.meta.url === `file://${process.argv[1]}` && process.argv[2]) {
  console.log(await seedNationalRegistry(process.argv[2]));
}
