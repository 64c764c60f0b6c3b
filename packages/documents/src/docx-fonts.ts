import { convertTcvn3, convertVni } from './legacy-encoding.js';
import { readZipEntry } from './zip-guard.js';

/**
 * Legacy Vietnamese encodings are font encodings: a run set in a TCVN3 font (".VnTime") holds TCVN3 codes, one
 * set in its capitals font (".VnTimeH") holds the same lower-case codes drawn as capitals, one set in a VNI font
 * holds VNI codes. So a Word file is converted run by run, by the font each run resolves to (the run's own,
 * else its style's, else the paragraph style's, else the document default), and text Word shows in capitals
 * (w:caps) is put in capitals.
 */

type Fonts = {
  styles: Map<string, { font: string | null; basedOn: string | null }>;
  fallback: string | null;
};

const TCVN3_FONT = /^\.?vn/i;
const TCVN3_CAPITALS = /^\.?vn.*h$/i;
const VNI_FONT = /^vni[- ]/i;

/** Fonts of styles.xml: per style its own font and its parent, and the document default. */
export function readFonts(bytes: Uint8Array, fileName: string): Fonts {
  const styles = new Map<string, { font: string | null; basedOn: string | null }>();
  const part = readZipEntry(bytes, fileName, 'word/styles.xml');
  if (!part) return { styles, fallback: null };
  const xml = new TextDecoder('utf-8').decode(part);
  const defaults = /<w:rPrDefault>[\s\S]*?<\/w:rPrDefault>/.exec(xml)?.[0] ?? '';
  const fontOf = (fragment: string) =>
    /<w:rFonts\b[^>]*\bw:(?:ascii|hAnsi)="([^"]+)"/.exec(fragment)?.[1] ?? null;
  for (const m of xml.matchAll(/<w:style\b[^>]*\bw:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    const body = m[2] ?? '';
    styles.set(m[1] ?? '', {
      font: fontOf(body),
      basedOn: /<w:basedOn w:val="([^"]+)"/.exec(body)?.[1] ?? null,
    });
  }
  return { styles, fallback: fontOf(defaults) };
}

function styleFont(fonts: Fonts, styleId: string | null): string | null {
  for (let id = styleId, depth = 0; id && depth < 20; depth++) {
    const style = fonts.styles.get(id);
    if (!style) return null;
    if (style.font) return style.font;
    id = style.basedOn;
  }
  return null;
}

/** Whether any font of the document (styles or runs) is a legacy Vietnamese one: then conversion is per run. */
export function usesLegacyFonts(bytes: Uint8Array, fileName: string): boolean {
  const part = readZipEntry(bytes, fileName, 'word/document.xml');
  const styles = readZipEntry(bytes, fileName, 'word/styles.xml');
  const text = `${part ? new TextDecoder().decode(part) : ''}${styles ? new TextDecoder().decode(styles) : ''}`;
  return /w:(?:ascii|hAnsi)="(?:\.?vn[^"]*|vni[- ][^"]*)"/i.test(text);
}

type Node = {
  type?: string;
  children?: Node[];
  value?: string;
  font?: string | null;
  styleId?: string | null;
  isAllCaps?: boolean;
};

/** A mammoth document transform converting each run by its resolved font (see above). */
export function legacyFontTransform(fonts: Fonts): (document: Node) => Node {
  const convert = (node: Node, paragraphStyle: string | null): Node => {
    if (node.type === 'paragraph')
      return { ...node, children: (node.children ?? []).map((c) => convert(c, node.styleId ?? null)) };
    if (node.type === 'run') {
      const font =
        node.font ??
        styleFont(fonts, node.styleId ?? null) ??
        styleFont(fonts, paragraphStyle) ??
        fonts.fallback ??
        '';
      const text = (value: string) => {
        let out = TCVN3_FONT.test(font)
          ? convertTcvn3(value)
          : VNI_FONT.test(font)
            ? convertVni(value)
            : value;
        if (TCVN3_CAPITALS.test(font) || node.isAllCaps) out = out.toLocaleUpperCase('vi');
        return out;
      };
      return {
        ...node,
        children: (node.children ?? []).map((c) =>
          c.type === 'text' && typeof c.value === 'string' ? { ...c, value: text(c.value) } : c,
        ),
      };
    }
    return node.children ? { ...node, children: node.children.map((c) => convert(c, paragraphStyle)) } : node;
  };
  return (document) => convert(document, null);
}
