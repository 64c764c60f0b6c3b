import type { ImportedLead } from '@bcdnq/domain/import';
import { coordinatorsBeyondLeads } from '@bcdnq/domain/tasks';
import type { AgencyMatcher, AgencyMention } from './agency-matcher.js';
import { foldSameLength, squash } from './text-normalize.js';

/** Who leads and who coordinates a duty, as a plan's text assigns it. */
export type Assignment = { leads: ImportedLead[]; coordinators: string[]; unknown: string[] };

const CHU_TRI = /(?<![a-z])chu tri(?![a-z])/;
const PHOI_HOP = /(?<![a-z])phoi hop(?:\s+voi)?(?![a-z])/;
const THUC_HIEN = /(?<![a-z])(?:thuc hien|trien khai|tham muu)(?![a-z])/;
const LABELLED_LEAD = /(?:co quan|don vi)?\s*chu tri\s*:/;
const LABELLED_COORD = /(?:co quan|don vi)?\s*phoi hop\s*:/;

function mentionsToLeads(mentions: readonly AgencyMention[], folded: string): ImportedLead[] {
  const requestAt = folded.search(/(?<![a-z])de nghi(?![a-z])/);
  const seen = new Set<string>();
  const leads: ImportedLead[] = [];
  for (const m of mentions) {
    if (seen.has(m.name)) continue;
    seen.add(m.name);
    leads.push({ agency: m.name, requested: requestAt >= 0 && requestAt < m.start });
  }
  return leads;
}

/**
 * Reads an assignment such as "Sở Tư pháp, Sở Nội vụ chủ trì, phối hợp với Công an tỉnh thực hiện",
 * "Đề nghị Ban Tuyên giáo Tỉnh ủy chủ trì …" or "Cơ quan chủ trì: …; cơ quan phối hợp: …". Null when the
 * text assigns nobody, so a parenthetical that is only a remark is left in the duty's text.
 */
export function parseAssignment(text: string, matcher: AgencyMatcher, requireVerb = true): Assignment | null {
  const folded = foldSameLength(text);
  let leadFrom = 0;
  let leadTo: number;
  let coordFrom = -1;
  let coordTo = text.length;
  const labelled = LABELLED_LEAD.exec(folded);
  if (labelled) {
    leadFrom = labelled.index + labelled[0].length;
    const coord = LABELLED_COORD.exec(folded.slice(leadFrom));
    const stop = folded.slice(leadFrom).search(/[;.]/);
    leadTo = coord ? leadFrom + coord.index : stop >= 0 ? leadFrom + stop : text.length;
    if (coord) {
      coordFrom = leadFrom + coord.index + coord[0].length;
      const end = folded.slice(coordFrom).search(/[;.]/);
      coordTo = end >= 0 ? coordFrom + end : text.length;
    }
  } else {
    const chuTri = CHU_TRI.exec(folded);
    const phoiHop = PHOI_HOP.exec(folded);
    const thucHien = THUC_HIEN.exec(folded);
    const cuts = [chuTri?.index, phoiHop?.index, thucHien?.index].filter((i): i is number => i !== undefined);
    const requested = /^\W*de nghi(?![a-z])/.test(folded);
    if (cuts.length === 0 && requireVerb && !requested) return null;
    leadTo = cuts.length > 0 ? Math.min(...cuts) : text.length;
    if (phoiHop && phoiHop.index >= leadTo) {
      coordFrom = phoiHop.index + phoiHop[0].length;
      const rest = folded.slice(coordFrom);
      const end = rest.search(/(?<![a-z])(?:thuc hien|trien khai|to chuc|tham muu)(?![a-z])|[;.]/);
      coordTo = end >= 0 ? coordFrom + end : text.length;
    }
  }
  const leadText = text.slice(leadFrom, leadTo);
  const leadMentions = matcher.list(leadText, { allowUnknown: true, stopAtOther: true });
  if (leadMentions.length === 0) return null;
  const leads = mentionsToLeads(leadMentions, folded.slice(leadFrom, leadTo));
  const coordMentions =
    coordFrom >= 0
      ? matcher.list(text.slice(coordFrom, coordTo), { allowUnknown: true, stopAtOther: true })
      : [];
  const unknown = [...leadMentions, ...coordMentions].filter((m) => !m.known).map((m) => m.name);
  return {
    leads,
    coordinators: coordinatorsBeyondLeads(
      leads.map((l) => l.agency),
      coordMentions.map((m) => m.name),
    ),
    unknown,
  };
}

/**
 * Coordinators named where a duty says "phối hợp với X, Y …": the agencies listed right after the phrase,
 * stopping at the first word that is not an agency, so "phối hợp với Công an tỉnh tham mưu …" gives one.
 */
export function coordinatorsInText(
  text: string,
  matcher: AgencyMatcher,
): { names: string[]; unknown: string[] } {
  const folded = foldSameLength(text);
  const out: string[] = [];
  const unknown: string[] = [];
  const re = /(?<![a-z])phoi hop(?:\s+chat che)?\s+voi\s+/g;
  for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
    const from = m.index + m[0].length;
    const window = text.slice(from, Math.min(text.length, from + 240));
    for (const mention of matcher.list(window, { allowUnknown: false, stopAtOther: true })) {
      if (!out.includes(mention.name)) out.push(mention.name);
    }
  }
  return { names: out, unknown };
}

/** The last parenthetical closing a paragraph ("… thực hiện (Sở Tư pháp chủ trì).") and the text before it. */
export function trailingParenthetical(text: string): { inner: string; before: string } | null {
  const trimmed = text.replace(/[\s.;,/]+$/u, '');
  if (!trimmed.endsWith(')')) return null;
  let depth = 0;
  for (let i = trimmed.length - 1; i >= 0; i--) {
    const ch = trimmed[i];
    if (ch === ')') depth++;
    else if (ch === '(') {
      depth--;
      if (depth === 0) {
        // Only a closing remark of bounded length: "(10/12/1948 - 10/12/2023)" is not an assignment anyway.
        if (trimmed.length - i > 600) return null;
        return {
          inner: squash(trimmed.slice(i + 1, -1)),
          before: squash(trimmed.slice(0, i)).replace(/[\s,;:]+$/u, ''),
        };
      }
    }
  }
  return null;
}
