import { Readable } from 'node:stream';
import aws4 from 'aws4';
import { assertKey, type FileStorage } from './file-storage.js';

export type S3Settings = {
  endpoint: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Path-style URLs (endpoint/bucket/key), what MinIO, Ceph and most self-hosted stores expect. */
  forcePathStyle: boolean;
};

/** An S3-compatible object store, spoken to with signed (SigV4) HTTP requests: PUT, GET, DELETE of one object. */
export class S3Storage implements FileStorage {
  readonly kind = 's3' as const;
  private readonly base: URL;

  constructor(private readonly settings: S3Settings) {
    this.base = new URL(settings.endpoint);
  }

  private async request(method: 'PUT' | 'GET' | 'DELETE', key: string, body?: Buffer): Promise<Response> {
    assertKey(key);
    const objectPath = this.settings.forcePathStyle ? `/${this.settings.bucket}/${key}` : `/${key}`;
    const host = this.settings.forcePathStyle ? this.base.host : `${this.settings.bucket}.${this.base.host}`;
    const prefix = this.base.pathname.replace(/\/+$/, '');
    const signed = aws4.sign(
      {
        host,
        path: `${prefix}${objectPath}`,
        method,
        service: 's3',
        region: this.settings.region,
        headers: body
          ? { 'content-type': 'application/octet-stream', 'content-length': String(body.length) }
          : {},
        body,
      },
      { accessKeyId: this.settings.accessKeyId, secretAccessKey: this.settings.secretAccessKey },
    );
    const headers = Object.fromEntries(
      Object.entries(signed.headers ?? {}).filter(
        ([name]) => name.toLowerCase() !== 'host' && name.toLowerCase() !== 'content-length',
      ),
    ) as Record<string, string>;
    return fetch(`${this.base.protocol}//${host}${prefix}${objectPath}`, {
      method,
      headers,
      body: body ? new Uint8Array(body) : undefined,
      signal: AbortSignal.timeout(60_000),
    });
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const response = await this.request('PUT', key, bytes);
    await response.body?.cancel();
    if (!response.ok) throw new Error(`S3 PUT ${key}: ${response.status}`);
  }

  open(key: string): Readable {
    assertKey(key);
    const request = () => this.request('GET', key);
    return Readable.from(
      (async function* () {
        const response = await request();
        if (!response.ok || !response.body) {
          await response.body?.cancel();
          throw Object.assign(new Error(`S3 GET ${key}: ${response.status}`), {
            code: response.status === 404 ? 'ENOENT' : 'EIO',
          });
        }
        for await (const chunk of response.body) yield Buffer.from(chunk);
      })(),
    );
  }

  async remove(key: string): Promise<void> {
    const response = await this.request('DELETE', key);
    await response.body?.cancel();
    if (!response.ok && response.status !== 404) throw new Error(`S3 DELETE ${key}: ${response.status}`);
  }
}
