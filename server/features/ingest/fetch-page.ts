// Reads an article page for ingestion, as a server that must not be turned against its own
// network: http/https only; every address a host name resolves to (and a literal address) must
// be public unicast, checked in the connection's own DNS lookup so the address connected to is
// the one checked (no second resolution to rebind); each redirect is checked again; bounded in
// time (whole request), size and redirects; only text/html and text/plain are read.
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import ipaddr from 'ipaddr.js';
import { AppError } from '../../http/app-error.ts';

export interface FetchLimits {
  /** Let loopback, private and link-local addresses through (tests serve pages on 127.0.0.1). */
  allowPrivate: boolean;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = { allowPrivate: false, timeoutMs: 10_000, maxBytes: 2 * 1024 * 1024, maxRedirects: 5 };

export interface FetchedPage {
  url: string;
  contentType: 'text/html' | 'text/plain';
  body: string;
}

/** Only ordinary public addresses; an IPv4 address written as IPv6 is judged as IPv4. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  return parsed.range() === 'unicast';
}

const blocked = (host: string, address: string) =>
  new AppError(
    400,
    'URL_NOT_ALLOWED',
    `The address of ${host} (${address}) is not a public internet address; the server does not read its own or private networks`,
  );

function guardedLookup(allowPrivate: boolean): net.LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '', 0);
      const list = addresses as dns.LookupAddress[];
      const bad = list.find((a) => !isPublicAddress(a.address));
      if (!allowPrivate && bad) return callback(blocked(hostname, bad.address) as unknown as NodeJS.ErrnoException, '', 0);
      if ((options as dns.LookupOptions).all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
      return callback(null, list[0]!.address, list[0]!.family);
    });
  };
}

function checkUrl(raw: string, allowPrivate: boolean): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new AppError(400, 'URL_NOT_ALLOWED', `Not a URL: ${raw.slice(0, 200)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new AppError(400, 'URL_NOT_ALLOWED', `Only http and https URLs can be read, not ${url.protocol}`);
  if (url.username || url.password) throw new AppError(400, 'URL_NOT_ALLOWED', 'URLs with a user name or password are not read');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // A literal address is never looked up, so it is checked here.
  if (net.isIP(host) && !allowPrivate && !isPublicAddress(host)) throw blocked(host, host);
  return url;
}

function requestOnce(
  url: URL,
  limits: FetchLimits,
  signal: AbortSignal,
): Promise<{ status: number; location?: string; contentType: string; body?: Buffer }> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    const req = client.get(
      url,
      {
        lookup: guardedLookup(limits.allowPrivate),
        signal,
        headers: { accept: 'text/html, text/plain;q=0.9', 'user-agent': 'vj-graph-explorer (article ingestion)' },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        const contentType = String(res.headers['content-type'] ?? '').toLowerCase();
        if (status >= 300 && status < 400 && res.headers.location) {
          res.resume();
          return resolve({ status, location: res.headers.location, contentType });
        }
        if (status < 200 || status >= 300) {
          res.resume();
          return resolve({ status, contentType });
        }
        const declared = Number(res.headers['content-length']);
        if (declared > limits.maxBytes) {
          res.destroy();
          return reject(new AppError(413, 'PAYLOAD_TOO_LARGE', `The page is larger than ${limits.maxBytes / 1024 / 1024} MB`));
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > limits.maxBytes) {
            res.destroy();
            reject(new AppError(413, 'PAYLOAD_TOO_LARGE', `The page is larger than ${limits.maxBytes / 1024 / 1024} MB`));
          } else chunks.push(chunk);
        });
        let complete = false;
        res.on('end', () => {
          complete = true;
          resolve({ status, contentType, body: Buffer.concat(chunks) });
        });
        res.on('error', reject);
        // Aborted by the time limit or cut by the server: settle instead of waiting forever.
        res.on('close', () => complete || reject(new Error('the connection closed before the page was read')));
      },
    );
    req.on('error', reject);
  });
}

function decode(body: Buffer, contentType: string): string {
  const charset = /charset=([\w-]+)/.exec(contentType)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(charset).decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}

export async function fetchPage(raw: string, limits: FetchLimits = DEFAULT_FETCH_LIMITS): Promise<FetchedPage> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let url = checkUrl(raw, limits.allowPrivate);
  for (let redirects = 0; ; redirects++) {
    let res;
    try {
      res = await requestOnce(url, limits, signal);
    } catch (err) {
      if (err instanceof AppError) throw err;
      if (signal.aborted) throw new AppError(422, 'FETCH_FAILED', `${url.host} did not answer within ${limits.timeoutMs / 1000} s`);
      const code = (err as NodeJS.ErrnoException).code;
      throw new AppError(
        422,
        'FETCH_FAILED',
        `Could not read ${url.host}: ${code === 'ENOTFOUND' ? 'no such host' : (code ?? (err as Error).message)}`,
      );
    }
    if (res.location) {
      if (redirects >= limits.maxRedirects) throw new AppError(422, 'FETCH_FAILED', `More than ${limits.maxRedirects} redirects`);
      url = checkUrl(new URL(res.location, url).toString(), limits.allowPrivate);
      continue;
    }
    if (!res.body) throw new AppError(422, 'FETCH_FAILED', `${url.host} answered HTTP ${res.status}`);
    const type = res.contentType.split(';')[0]!.trim();
    if (type !== 'text/html' && type !== 'text/plain' && type !== 'application/xhtml+xml') {
      throw new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', `The page is ${type || 'of no declared type'}, not text or HTML`);
    }
    return {
      url: url.toString(),
      contentType: type === 'text/plain' ? 'text/plain' : 'text/html',
      body: decode(res.body, res.contentType),
    };
  }
}
