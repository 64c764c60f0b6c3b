import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiskStorage } from './disk-storage.js';
import type { FileStorage } from './file-storage.js';
import { S3Storage } from './s3-storage.js';
import { type S3Server, startS3Server } from '../../../test/helpers/s3-server.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'bcdnq-storage-'));
  dirs.push(dir);
  return dir;
};
const key = () => randomBytes(32).toString('hex');

async function read(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

let s3: S3Server;
beforeAll(async () => {
  s3 = await startS3Server(tempDir());
});
afterAll(async () => {
  await s3.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const implementations: [string, () => FileStorage][] = [
  ['disk', () => new DiskStorage(tempDir())],
  ['s3', () => new S3Storage(s3.settings)],
];

describe.each(implementations)('%s storage', (_name, make) => {
  it('gives back exactly the bytes it was given', async () => {
    const storage = make();
    const bytes = randomBytes(300_000);
    const k = key();
    await storage.put(k, bytes);
    expect((await read(storage.open(k))).equals(bytes)).toBe(true);
  });

  it('errors the stream, not the call, for a missing file; removes idempotently', async () => {
    const storage = make();
    const k = key();
    await storage.put(k, Buffer.from('tạm thời'));
    await storage.remove(k);
    await storage.remove(k);
    const stream = storage.open(k);
    await expect(read(stream)).rejects.toThrow();
  });

  it('refuses a key that could name another place', async () => {
    const storage = make();
    await expect(storage.put('../../etc/passwd', Buffer.from('x'))).rejects.toThrow(/invalid storage key/);
    expect(() => storage.open('..%2fx')).toThrow(/invalid storage key/);
  });
});

describe('s3 storage', () => {
  it('is refused by the server with an unknown access key', async () => {
    const storage = new S3Storage({ ...s3.settings, accessKeyId: 'NOT-A-KEY' });
    await expect(storage.put(key(), Buffer.from('x'))).rejects.toThrow(/S3 PUT .*: 403/);
  });
});
