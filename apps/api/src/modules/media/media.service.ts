import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buffer } from 'node:stream/consumers';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Metadata, Sharp, SharpOptions } from 'sharp';
import { DataSource } from 'typeorm';
import { DomainError, type ListQuery } from '@bcdnq/domain/common';
import {
  MAX_MEDIA_BYTES,
  MAX_MEDIA_PIXELS,
  type Media,
  MEDIA_FORMATS,
  MEDIA_WIDTHS,
  mediaUrl,
} from '@bcdnq/domain/media';
import { type Page, pageOf } from '../../common/list.js';
import type { CallContext } from '../../common/request-context.js';
import { ENV } from '../../config/config.module.js';
import type { Env } from '../../config/env.js';
import { AuditService } from '../audit/audit.service.js';
import { FILE_STORAGE, type FileStorage, storeThenSave } from '../storage/file-storage.js';
import { MediaEntity, type MediaVariant } from './media.entity.js';

export type UploadedImage = { originalname: string; size: number; buffer: Buffer };

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) =>
  signature.every((b, i) => bytes[offset + i] === b);

/** What an upload really is, by its first bytes: the raster formats we accept, or null (SVG, HTML, anything else). */
export function sniffImage(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return 'image/gif';
  if (
    startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) &&
    Buffer.from(bytes.subarray(8, 12)).toString('latin1') === 'WEBP'
  )
    return 'image/webp';
  const brand = Buffer.from(bytes.subarray(4, 12)).toString('latin1');
  if (brand === 'ftypavif' || brand === 'ftypavis') return 'image/avif';
  return null;
}

// sharp (libvips) loads only when an image is processed: the API starts without it.
let sharpModule: Promise<(input?: Buffer, options?: SharpOptions) => Sharp> | null = null;
const loadSharp = () => (sharpModule ??= import('sharp').then((m) => m.default));

const refuse = (vi: string, en: string) => new DomainError('VALIDATION', vi, en, { field: 'file' });

function toMedia(entity: MediaEntity): Media {
  const widest = entity.variants
    .filter((v) => v.format === 'webp')
    .reduce((a, b) => (b.width > a.width ? b : a), entity.variants[0] as MediaVariant);
  return {
    id: entity.id,
    fileName: entity.fileName,
    sourceType: entity.sourceType,
    width: entity.width,
    height: entity.height,
    url: mediaUrl(entity.id, widest.width, 'webp'),
    variants: entity.variants.map((v) => ({
      width: v.width,
      height: v.height,
      format: v.format === 'avif' ? 'avif' : 'webp',
      url: mediaUrl(entity.id, v.width, v.format === 'avif' ? 'avif' : 'webp'),
      bytes: v.bytes,
    })),
    createdAt: entity.createdAt.toISOString(),
  };
}

/** Where a variant of an image is kept in the file storage: a digest of its image and file name. */
export function mediaKey(id: string, file: string): string {
  return createHash('sha256').update(`media:${id}:${file}`).digest('hex');
}

export type EncodedImage = Pick<MediaEntity, 'width' | 'height' | 'variants'> & {
  /** Each variant's bytes under its storage key, to be stored before the row naming them is saved. */
  files: { key: string; file: { buffer: Buffer } }[];
};

/**
 * Encodes an image's responsive variants (AVIF and WebP, widths up to 1280 px, EXIF rotation applied, metadata
 * dropped); returns its size as seen, the variants and their bytes under their keys. Used by uploads and the seed.
 */
export async function encodeImageVariants(
  id: string,
  bytes: Buffer,
  meta: Pick<Metadata, 'width' | 'height' | 'orientation'>,
): Promise<EncodedImage> {
  const rotated = (meta.orientation ?? 1) >= 5;
  const width = (rotated ? meta.height : meta.width) ?? 0;
  const height = (rotated ? meta.width : meta.height) ?? 0;
  const largest = MEDIA_WIDTHS[MEDIA_WIDTHS.length - 1] as number;
  const widths = [...new Set([...MEDIA_WIDTHS.filter((w) => w < width), Math.min(width, largest)])];
  const sharp = await loadSharp();
  const variants: MediaVariant[] = [];
  const files: EncodedImage['files'] = [];
  for (const w of widths) {
    for (const format of MEDIA_FORMATS) {
      const pipeline = sharp(bytes, { limitInputPixels: MAX_MEDIA_PIXELS, animated: false })
        .rotate()
        .resize({ width: w, withoutEnlargement: true });
      const encoder =
        format === 'avif' ? pipeline.avif({ quality: 55, effort: 2 }) : pipeline.webp({ quality: 78 });
      const { data, info } = await encoder.toBuffer({ resolveWithObject: true });
      const file = `${w}.${format}`;
      files.push({ key: mediaKey(id, file), file: { buffer: data } });
      variants.push({ width: w, height: info.height, format, file, bytes: data.length });
    }
  }
  return { width, height, variants, files };
}

