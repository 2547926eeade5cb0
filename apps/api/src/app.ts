/**
 * The HTTP face of the product: tRPC at /trpc and /health, behind request ids, structured logs (path only, never
 * a query string or body), secure headers, a CORS allow-list, a body limit and a limit on tRPC batches.
 * No business logic here.
 */
import { trpcServer } from '@hono/trpc-server';
import {
  addFileEvidence,
  appRouter,
  createContext,
  downloadImportTemplate,
  exportCaseDocument,
  exportClaim,
  exportLogbook,
  exportStatisticalReport,
  exportRegistry,
  exportPlanYear,
  exportRecognitionDocx,
  exportLeaderDocx,
  exportTerminationDocx,
  exportCertificateDocx,
  exportRewardDocx,
  exportYearPlan,
  httpStatusOf,
  previewImport,
  readFileEvidence,
  addMaterialFile,
  readMaterialFile,
  readPublicMaterialFile,
  type EvidenceStore,
} from '@hgcs/api';
import { DomainError, isDomainError } from '@hgcs/domain';
import type { Db } from '@hgcs/db';
import { Hono, type Context as HonoContext } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import type { Logger } from 'pino';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { HttpBindings } from '@hono/node-server';
import { randomUUID } from 'node:crypto';
import { loggableErrorCode } from './loggable-error.ts';
import { healthCheck, type HealthCheck } from './health/check-health.ts';
import { clientAddressResolver, clientHeader, internalKeyHeader } from './client-address.ts';
import { secureHeaderValues } from './secure-header-values.ts';
import { answerQuery, leanQueryOf, type QueryError } from './trpc-query.ts';

export type AppOptions = {
  db: Db;
  log: Logger;
  corsOrigins: string[];
  evidence: EvidenceStore;
  maxBatch?: number;
  maxBodyBytes?: number;
  /** Proxies whose X-Forwarded-For is believed (addresses or CIDR ranges); default none. */
  trustedProxies?: string[];
  /** The key the console and kiosk servers send with their client's address; null believes no such header. */
  internalKey?: string | null;
  /** What /health checks (default: the database only; the host adds the evidence directory). */
  health?: HealthCheck;
  /** The 256-bit key that seals TOTP secrets at rest (secret-key.ts loads it; never stored in the database). */
  secretKey: Uint8Array;
  /** The clock (tests fix "now"); default the system clock. */
  clock?: () => Date;
  /** The public portal (the kiosk app's web address) a certificate's QR code points to; default the first CORS origin. */
  portalUrl?: string;
};

type AppEnv = { Bindings: Partial<HttpBindings>; Variables: { requestId: string } };

