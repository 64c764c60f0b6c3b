import S3rver from 's3rver';
import type { S3Settings } from '../../src/modules/storage/s3-storage.js';

export type S3Server = { settings: S3Settings; close(): Promise<void> };

/**
 * A real S3-compatible server (s3rver, from npm) on a free loopback port, with the bucket `bcdnq`, keeping its
 * objects in `directory`. It checks the access key but not the SigV4 signature itself ("unimplemented" in s3rver
 * 3.7): signing is aws4's, tested by that library.
 */
export async function startS3Server(directory: string): Promise<S3Server> {
  const server = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory,
    configureBuckets: [{ name: 'bcdnq', configs: [] }],
  });
  const { port } = (await server.run()) as { port: number };
  return {
    settings: {
      endpoint: `http://127.0.0.1:${port}`,
      region: 'us-east-1',
      bucket: 'bcdnq',
      accessKeyId: 'S3RVER',
      secretAccessKey: 'S3RVER',
      forcePathStyle: true,
    },
    close: () => server.close(),
  };
}
