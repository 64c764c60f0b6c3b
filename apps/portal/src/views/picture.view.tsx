import { mediaSources } from '@bcdnq/domain/media';
import { safeImageSrc } from './site.js';

export type PictureProps = { url: string | null; alt: string; sizes?: string; eager?: boolean };

/**
 * An image in the widths and formats the media store made (AVIF, then WebP), so a phone downloads a small file;
 * an outside image is shown as it is. Nothing for an unsafe URL.
 */
export function Picture({
  url,
  alt,
  sizes = '(max-width: 44rem) 100vw, 44rem',
  eager = false,
}: PictureProps) {
  const src = safeImageSrc(url);
  if (!src) return null;
  const sources = mediaSources(src);
  const loading = eager ? undefined : 'lazy';
  if (!sources) return <img src={src} alt={alt} loading={loading} decoding="async" />;
  return (
    <picture>
      <source type="image/avif" srcset={sources.avif} sizes={sizes} />
      <source type="image/webp" srcset={sources.webp} sizes={sizes} />
      <img src={sources.fallback} alt={alt} loading={loading} decoding="async" />
    </picture>
  );
}