/** A request header, from node's parsed headers when served by node (no fetch Headers object built), else the Request's. */
function headerOf(c: HonoContext<AppEnv>, name: string): string | undefined {
  const incoming = c.env?.incoming;
  if (!incoming) return c.req.header(name);
  const value = incoming.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** What a lean query answer carries besides the request id: tRPC's content type and vary, CORS's Vary, every secure header. */
const leanHeaders = Object.freeze({
  'content-type': 'application/json',
  vary: 'trpc-accept, accept, Origin',
  ...secureHeaderValues,
});

/** Builds the Hono app; the host serves it. */
export function createApp({
  db,
  log,
  corsOrigins,
  evidence,
  maxBatch = 10,
  maxBodyBytes = 1_000_000,
  trustedProxies = [],
  internalKey = null,
  health = healthCheck({ db }),
  secretKey,
  clock = () => new Date(),
  portalUrl = corsOrigins[0] ?? 'http://localhost:3002',
}: AppOptions) {
  const app = new Hono<AppEnv>();
  const clientOf = clientAddressResolver({ trustedProxies, internalKey });
  const clientAddress = (c: HonoContext<AppEnv>) =>
    clientOf({
      peer: connectionAddress(c),
      forwardedFor: headerOf(c, 'x-forwarded-for'),
      client: headerOf(c, clientHeader),
      key: headerOf(c, internalKeyHeader),
    });
  const contextOf = (c: HonoContext<AppEnv>) =>
    createContext({
      db,
      requestId: c.get('requestId'),
      ip: clientAddress(c),
      authorization: headerOf(c, 'authorization'),
      deviceToken: headerOf(c, 'x-kiosk-device'),
      secretKey,
      now: clock(),
    });
  // Codes only (SQLSTATE, domain code), never a message: drizzle's carries the query's parameters (ANM-07).
  const reportError = ({ error, path, ctx }: QueryError) => {
    if (error.code === 'INTERNAL_SERVER_ERROR')
      log.error({ requestId: ctx?.requestId, path, code: loggableErrorCode(error.cause ?? error) }, 'procedure failed');
  };
  /** The lean query of a same-site GET to /trpc (trpc-query.ts), or null for the full middleware chain. */
  const leanQueryAt = (c: HonoContext<AppEnv>) => {
    if (c.req.method !== 'GET' || headerOf(c, 'origin') !== undefined) return null;
    const path = c.req.path;
    if (!path.startsWith('/trpc/')) return null;
    const url = c.req.url;
    const q = url.indexOf('?');
    return leanQueryOf(path.slice(6), q < 0 ? '' : url.slice(q + 1));
  };
  // The request id is the server's own (never a client's X-Request-Id): it ties log lines and audit rows together.
  // One middleware sets it and logs the request (one closure and one await less per request than two). A same-site
  // GET of one query is answered here, with every header the chain below would set, precomputed (trpc-query.ts).
  const logRequests = log.isLevelEnabled('info');
  app.use(async (c, next) => {
    const requestId = randomUUID();
    const started = logRequests ? performance.now() : 0;
    c.set('requestId', requestId);
    const lean = leanQueryAt(c);
    if (lean) {
      const { status, body } = await answerQuery(lean, () => contextOf(c), reportError);
      if (logRequests)
        log.info(
          { requestId, method: 'GET', path: c.req.path, status, ms: Math.round(performance.now() - started) },
          'request',
        );
      return new Response(body, { status, headers: { ...leanHeaders, 'x-request-id': requestId } });
    }
    await next();
    c.header('x-request-id', requestId);
    if (logRequests)
      log.info(
        {
          requestId,
          method: c.req.method,
          path: c.req.path,
          status: c.res.status,
          ms: Math.round(performance.now() - started),
        },
        'request',
      );
  });
  app.use(secureHeaders());
  app.use(
    '/trpc/*',
    cors({
      origin: corsOrigins,
      allowMethods: ['GET', 'POST'],
      allowHeaders: ['content-type', 'authorization'],
      maxAge: 600,
    }),
  );
  app.use(
    '/trpc/*',
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: (c) => c.json({ error: { message: 'Dữ liệu gửi lên quá lớn.' } }, 413),
    }),
  );
  app.use('/trpc/*', async (c, next) => {
    const paths = c.req.path.slice('/trpc/'.length).split(',');
    if (paths.length > maxBatch) return c.json({ error: { message: `Mỗi lần gửi tối đa ${maxBatch} yêu cầu.` } }, 400);
    await next();
  });

  app.get('/health', async (c) => {
    const report = await health();
    return c.json(report, report.status === 'ok' ? 200 : 503, { 'cache-control': 'no-store' });
  });

  app.use(
    '/trpc/*',
    trpcServer({
      router: appRouter,
      endpoint: '/trpc',
      allowMethodOverride: true,
      createContext: (_opts, c) => contextOf(c as HonoContext<AppEnv>),
      onError: ({ error, path, ctx }) => reportError({ error, path: path ?? '', ctx }),
    }),
  );

  // Files cannot travel through tRPC: evidence uploads and downloads, the year's report and plan, with the same session.
  // A province user names the commune of a report: `?commune=24014` (one of the province's; the export reads the scope).
  const download = (file: { bytes: Uint8Array; mediaType: string; fileName: string }) =>
    new Response(file.bytes as Uint8Array<ArrayBuffer>, {
      headers: {
        'content-type': file.mediaType,
        'content-disposition': `attachment; filename="${file.fileName}"`,
        'cache-control': 'private, no-store',
      },
    });
  app.use(
    '/files/*',
    bodyLimit({
      maxSize: 11 * 1024 * 1024,
      onError: (c) =>
        c.json({ error: { message: 'Tệp quá lớn: tối đa 10 MB.', domainCode: 'EVIDENCE.TOO_LARGE' } }, 413),
    }),
  );
  // The upload is authorized (session, permission, commune, item) before its body is read; a body that is not
  // readable multipart is the client's error (400), never a 500.
  app.post('/files/work-items/:id/evidence', async (c) => {
    const readUpload = async () => {
      const body = await c.req.parseBody().catch(() => {
        throw new DomainError('INPUT.INVALID', {}, [{ path: 'file', code: 'field.UPLOAD_UNREADABLE', params: {} }]);
      });
      return {
        label: body.label,
        bytes: body.file instanceof File ? new Uint8Array(await body.file.arrayBuffer()) : null,
      };
    };
    const result = await addFileEvidence(await contextOf(c), evidence, c.req.param('id'), readUpload);
    return c.json({ id: result.id }, 201);
  });
  // A mediator list to import (issue 10, point 8): checked and kept for the officer's confirmation, not yet written.
  app.post('/files/registry-import', async (c) => {
    const readUpload = async () => {
      const body = await c.req.parseBody().catch(() => {
        throw new DomainError('INPUT.INVALID', {}, [{ path: 'file', code: 'field.UPLOAD_UNREADABLE', params: {} }]);
      });
      return body.file instanceof File ? new Uint8Array(await body.file.arrayBuffer()) : null;
    };
    return c.json(await previewImport(await contextOf(c), readUpload), 201);
  });
  app.get('/exports/registry/import-template.xlsx', async (c) =>
    download(await downloadImportTemplate(await contextOf(c))),
  );
  app.get('/exports/registry.xlsx', async (c) => download(await exportRegistry(await contextOf(c))));
  app.use(
    '/exports/*',
    bodyLimit({
      maxSize: 16 * 1024,
      onError: (c) => c.json({ error: { message: 'Dữ liệu gửi lên quá lớn.' } }, 413),
    }),
  );
  // A list of several cases leaves only with a reason (issue 11, point 10), POSTed as JSON `{ reason }` — never in
  // the URL; an unreadable body is a missing reason.
  const reasonOf = async (c: HonoContext<AppEnv>) =>
    ((await c.req.json().catch(() => ({}))) as { reason?: unknown } | null)?.reason;
  // A team's logbook of a year (issue 11, point 8): the printable book, DOCX or XLSX.
  app.post('/exports/logbook/:team{[0-9a-f-]{36}}/:file{[0-9]{4}\\.(docx|xlsx)}', async (c) => {
    const [year, format] = c.req.param('file').split('.') as [string, 'docx' | 'xlsx'];
    return download(await exportLogbook(await contextOf(c), c.req.param('team'), year, format, await reasonOf(c)));
  });
  // The commune's statistical report of a period (issue 13, point 9), as stored: `2026-annual_official.xlsx`.
  app.get('/exports/statistics/:file{[0-9]{4}-(six_month|annual_preliminary|annual_official)\\.xlsx}', async (c) => {
    const [year, kind] = c.req
      .param('file')
      .replace(/\.xlsx$/, '')
      .split('-') as [string, string];
    return download(await exportStatisticalReport(await contextOf(c), year, kind));
  });
  // The mediators' remuneration claim of a period (issue 11, point 9), XLSX or DOCX.
  app.post('/exports/claim/:file{[0-9]{4}-[0-9]{2}-[0-9]{2}_[0-9]{4}-[0-9]{2}-[0-9]{2}\\.(docx|xlsx)}', async (c) => {
    const [period, format] = c.req.param('file').split('.') as [string, 'docx' | 'xlsx'];
    const [from, to] = period.split('_') as [string, string];
    return download(await exportClaim(await contextOf(c), from, to, format, await reasonOf(c)));
  });
  // A case's documents (issue 11, points 2 and 5): the referral letter and the written agreement, DOCX.
  app.get('/exports/case/:id{[0-9a-f-]{36}}/:file{(agreement|referral|court-request)\\.docx}', async (c) => {
    const document = c.req.param('file').split('.')[0] as 'agreement' | 'referral' | 'court-request';
    return download(await exportCaseDocument(await contextOf(c), c.req.param('id'), document));
  });
  app.get('/files/evidence/:id', async (c) =>
    download(await readFileEvidence(await contextOf(c), evidence, c.req.param('id'))),
  );
  // A materials-library item's file (issue 13, point 3): uploaded by the library's keepers (multipart `file`, same
  // store and limits as evidence), downloaded signed in (audited), or — a public item only — by anyone from the kiosk
  // and the portal.
  app.post('/files/materials/:id', async (c) => {
    const readUpload = async () => {
      const body = await c.req.parseBody().catch(() => {
        throw new DomainError('INPUT.INVALID', {}, [{ path: 'file', code: 'field.UPLOAD_UNREADABLE', params: {} }]);
      });
      return body.file instanceof File ? new Uint8Array(await body.file.arrayBuffer()) : null;
    };
    return c.json(await addMaterialFile(await contextOf(c), evidence, c.req.param('id'), readUpload), 201);
  });
  app.get('/files/materials/:id', async (c) =>
    download(await readMaterialFile(await contextOf(c), evidence, c.req.param('id'))),
  );
  app.get('/public/materials/:commune/:id', async (c) => {
    const file = await readPublicMaterialFile(await contextOf(c), evidence, c.req.param('commune'), c.req.param('id'));
    return new Response(file.bytes as Uint8Array<ArrayBuffer>, {
      headers: {
        'content-type': file.mediaType,
        'content-disposition': `inline; filename="${file.fileName}"`,
        'cache-control': 'public, max-age=300',
        'x-content-type-options': 'nosniff',
      },
    });
  });
  app.get('/exports/plan-year/:file{[0-9]{4}\\.(docx|xlsx)}', async (c) => {
    const [year, format] = c.req.param('file').split('.') as [string, 'docx' | 'xlsx'];
    return download(await exportPlanYear(await contextOf(c), year, format, c.req.query('commune')));
  });
  app.get('/exports/year-plan/:file{[0-9]{4}\\.(docx|xlsx)}', async (c) => {
    const [year, format] = c.req.param('file').split('.') as [string, 'docx' | 'xlsx'];
    return download(await exportYearPlan(await contextOf(c), year, format, c.req.query('commune')));
  });

  // The chairman's decisions on mediators (Law 35/2013 Art. 8, 11, 14): number and date blank until recorded.
  app.get('/exports/decisions/election/:file{[0-9a-f-]{36}\\.docx}', async (c) =>
    download(await exportRecognitionDocx(await contextOf(c), c.req.param('file').slice(0, 36))),
  );
  app.get('/exports/decisions/leader-election/:file{[0-9a-f-]{36}\\.docx}', async (c) =>
    download(await exportLeaderDocx(await contextOf(c), c.req.param('file').slice(0, 36))),
  );
  app.get('/exports/decisions/termination/:file{[0-9a-f-]{36}\\.docx}', async (c) =>
    download(await exportTerminationDocx(await contextOf(c), c.req.param('file').slice(0, 36))),
  );

  // Certificates with the QR of their public verification page, and the draft reward decision (issue 13, points 5, 6).
  app.get('/exports/certificate/:file{[0-9a-f-]{36}\\.docx}', async (c) =>
    download(await exportCertificateDocx(await contextOf(c), c.req.param('file').slice(0, 36), portalUrl)),
  );
  app.get('/exports/decisions/reward/:file{[0-9a-f-]{36}\\.docx}', async (c) =>
    download(await exportRewardDocx(await contextOf(c), c.req.param('file').slice(0, 36))),
  );

  app.notFound((c) => c.json({ error: { message: 'RESOURCE.NOT_FOUND', domainCode: 'RESOURCE.NOT_FOUND' } }, 404));
  app.onError((err, c) => {
    if (isDomainError(err))
      return c.json(
        { error: { message: err.code, domainCode: err.code, params: err.params, details: err.details } },
        httpStatusOf(err) as 400,
      );
    log.error({ requestId: c.get('requestId'), path: c.req.path, code: loggableErrorCode(err) }, 'unhandled');
    return c.json({ error: { message: 'INTERNAL', domainCode: 'INTERNAL', requestId: c.get('requestId') } }, 500);
  });
  return app;
}

function connectionAddress(c: Parameters<typeof getConnInfo>[0]): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
