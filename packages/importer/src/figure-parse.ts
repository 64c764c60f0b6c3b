import type { ImportedFigure, UnrecognisedFigure } from '@bcdnq/domain/import';
import { FIGURE_PATTERNS } from './figure-patterns.js';
import { sentences } from './schedule-parse.js';
import { clip, foldSameLength } from './text-normalize.js';

type Unit = {
  words: string;
  pattern: RegExp;
  rows: { indicator: string; before: readonly string[] | null }[];
};

// Units longest first, each a regex anchored at the start of what follows a number (commas optional, any spaces).
const UNITS: Unit[] = (() => {
  const byWords = new Map<string, Unit>();
  for (const row of FIGURE_PATTERNS) {
    for (const unit of row.units) {
      const words = unit.replace(/,/g, '').replace(/\s+/g, ' ');
      let entry = byWords.get(words);
      if (!entry) {
        const source = words.split(' ').join(String.raw`,?\s+`);
        entry = { words, pattern: new RegExp(String.raw`^${source}(?![a-z0-9])`), rows: [] };
        byWords.set(words, entry);
      }
      entry.rows.push({ indicator: row.indicator, before: row.before ?? null });
    }
  }
  return [...byWords.values()].sort((a, b) => b.words.length - a.words.length);
})();

// Numbers that are not counts: dates, times, document numbers and articles of law, list markers, years.
const MASKS: readonly RegExp[] = [
  /\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}/g, // 15/12/2022, 15.12.2022
  /(?<=(?:ngay|thang|quy|nam|tuan)\s+)\d{1,4}(?:\s*\/\s*\d{1,4})?/g, // ngày 15, tháng 6/2023, năm 2023
  /\d+\s*(?:[/-]\s*\d*\s*)*[/-]\s*[a-z][a-z0-9đ-]*/g, // 86/BC-SNV, 44-CT/TW, 30/2020/NĐ-CP (folded)
  /(?<=(?:so|dieu|khoan|muc|chuong|phan|lan thu|giai doan|khoa|phien|ky|tap|trang|quyet dinh|nghi dinh|thong tu|chi thi|ke hoach|van ban|cong van)\s+)\d+/g,
  /\d{1,2}\s*(?:h|gio|:)\s*\d{2}/g, // 8h00, 14:30
  /(?:^|\n)\s*\d{1,3}(?:\.\d{1,3})*\s*[.)]\s/g, // list markers "1.", "2.1.", "3)"
  /(?<![\d.,])(?:19|20)\d{2}(?![\d.,])/g, // a year on its own
];

// "trong 6 tháng", "3 ngày": a length of time, not a count of anything done.
const DURATION = /^(?:thang|nam|ngay|tuan|gio|phut|quy|thang dau|thang cuoi)(?![a-z])/;

const NUMBER = /(?<![\p{L}\d.,/])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?:\s*\/\s*(\d+))?(?![\d/])/gu;

function numberValue(written: string): number {
  return Number(written.replace(/\./g, '').replace(',', '.'));
}

/** The clause before a number (back to the previous number or clause break): where its verb is. */
function clauseBefore(folded: string, at: number): string {
  const from = Math.max(0, at - 80);
  const window = folded.slice(from, at);
  const cut = Math.max(
    window.lastIndexOf(';'),
    window.lastIndexOf(':'),
    window.search(/\d[^\d]*$/) >= 0 ? window.search(/\d[^\d]*$/) : -1,
  );
  return ` ${window.slice(cut + 1)} `;
}

function masked(folded: string): string {
  let out = folded;
  for (const mask of MASKS) out = out.replace(mask, (m) => ' '.repeat(m.length));
  return out;
}

export type FigureReading = { figures: ImportedFigure[]; unrecognised: UnrecognisedFigure[] };

/**
 * Every figure a text states, one per mention: a number (Vietnamese forms: `2.150`, `05`, `2,5`, "hơn 120",
 * "07/09" read as 7 of 9) followed by an indicator's unit becomes that indicator's figure; a number followed by
 * other words ("14 thị thực", "95%") is kept apart as unrecognised, with its sentence. Dates, times, document
 * numbers, list markers and years are not figures.
 */
export function readFigures(text: string): FigureReading {
  const figures: ImportedFigure[] = [];
  const unrecognised: UnrecognisedFigure[] = [];
  for (const sentence of sentences(text)) {
    const folded = foldSameLength(sentence);
    const scan = masked(folded);
    NUMBER.lastIndex = 0;
    for (let m = NUMBER.exec(scan); m !== null; m = NUMBER.exec(scan)) {
      const value = numberValue(m[1] ?? '');
      if (!Number.isFinite(value) || value < 0) continue;
      const after = folded.slice(m.index + m[0].length).replace(/^\s+/, '');
      if (!/^(?:[a-z%]|\p{L})/u.test(after) || DURATION.test(after)) continue;
      const before = clauseBefore(folded, m.index);
      let indicator: string | null = null;
      for (const unit of UNITS) {
        if (!unit.pattern.test(after)) continue;
        const row = unit.rows.find(
          (r) => r.before === null || r.before.some((verb) => before.includes(` ${verb} `)),
        );
        if (row) {
          indicator = row.indicator;
          break;
        }
      }
      const sentenceText = clip(sentence, 1000);
      if (indicator) figures.push({ indicator, value, text: sentenceText });
      else unrecognised.push({ value, text: sentenceText });
    }
  }
  return { figures, unrecognised };
}
