import { z } from 'zod';

/** The widths every uploaded image is re-encoded to (never wider than the original). */
export const MEDIA_WIDTHS = [320, 640, 960, 1280] as const;
/** Modern formats served; AVIF first in <picture>, WebP as the widely supported fallback. */
export const MEDIA_FORMATS = ['avif', 'webp'] as const;
/** Largest upload accepted, in bytes. */
export const MAX_MEDIA_BYTES = 15 * 1024 * 1024;
/** Largest image accepted, in pixels (a decompression bomb is refused before it is decoded). */
export const MAX_MEDIA_PIXELS = 40_000_000;

export const ZMediaVariant = z.object({
  width: z.number().int(),
  height: z.number().int(),
  format: z.enum(MEDIA_FORMATS),
  url: z.string(),
  bytes: z.number().int(),
});

export const ZMedia = z.object({
  id: z.uuid(),
  fileName: z.string(),
  sourceType: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  /** The URL to put in an article (the widest WebP); the portal derives the responsive set from it. */
  url: z.string(),
  variants: z.array(ZMediaVariant),
  createdAt: z.iso.datetime({ offset: true }),
});
export type Media = z.infer<typeof ZMedia>;

const MEDIA_URL = /^\/api\/public\/media\/([0-9a-f-]{36})\/(\d+)\.(webp|avif)$/;

/** The public URL of one variant. */
export function mediaUrl(id: string, width: number, format: (typeof MEDIA_FORMATS)[number]): string {
  return `/api/public/media/${id}/${width}.${format}`;
}

/**
 * The responsive sources of an uploaded image from the URL stored in an article (its widest WebP): one srcset per
 * format. Null for an outside image, which is shown as it is.
 */
export function mediaSources(
  url: string | null,
): { avif: string; webp: string; fallback: string; width: number } | null {
  const match = url ? MEDIA_URL.exec(url) : null;
  if (!match) return null;
  const id = match[1] as string;
  const widest = Number(match[2]);
  const widths = MEDIA_WIDTHS.filter((w) => w < widest);
  const all = [...widths, widest];
  const srcset = (format: 'avif' | 'webp') => all.map((w) => `${mediaUrl(id, w, format)} ${w}w`).join(', ');
  return {
    avif: srcset('avif'),
    webp: srcset('webp'),
    fallback: mediaUrl(id, widest, 'webp'),
    width: widest,
  };
}

/** An upload's text fields: none, the image is the multipart `files` part. */
export const ZMediaUpload = z.object({});
