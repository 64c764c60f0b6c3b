import { Document, Packer, Paragraph, TextRun } from 'docx';
import { expect, test } from '@playwright/test';
import { baseUrl } from '../support/base-url.js';
import { signIn } from '../support/sign-in.js';

/** An agency report in the administrative layout, as Word writes it: one paragraph per line. */
async function reportDocx(lines: string[]): Promise<Buffer> {
  const document = new Document({
    sections: [
      {
        children: lines.map(
          (line) => new Paragraph({ children: [new TextRun({ text: line, font: 'Times New Roman' })] }),
        ),
      },
    ],
  });
  return Packer.toBuffer(document);
}

type Figure = { indicator: string; value: number; note?: string | null };
type SavedReport = { taskEntries: { taskText?: string; figures: Figure[] }[]; figures: Figure[] };

test('an officer imports a Word report into the form, checks each figure against its sentence, and saves the draft', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signIn(page, 'tuphap');
  const inbox = page.getByRole('region', { name: /Việc cần làm/ });
  await expect(inbox).toBeVisible();
  // The last report to write: the reporting-cycle journey takes the first one.
  await inbox
    .getByRole('link')
    .filter({ hasText: /Báo cáo (quá hạn|cần lập)/ })
    .last()
    .click();
  await expect(page).toHaveURL(/#\/reports\/[0-9a-f-]{36}\/show/);
  const reportId = /reports\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';
  await page.getByRole('link', { name: 'Soạn báo cáo' }).click();
  const taskInput = page.getByRole('textbox', { name: 'Nhiệm vụ' }).first();
  await expect(taskInput).not.toHaveValue('');
  const taskText = (await taskInput.inputValue()).replace(/[.;:]+$/u, '');

  // The report speaks of the first task in its own words, and of things no task names.
  const onTask = `Thực hiện nhiệm vụ ${taskText.charAt(0).toLocaleLowerCase('vi')}${taskText.slice(1)}, Sở đã tổ chức 05 hội nghị với 380 lượt người tham dự.`;
  const general = 'Trang thông tin điện tử của Sở đã đăng 64 tin, bài về quyền con người.';
  const unknown = 'Sở đã cấp 14 phiếu lý lịch tư pháp cho người nước ngoài.';
  const file = await reportDocx([
    'UBND TỈNH BẮC NINH',
    'SỞ TƯ PHÁP',
    'Số: 57/BC-STP',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Bắc Ninh, ngày 10 tháng 7 năm 2025',
    'BÁO CÁO',
    'Kết quả công tác nhân quyền',
    'I. TÌNH HÌNH CHUNG',
    'Tình hình an ninh chính trị trên địa bàn ổn định.',
    'II. KẾT QUẢ THỰC HIỆN',
    onTask,
    general,
    unknown,
    'III. ĐỀ XUẤT, KIẾN NGHỊ',
    'Đề nghị bố trí kinh phí cho công tác tuyên truyền./.',
    'KT. GIÁM ĐỐC',
    'PHÓ GIÁM ĐỐC',
    'Nguyễn Văn An',
  ]);

  await page.getByRole('button', { name: 'Nhập báo cáo từ văn bản' }).click();
  await page.getByTestId('report-import-file').setInputFiles({
    name: 'Báo cáo Sở Tư pháp.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: file,
  });
  await expect(page.getByText('Đã điền biểu mẫu từ tệp "Báo cáo Sở Tư pháp.docx"')).toBeVisible();

  // Each figure is pre-filled with the sentence it came from quoted under it.
  const quotes = page.getByRole('blockquote', { name: 'Câu trích từ văn bản' });
  await expect(quotes.filter({ hasText: onTask })).toHaveCount(2);
  await expect(quotes.filter({ hasText: general })).toHaveCount(1);
  const values = await page
    .getByLabel('Số lượng')
    .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  expect(values).toEqual(expect.arrayContaining(['5', '380', '64']));
  // The figure no indicator matches is listed apart with its sentence, and not filled in.
  const unrecognised = page.getByRole('region', { name: /Số liệu không khớp chỉ tiêu nào/ });
  await expect(unrecognised).toContainText(unknown);
  expect(values).not.toContain('14');
  await expect(page.getByRole('textbox', { name: 'Tình hình chung' })).toHaveValue(
    /Tình hình an ninh chính trị trên địa bàn ổn định\./,
  );

  // Nothing is saved until the officer saves the draft.
  const before = (await (
    await page.request.get(`${baseUrl()}/api/reports/${reportId}`)
  ).json()) as SavedReport;
  expect(JSON.stringify(before)).not.toContain(general);

  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(page).toHaveURL(/\/show$/);
  const saved = (await (
    await page.request.get(`${baseUrl()}/api/reports/${reportId}`)
  ).json()) as SavedReport;
  expect(saved.figures).toContainEqual({ indicator: 'articles-published', value: 64, note: general });
  const entry = saved.taskEntries.find((t) => t.figures.some((f) => f.note === onTask));
  expect(entry?.figures).toEqual([
    { indicator: 'conferences-held', value: 5, note: onTask },
    { indicator: 'participants', value: 380, note: onTask },
  ]);
});
