import { expect, it } from 'vitest';
import { mediaSources } from './media.schema.js';

it('derives the responsive set of an uploaded image from its widest WebP', () => {
  const id = '0b7c2a52-2f7e-4d3b-9a4e-4c2f5a1b9d10';
  const sources = mediaSources(`/api/public/media/${id}/960.webp`);
  expect(sources?.webp).toBe(
    `/api/public/media/${id}/320.webp 320w, /api/public/media/${id}/640.webp 640w, /api/public/media/${id}/960.webp 960w`,
  );
  expect(sources?.avif).toContain('960.avif 960w');
  expect(mediaSources('https://example.org/a.jpg')).toBeNull();
  expect(mediaSources(null)).toBeNull();
});
