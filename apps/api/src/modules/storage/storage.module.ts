import { Global, Module } from '@nestjs/common';
import { ENV } from '../../config/config.module.js';
import type { Env } from '../../config/env.js';
import { DiskStorage } from './disk-storage.js';
import { FILE_STORAGE, type FileStorage } from './file-storage.js';
import { S3Storage } from './s3-storage.js';

/** The configured file storage (STORAGE_DRIVER): disk by default, an S3-compatible store when scaled out. */
export function createFileStorage(env: Env): FileStorage {
  if (env.STORAGE_DRIVER === 's3') {
    return new S3Storage({
      endpoint: env.S3_ENDPOINT ?? '',
      region: env.S3_REGION,
      bucket: env.S3_BUCKET ?? '',
      accessKeyId: env.S3_ACCESS_KEY_ID ?? '',
      secretAccessKey: env.S3_SECRET_ACCESS_KEY ?? '',
      forcePathStyle: env.S3_FORCE_PATH_STYLE,
    });
  }
  return new DiskStorage(env.uploadDir);
}

@Global()
@Module({
  providers: [{ provide: FILE_STORAGE, inject: [ENV], useFactory: createFileStorage }],
  exports: [FILE_STORAGE],
})
export class StorageModule {}
