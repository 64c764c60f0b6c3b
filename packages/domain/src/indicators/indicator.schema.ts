import { z } from 'zod';

/** How values of one indicator combine across agencies and periods. */
export const AGGREGATIONS = ['sum', 'max', 'latest'] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

export const ZIndicator = z.object({
  code: z
    .string()
    .min(2)
    .max(60)
    .regex(/^[a-z0-9-]+$/),
  name: z.string().min(1).max(200),
  nameEn: z.string().min(1).max(200),
  unit: z.string().min(1).max(50),
  aggregation: z.enum(AGGREGATIONS),
});
export type Indicator = z.infer<typeof ZIndicator>;

/** The figures reports carry; data, extended by administrators. */
export const INDICATOR_CATALOGUE: readonly Indicator[] = [
  {
    code: 'articles-published',
    name: 'Tin, bài tuyên truyền đã đăng',
    nameEn: 'News items and articles published',
    unit: 'tin, bài',
    aggregation: 'sum',
  },
  {
    code: 'rebuttal-articles',
    name: 'Tin, bài phản bác quan điểm sai trái',
    nameEn: 'Articles refuting hostile views',
    unit: 'tin, bài',
    aggregation: 'sum',
  },
  {
    code: 'conferences-held',
    name: 'Hội nghị, hội thảo đã tổ chức',
    nameEn: 'Conferences held',
    unit: 'hội nghị',
    aggregation: 'sum',
  },
  {
    code: 'training-sessions',
    name: 'Lớp tập huấn, bồi dưỡng',
    nameEn: 'Training sessions',
    unit: 'lớp',
    aggregation: 'sum',
  },
  {
    code: 'participants',
    name: 'Lượt người tham dự',
    nameEn: 'Participants',
    unit: 'lượt người',
    aggregation: 'sum',
  },
  {
    code: 'banners-hung',
    name: 'Băng rôn, khẩu hiệu đã treo',
    nameEn: 'Banners and slogans hung',
    unit: 'băng rôn',
    aggregation: 'sum',
  },
  {
    code: 'complaints-resolved',
    name: 'Đơn thư khiếu nại, tố cáo đã giải quyết',
    nameEn: 'Complaints resolved',
    unit: 'đơn',
    aggregation: 'sum',
  },
  {
    code: 'foreign-delegations',
    name: 'Đoàn nước ngoài đã tiếp',
    nameEn: 'Foreign delegations received',
    unit: 'đoàn',
    aggregation: 'sum',
  },
];

/** Adds up values of one indicator by its aggregation rule (values in time order for "latest"). */
export function aggregate(aggregation: Aggregation, values: readonly number[]): number | null {
  if (values.length === 0) return null;
  switch (aggregation) {
    case 'sum':
      return values.reduce((a, b) => a + b, 0);
    case 'max':
      return Math.max(...values);
    case 'latest':
      return values[values.length - 1] ?? null;
  }
}

/** Figures of one report, added up per indicator of the catalogue (catalogue order; indicators without a figure left out). */
export function totalsByIndicator<T extends { indicator: string; value: number }>(
  figures: readonly T[],
  catalogue: readonly Indicator[] = INDICATOR_CATALOGUE,
): { indicator: string; total: number; mentions: T[] }[] {
  return catalogue.flatMap((entry) => {
    const mentions = figures.filter((f) => f.indicator === entry.code);
    const total = aggregate(
      entry.aggregation,
      mentions.map((m) => m.value),
    );
    return total === null ? [] : [{ indicator: entry.code, total, mentions }];
  });
}
