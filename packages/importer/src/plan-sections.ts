import type { Block } from './text-blocks.js';
import { foldSameLength, isUpperCaseText } from './text-normalize.js';

/** What a top-level section of a plan is for, recognised from its heading words. */
export type SectionRole = 'purposes' | 'keyTasks' | 'assignment' | 'organisation' | 'other';

export type Section = { label: string | null; heading: string; role: SectionRole; blocks: Block[] };

// Heading words per role (folded), tried in this order: "Tổ chức thực hiện" before "nhiệm vụ", "Phân công"
// before "giải pháp". Data: a new layout's heading is one more phrase here.
const ROLE_WORDS: readonly (readonly [SectionRole, readonly string[]])[] = [
  ['organisation', ['to chuc thuc hien', 'kinh phi thuc hien', 'che do bao cao']],
  ['assignment', ['phan cong', 'trach nhiem cua cac', 'nhiem vu cu the']],
  ['purposes', ['muc dich', 'yeu cau', 'muc tieu']],
  ['keyTasks', ['trong tam', 'cong tac trong tam', 'noi dung']],
  ['assignment', ['giai phap']],
  ['keyTasks', ['nhiem vu']],
];

/** The role a section heading announces, or null when its words name none. */
export function sectionRole(heading: string): SectionRole | null {
  const folded = foldSameLength(heading);
  for (const [role, words] of ROLE_WORDS) if (words.some((w) => folded.includes(w))) return role;
  return null;
}

function isSectionHeading(block: Block): boolean {
  if (block.marker === 'roman') return isUpperCaseText(block.text) || block.text.split(' ').length <= 14;
  // Documents without Roman numerals: a stand-alone line in capitals that names a section.
  return (
    block.marker === null &&
    isUpperCaseText(block.text) &&
    block.text.split(' ').length <= 12 &&
    sectionRole(block.text) !== null
  );
}

/** Splits the body into the text before the first section and the sections themselves. */
export function splitSections(blocks: readonly Block[]): { preamble: Block[]; sections: Section[] } {
  const preamble: Block[] = [];
  const sections: Section[] = [];
  for (const block of blocks) {
    if (isSectionHeading(block)) {
      sections.push({
        label: block.marker === 'roman' ? block.label : null,
        heading: block.text,
        role: sectionRole(block.text) ?? 'other',
        blocks: [],
      });
      continue;
    }
    const current = sections[sections.length - 1];
    if (current) current.blocks.push(block);
    else preamble.push(block);
  }
  // "III. Nhiệm vụ và giải pháp" + "IV. Phân công trách nhiệm": the solutions are the key tasks, IV assigns.
  const assigns = (s: Section) => /phan cong/.test(foldSameLength(s.heading));
  if (sections.some(assigns))
    for (const s of sections) if (s.role === 'assignment' && !assigns(s)) s.role = 'keyTasks';
  // Without recognisable headings, fall back on the usual order I, II, III, IV.
  const order: SectionRole[] = ['purposes', 'keyTasks', 'assignment', 'organisation'];
  if (!sections.some((s) => s.role === 'assignment')) {
    sections.forEach((s, i) => {
      if (s.role === 'other') s.role = order[i] ?? 'other';
    });
  }
  return { preamble, sections };
}

/** An item with the items and paragraphs nested under it. */
export type Item = { block: Block; children: Item[] };

const BULLETS = new Set(['dash', 'plus', 'bullet']);

/**
 * Nests a section's blocks: each marker style gets a level in the order it first appears (as Word and Markdown
 * lists do); a paragraph without a marker belongs to the nearest numbered or lettered item above it, not to a
 * bullet, because that is where authors put a duty's closing line ("(Sở Tư pháp chủ trì …)").
 */
export function nestItems(blocks: readonly Block[]): { intro: Block[]; items: Item[] } {
  const intro: Block[] = [];
  const items: Item[] = [];
  const stack: Item[] = [];
  for (const block of blocks) {
    if (block.marker === null) {
      let host: Item | undefined;
      for (let i = stack.length - 1; i >= 0; i--) {
        const candidate = stack[i];
        if (candidate && !BULLETS.has(candidate.block.marker ?? '')) {
          host = candidate;
          stack.length = i + 1;
          break;
        }
      }
      if (host) host.children.push({ block, children: [] });
      else if (stack.length > 0) stack[0]?.children.push({ block, children: [] });
      else intro.push(block);
      continue;
    }
    const item: Item = { block, children: [] };
    const level = stack.findIndex((s) => s.block.marker === block.marker);
    if (level >= 0) stack.length = level;
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(item);
    else items.push(item);
    stack.push(item);
  }
  return { intro, items };
}

/** The item and everything under it as lines: "- " before bullets, nested "+ " kept; `textOf` may rewrite one. */
export function flattenItem(item: Item, textOf: (it: Item) => string = (it) => it.block.text): string[] {
  const own = textOf(item);
  const out: string[] = own ? [own] : [];
  for (const child of item.children) {
    const lines = flattenItem(child, textOf);
    if (lines.length === 0) continue;
    const prefix =
      child.block.marker === null
        ? ''
        : child.block.marker === 'plus'
          ? '+ '
          : child.block.marker === 'letter'
            ? `${child.block.label}) `
            : '- ';
    out.push(`${prefix}${lines[0] ?? ''}`, ...lines.slice(1));
  }
  return out;
}
