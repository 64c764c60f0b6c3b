import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZReportImportPreview } from '@bcdnq/domain/import';
import { docx } from '@bcdnq/documents/test-files';
import { type Client, signIn, startTestApp, type TestApp } from './helpers/test-app.js';

// A report written for this test in the administrative layout; the report form pre-fills from this answer.
const REPORT = `UBND TỈNH BẮC GIANG
SỞ NGOẠI VỤ
Số: 41/BC-SNV
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Giang, ngày 05 tháng 7 năm 2024

BÁO CÁO
Kết quả công tác nhân quyền 6 tháng đầu năm 2024

Thực hiện Kế hoạch số 25/KH-UBND ngày 02/02/2024 của UBND tỉnh, Sở Ngoại vụ báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
Sở đã đưa 30 tin, bài lên trang thông tin điện tử; tổ chức 02 hội nghị với 150 lượt đại biểu; đón tiếp 03 đoàn khách nước ngoài với 45 lượt người.

II. ĐỀ XUẤT, KIẾN NGHỊ
Đề nghị tăng cường tập huấn nghiệp vụ./.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Trần Văn Bình`;

let t: TestApp;
let office: Client;
let ngoaivu: Client;
beforeAll(async () => {
  t = await startTestApp();
  office = await signIn(t, 'thuongtruc');
  ngoaivu = await signIn(t, 'ngoaivu');
});
afterAll(() => t.close());

describe('reading an agency report from its document', () => {
  it('gives the report, the agency id and the figures added up per indicator', async () => {
    const response = await office.agent
      .post('/api/imports/report-preview')
      .set('X-CSRF-Token', office.csrf)
      .attach('file', Buffer.from(docx(REPORT)), { filename: 'Báo cáo 6 tháng.docx' });
    expect(response.status).toBe(200);
    const preview = ZReportImportPreview.parse(response.body);
    expect(preview.result.kind).toBe('report');
    expect(preview.result.report?.period).toEqual({
      kind: 'half-year',
      start: '2024-01-01',
      end: '2024-06-30',
    });
    const agencies = await office.get('/api/agencies?q=ngoai%20vu');
    expect(preview.agencyId).toBe(agencies.body.data[0].id);
    const totals = Object.fromEntries(preview.indicators.map((i) => [i.indicator, i.total]));
    expect(totals).toEqual({
      'articles-published': 30,
      'conferences-held': 2,
      participants: 195,
      'foreign-delegations': 3,
    });
    expect(
      preview.indicators.find((i) => i.indicator === 'participants')?.mentions.map((m) => m.value),
    ).toEqual([150, 45]);
  });

  it('lets the agency officer read its own report from pasted text', async () => {
    const response = await ngoaivu.post('/api/imports/report-preview', { text: REPORT });
    expect(response.status).toBe(200);
    expect(response.body.result.report.number).toBe('41/BC-SNV');
  });

  it('answers a document that is not a report with its reading and no figures', async () => {
    const response = await ngoaivu.post('/api/imports/report-preview', {
      text: 'Thư mời họp lớp cuối năm, mọi người nhớ mang theo ảnh cũ để cùng xem lại.',
    });
    expect(response.status).toBe(200);
    expect(response.body.result.kind).toBe('unknown');
    expect(response.body.indicators).toEqual([]);
  });
});
