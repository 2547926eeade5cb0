/**
 * Who the client really is, for rate limits (RC-01): the socket's peer, unless the peer is a configured trusted
 * proxy (TRUSTED_PROXIES, default none), then the right-most untrusted address of its X-Forwarded-For
 * (proxy-addr); or, from the console and kiosk servers, the address they put in `x-hgcs-client`, believed only
 * when the request carries the shared internal key (compared in constant time).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import proxyaddr from 'proxy-addr';

/** The header the console and kiosk servers set to their own client's address. */
export const clientHeader = 'x-hgcs-client';
/** The header that carries the shared internal key with it. */
export const internalKeyHeader = 'x-hgcs-internal-key';

type RequestFacts = {
  peer: string;
  forwardedFor: string | undefined;
  client: string | undefined;
  key: string | undefined;
};

/**
 * Builds the resolver once per app.
 * @example const clientOf = clientAddressResolver({ trustedProxies: ['10.0.0.1'], internalKey }); clientOf({ peer, forwardedFor, client, key })
 */
export function clientAddressResolver({
  trustedProxies,
  internalKey,
}: {
  trustedProxies: string[];
  internalKey: string | null;
}) {
  const trust = proxyaddr.compile(trustedProxies);
  const keyDigest = internalKey ? digest(internalKey) : null;
  return ({ peer, forwardedFor, client, key }: RequestFacts): string => {
    if (keyDigest && client && key && timingSafeEqual(digest(key), keyDigest) && isIP(client)) return client;
    const request = { headers: { 'x-forwarded-for': forwardedFor }, socket: { remoteAddress: peer } };
    return proxyaddr(request as unknown as Parameters<typeof proxyaddr>[0], trust);
  };
}

const digest = (value: string) => createHash('sha256').update(value).digest();