/**
 * Images for articles. The upload is checked by its bytes (SVG and anything not a raster image is refused), bounded
 * in bytes and in decoded pixels, then re-encoded by sharp into responsive widths in AVIF and WebP; the original
 * (with its metadata, GPS included) is never stored or served.
 */
@Injectable()
export class MediaService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ENV) private readonly env: Env,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly audit: AuditService,
  ) {}

  async upload(file: UploadedImage | undefined, context: CallContext): Promise<Media> {
    if (!file) throw refuse('Chọn một tệp ảnh để tải lên', 'No file');
    if (file.size > MAX_MEDIA_BYTES) throw refuse('Ảnh lớn hơn 15 MB', 'File too large');
    const sourceType = sniffImage(file.buffer);
    if (!sourceType)
      throw refuse(
        'Chỉ nhận ảnh JPEG, PNG, GIF, WebP hoặc AVIF (không nhận SVG hay tệp khác).',
        'Not a raster image',
      );
    let meta: Metadata;
    try {
      const sharp = await loadSharp();
      meta = await sharp(file.buffer, { limitInputPixels: MAX_MEDIA_PIXELS }).metadata();
    } catch {
      throw refuse('Tệp ảnh bị hỏng hoặc không đọc được', 'Unreadable image');
    }
    if (!meta.width || !meta.height) throw refuse('Tệp ảnh bị hỏng hoặc không đọc được', 'Unreadable image');
    if (meta.width * meta.height > MAX_MEDIA_PIXELS)
      throw refuse('Ảnh quá lớn (quá 40 triệu điểm ảnh)', 'Too many pixels');
    const entity = this.dataSource.getRepository(MediaEntity).create({
      fileName: file.originalname.replace(/[^\p{L}\p{N}._ -]+/gu, '_').slice(0, 255) || 'anh',
      sourceType,
      createdById: context.actor.id,
    });
    entity.id = crypto.randomUUID();
    let encoded: EncodedImage;
    try {
      encoded = await encodeImageVariants(entity.id, file.buffer, meta);
    } catch (error) {
      throw refuse('Không xử lý được ảnh này', `Image processing failed: ${(error as Error).message}`);
    }
    const { files, ...variants } = encoded;
    Object.assign(entity, variants);
    // The variants go to the file storage every replica shares, before the row naming them is committed.
    return storeThenSave(this.storage, files, () =>
      this.dataSource.transaction(async (manager) => {
        const saved = await manager.save(entity);
        const media = toMedia(saved);
        await this.audit.record(manager, context, {
          action: 'media.upload',
          entity: 'media',
          entityId: saved.id,
          after: { fileName: media.fileName, width: media.width, height: media.height },
        });
        return media;
      }),
    );
  }

  async list(query: ListQuery): Promise<Page<Media>> {
    const qb = this.dataSource.getRepository(MediaEntity).createQueryBuilder('m');
    if (query.q?.trim())
      qb.andWhere(`m.fileName ILIKE :q ESCAPE '\\'`, {
        q: `%${query.q.replace(/\p{Cc}/gu, '').replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    const { rows, total } = await pageOf(qb, { ...query, q: undefined }, new Map(), ['m.createdAt', 'DESC']);
    return { data: rows.map(toMedia), total };
  }

  /**
   * The bytes of one variant, or null; the names are checked so no key or path can be built from input. Images
   * uploaded before variants went to the file storage are still read from their old folder on the local disk.
   */
  async variant(id: string, file: string): Promise<{ bytes: Buffer; contentType: string } | null> {
    const match = /^(\d{2,4})\.(webp|avif)$/.exec(file);
    if (!match || !/^[0-9a-f-]{36}$/.test(id)) return null;
    const name = `${match[1]}.${match[2]}`;
    const contentType = `image/${match[2]}`;
    try {
      return { bytes: await buffer(this.storage.open(mediaKey(id, name))), contentType };
    } catch {
      try {
        return { bytes: await readFile(path.join(this.env.uploadDir, 'media', id, name)), contentType };
      } catch {
        return null;
      }
    }
  }
}
