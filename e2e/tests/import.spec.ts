import { readFileSync } from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { expect, type Page, test } from '@playwright/test';
import { baseUrl } from '../support/base-url.js';

const SEED = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'seeds', '000_bdf9b695430115f1.txt');

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A zip of stored (uncompressed) entries: all a .docx needs to be opened by Word, mammoth and our importer. */
function storedZip(entries: [name: string, content: string][]): Buffer {
  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const fileName = Buffer.from(name, 'utf8');
    const data = Buffer.from(content, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    parts.push(local, fileName, data);
    directory.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const centralDirectory = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralDirectory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, centralDirectory, end]);
}

/** A minimal Word document: one paragraph per line of the text. */
function docxOf(text: string): Buffer {
  const paragraphs = text
    .split(/\r?\n/)
    .map((line) => `<w:p><w:r><w:t xml:space="preserve">${xml(line)}</w:t></w:r></w:p>`)
    .join('');
  return storedZip([
    [
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ],
    [
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ],
    [
      'word/document.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
        `<w:body>${paragraphs}</w:body></w:document>`,
    ],
  ]);
}

async function signIn(page: Page, username: string) {
  await page.goto(`${baseUrl()}/admin/`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill('demo12345');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

/** Chooses the lead agency of one row of the review table. */
async function chooseLead(page: Page, row: number, agency: string) {
  const input = page
    .getByTestId(`import-task-${row}`)
    .getByRole('combobox', { name: 'Đơn vị chủ trì' })
    .first();
  await input.click();
  await input.fill(agency);
  await page.getByRole('option', { name: agency, exact: true }).click();
  await expect(input).toHaveValue(agency);
}

test('the standing office imports plan 25/KH-UBND from a Word file, corrects a lead agency and saves the draft', async ({
  page,
}) => {
  await signIn(page, 'thuongtruc');
  await page.getByRole('menuitem', { name: 'Nhập văn bản' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nhập văn bản kế hoạch' })).toBeVisible();

  await page.getByLabel('Chọn tệp').setInputFiles({
    name: 'ke-hoach-25-KH-UBND.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: docxOf(readFileSync(SEED, 'utf8')),
  });
  await expect(page.getByTestId('chosen-file')).toContainText('ke-hoach-25-KH-UBND.docx');
  await page.getByRole('button', { name: 'Đọc văn bản' }).click();

  // The reading, beside its source: the number, and the duplicate the demo data already holds.
  const number = page.getByRole('textbox', { name: 'Số, ký hiệu' }).first();
  await expect(number).toHaveValue('25/KH-UBND');
  await expect(page.getByTestId('import-source-text')).toContainText('Số: 25/KH-UBND');
  await expect(page.getByTestId('import-duplicates')).toContainText('25/KH-UBND');
  await expect(
    page.getByTestId('import-task-1').getByRole('combobox', { name: 'Đơn vị chủ trì' }),
  ).toHaveValue('Văn phòng UBND tỉnh');

  // Saving with duties that name no lead is refused, and says where.
  await page.getByRole('button', { name: 'Lưu dự thảo kế hoạch' }).first().click();
  await expect(page.getByText(/Còn \d+ chỗ cần sửa trước khi lưu/)).toBeVisible();

  await chooseLead(page, 0, 'Công an tỉnh');
  await chooseLead(page, 1, 'Sở Tư pháp'); // the fix: the document said Văn phòng UBND tỉnh
  await chooseLead(page, 2, 'Sở Văn hóa, Thể thao và Du lịch');
  await page.getByRole('button', { name: 'Lưu dự thảo kế hoạch' }).first().click();

  await expect(page).toHaveURL(/#\/plans\/[0-9a-f-]{36}\/show$/);
  await expect(page.getByText('Đã lưu dự thảo kế hoạch với 3 nhiệm vụ')).toBeVisible();

  // The draft is in the plan list next to the issued plan of the same number.
  await page.getByRole('menuitem', { name: 'Kế hoạch' }).click();
  const draftRow = page.getByRole('row').filter({ hasText: '25/KH-UBND' }).filter({ hasText: 'Dự thảo' });
  await expect(draftRow).toHaveCount(1);
  await expect(draftRow).toContainText('3');
  await draftRow.click();
  await page.getByRole('tab', { name: 'Nhiệm vụ của kế hoạch' }).click();
  const taskRows = page.getByRole('row').filter({ hasText: /III\.\d/ });
  await expect(taskRows).toHaveCount(3);
  await taskRows.filter({ hasText: 'III.2' }).click();
  await expect(page.getByText('Sở Tư pháp')).toBeVisible();
  await expect(page.getByText('Văn phòng UBND tỉnh')).toHaveCount(0);
});
