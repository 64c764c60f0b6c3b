import { readFileSync } from 'node:fs';
import path from 'node:path';
import { hasCommand, pdf, scanOf } from '@bcdnq/documents/test-files';
import { expect, test } from '@playwright/test';
import { signIn } from '../support/sign-in.js';

const SEED = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'seeds', '004_4cbeb48ca19850a0.txt');

/** A 20-page scan: the seed's lines set on pages, rendered and speckled as a copier does. */
function twentyPageScan(): Buffer {
  const lines = readFileSync(SEED, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  return Buffer.from(scanOf(pdf(lines.join('\n'), Math.ceil(lines.length / 20)), { dpi: 150 }));
}

test.skip(!hasCommand('tesseract') || !hasCommand('pdftoppm'), 'needs Tesseract and Poppler (OCR)');

test('a long scan shows its pages as they are read, and "Hủy" stops the reading', async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, 'thuongtruc');
  await page.getByRole('menuitem', { name: 'Nhập văn bản' }).click();

  await page.getByLabel('Chọn tệp').setInputFiles({
    name: 'ban-quet-20-trang.pdf',
    mimeType: 'application/pdf',
    buffer: twentyPageScan(),
  });
  await page.getByRole('button', { name: 'Đọc văn bản' }).click();
  const status = page.getByRole('status').filter({ hasText: /Đang đọc trang \d+\/20…/u });
  await expect(status).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('progressbar', { name: /Đang đọc trang \d+\/20…/u })).toBeVisible();

  await page.getByRole('button', { name: 'Hủy' }).click();
  await expect(page.getByText('Đã hủy việc đọc tệp.')).toBeVisible();
  await expect(status).toHaveCount(0);
  // The reading is over: the review never opens, and the file can be read again.
  await expect(page.getByRole('heading', { name: 'Văn bản gốc' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Đọc văn bản' })).toBeEnabled();
});
