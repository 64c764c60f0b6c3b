// Builders of real .docx and .pdf files for the tests (exported as @bcdnq/documents/test-files; no runtime code uses them).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflateRawSync, deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** One file of a zip archive: stored, or deflated; `declaredSize` makes the directory lie about its size. */
export type ZipPart = {
  name: string;
  data: Uint8Array;
  deflate?: boolean;
  declaredSize?: number;
  encrypted?: boolean;
};

/** A zip archive as a .docx needs it (and as a zip bomb is made). */
export function zipParts(parts: readonly ZipPart[]): Uint8Array {
  const enc = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const part of parts) {
    const nameBytes = enc.encode(part.name);
    const data = part.deflate ? new Uint8Array(deflateRawSync(part.data, { level: 9 })) : part.data;
    const size = part.declaredSize ?? part.data.length;
    const crc = crc32(part.data);
    const method = part.deflate ? 8 : 0;
    const flags = 0x0800 | (part.encrypted ? 1 : 0); // UTF-8 names
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, flags, true);
    local.setUint16(8, method, true);
    local.setUint32(14, crc, true);
    local.setUint32(18, data.length, true);
    local.setUint32(22, size, true);
    local.setUint16(26, nameBytes.length, true);
    const central = new DataView(new ArrayBuffer(46));
    central.setUint32(0, 0x02014b50, true);
    central.setUint16(4, 20, true);
    central.setUint16(6, 20, true);
    central.setUint16(8, flags, true);
    central.setUint16(10, method, true);
    central.setUint32(16, crc, true);
    central.setUint32(20, data.length, true);
    central.setUint32(24, size, true);
    central.setUint16(28, nameBytes.length, true);
    central.setUint32(42, offset, true);
    locals.push(new Uint8Array(local.buffer), nameBytes, data);
    centrals.push(new Uint8Array(central.buffer), nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, parts.length, true);
  end.setUint16(10, parts.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  return concat([...locals, ...centrals, new Uint8Array(end.buffer)]);
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, b) => n + b.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A zip archive with stored (uncompressed) entries, or deflated ones. */
export function zip(
  entries: Record<string, string | Uint8Array>,
  options: { deflate?: boolean } = {},
): Uint8Array {
  const enc = new TextEncoder();
  return zipParts(
    Object.entries(entries).map(([name, content]) => ({
      name,
      data: typeof content === 'string' ? enc.encode(content) : content,
      deflate: options.deflate,
    })),
  );
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// Word list definitions: 1 decimal (level 0) with lower letters (level 1), 2 bullets, 3 upper Roman.
const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="+"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
</w:numbering>`;

/** Where Word keeps a typed marker as automatic numbering instead: [numId, level, marker length]. */
function autoNumber(line: string): { numId: number; level: number; rest: string } | null {
  const t = line.trim();
  let m = /^([IVX]+)\.\s+(.*)$/u.exec(t);
  if (m?.[2]) return { numId: 3, level: 0, rest: m[2] };
  m = /^\d{1,2}\.\s+(.*)$/u.exec(t);
  if (m?.[1]) return { numId: 1, level: 0, rest: m[1] };
  m = /^[a-z]\)\s+(.*)$/u.exec(t);
  if (m?.[1]) return { numId: 1, level: 1, rest: m[1] };
  m = /^-\s+(.*)$/u.exec(t);
  if (m?.[1]) return { numId: 2, level: 0, rest: m[1] };
  m = /^\+\s+(.*)$/u.exec(t);
  if (m?.[1]) return { numId: 2, level: 1, rest: m[1] };
  return null;
}

/**
 * A minimal Word document: one paragraph per line of the text. With `autoNumber`, item markers ("1.", "-",
 * "II.") become Word's automatic numbering, so they are no longer part of the paragraphs' text.
 */
export type DocxOptions = {
  autoNumber?: boolean;
  /** a font for every run (w:rFonts), as a word processor sets it */
  font?: string;
  /** justified paragraphs with a first-line indent, as administrative documents are set */
  justify?: boolean;
  /** each line's run: its text as stored and its font (legacy font encodings) */
  run?: (line: string) => { text: string; font: string };
  /** lines [from, to) go into a borderless two-column header table (left: issuer and number; right: motto, place and date) */
  header?: { from: number; to: number };
};

const RIGHT_COLUMN = /^(?:CỘNG HÒA|CỘNG HOÀ|Độc lập|-{3,}$)|ngày\s.*tháng\s.*năm/u;

/**
 * A minimal Word document: one paragraph per line of the text. With `autoNumber`, item markers ("1.", "-",
 * "II.") become Word's automatic numbering, so they are no longer part of the paragraphs' text.
 */
export function docx(text: string, options: DocxOptions = {}): Uint8Array {
  const runProps = options.font
    ? `<w:rPr><w:rFonts w:ascii="${options.font}" w:hAnsi="${options.font}" w:cs="${options.font}"/><w:sz w:val="28"/></w:rPr>`
    : '';
  const paraProps = options.justify ? '<w:jc w:val="both"/><w:ind w:firstLine="567"/>' : '';
  const paragraph = (line: string, extra = '', props = paraProps) => {
    const run = options.run?.(line);
    const rPr = run ? `<w:rPr><w:rFonts w:ascii="${run.font}" w:hAnsi="${run.font}"/></w:rPr>` : runProps;
    return `<w:p><w:pPr>${extra}${props}</w:pPr><w:r>${rPr}<w:t xml:space="preserve">${xml(run ? run.text : line)}</w:t></w:r></w:p>`;
  };
  const lines = text.split('\n');
  const { from, to } = options.header ?? { from: 0, to: 0 };
  const head = lines.slice(from, to).filter((l) => l.trim());
  const before = lines
    .slice(0, from)
    .map((line) => paragraph(line))
    .join('');
  const table = head.length
    ? (() => {
        const right = head.filter((l) => RIGHT_COLUMN.test(l.trim()));
        const left = head.filter((l) => !RIGHT_COLUMN.test(l.trim()));
        const cell = (cellLines: string[]) =>
          `<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>${cellLines.map((l) => paragraph(l.trim(), '', '<w:jc w:val="center"/>')).join('') || '<w:p/>'}</w:tc>`;
        return `<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/><w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="4500"/></w:tblGrid><w:tr>${cell(left)}${cell(right)}</w:tr></w:tbl>`;
      })()
    : '';
  const body = lines
    .slice(to)
    .map((line) => {
      const auto = options.autoNumber ? autoNumber(line) : null;
      if (!auto) return paragraph(line);
      return paragraph(
        auto.rest,
        `<w:numPr><w:ilvl w:val="${auto.level}"/><w:numId w:val="${auto.numId}"/></w:numPr>`,
      );
    })
    .join('');
  return docxPackage(new TextEncoder().encode(documentXml(`${before}${table}${body}`)));
}

/** A Word file converted by LibreOffice (soffice --convert-to): printed to PDF, saved as Word 97 .doc or .odt. */
export function convertWithLibreOffice(wordFile: Uint8Array, to: 'pdf' | 'doc' | 'odt'): Uint8Array | null {
  const dir = mkdtempSync(path.join(tmpdir(), 'lo-convert-'));
  try {
    writeFileSync(path.join(dir, 'in.docx'), wordFile);
    const filter = to === 'doc' ? 'doc:MS Word 97' : to;
    // A profile of its own: LibreOffice refuses to run twice on one profile, and tests run in parallel.
    const result = spawnSync(
      'soffice',
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${dir}/profile`,
        '--convert-to',
        filter,
        '--outdir',
        dir,
        path.join(dir, 'in.docx'),
      ],
      {
        timeout: 120_000,
        stdio: 'ignore',
        env: { ...process.env, HOME: dir },
      },
    );
    const out = path.join(dir, `in.${to}`);
    if (result.error || !existsSync(out)) return null;
    return new Uint8Array(readFileSync(out));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The PDF LibreOffice prints from a Word file; null when LibreOffice is not installed. */
export function printWithLibreOffice(wordFile: Uint8Array): Uint8Array | null {
  return convertWithLibreOffice(wordFile, 'pdf');
}

/**
 * A scan of a PDF as a copier makes it: each page rendered in grey (Poppler's pdftoppm), turned a little,
 * speckled with noise, and put back as an image-only PDF. Deterministic for a given seed.
 */
export function scanOf(
  printed: Uint8Array,
  options: { dpi?: number; degrees?: number; noise?: number; seed?: number } = {},
): Uint8Array {
  const { dpi = 300, degrees = 1.2, noise = 0.01, seed = 7 } = options;
  const dir = mkdtempSync(path.join(tmpdir(), 'scan-'));
  try {
    writeFileSync(path.join(dir, 'in.pdf'), printed);
    const rendered = spawnSync(
      'pdftoppm',
      ['-r', String(dpi), '-gray', path.join(dir, 'in.pdf'), path.join(dir, 'p')],
      { stdio: 'ignore' },
    );
    if (rendered.status !== 0) throw new Error('pdftoppm failed');
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.pgm'))
      .sort();
    let state = seed >>> 0;
    const random = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 4294967296;
    const pages = files.map((f) => {
      const pgm = readFileSync(path.join(dir, f));
      const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.toString('latin1', 0, 50));
      if (!header) throw new Error('not a PGM');
      const [width, height] = [Number(header[1]), Number(header[2])];
      const pixels = pgm.subarray(header[0].length);
      const out = Buffer.alloc(width * height, 255);
      const angle = (degrees * Math.PI) / 180;
      const [cos, sin, cx, cy] = [Math.cos(angle), Math.sin(angle), width / 2, height / 2];
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          const sx = Math.round(cos * (x - cx) + sin * (y - cy) + cx);
          const sy = Math.round(-sin * (x - cx) + cos * (y - cy) + cy);
          let value =
            sx >= 0 && sy >= 0 && sx < width && sy < height ? (pixels[sy * width + sx] ?? 255) : 255;
          if (random() < noise) value = random() < 0.5 ? 0 : 255;
          out[y * width + x] = value;
        }
      }
      return { width, height, data: new Uint8Array(deflateSync(out)) };
    });
    const objects: PdfObject[] = [
      '<< /Type /Catalog /Pages 2 0 R >>',
      `<< /Type /Pages /Kids [${pages.map((_, i) => `${3 + i * 3} 0 R`).join(' ')}] /Count ${pages.length} >>`,
    ];
    pages.forEach((page, i) => {
      const [w, h] = [(page.width * 72) / dpi, (page.height * 72) / dpi];
      const content = new TextEncoder().encode(`q ${w.toFixed(2)} 0 0 ${h.toFixed(2)} 0 0 cm /Im0 Do Q`);
      objects.push(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w.toFixed(2)} ${h.toFixed(2)}] /Resources << /XObject << /Im0 ${5 + i * 3} 0 R >> >> /Contents ${4 + i * 3} 0 R >>`,
      );
      objects.push({ dictionary: '', stream: content });
      objects.push({
        dictionary: `/Type /XObject /Subtype /Image /Width ${page.width} /Height ${page.height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode`,
        stream: page.data,
      });
    });
    return pdfFile(objects);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Whether a command is on the PATH (LibreOffice, Tesseract, Poppler in the tests that need them). */
export function hasCommand(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

const documentXml = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;

const DOCX_PARTS: Record<string, string> = {
  '[Content_Types].xml':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>',
  'word/_rels/document.xml.rels':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>',
  'word/numbering.xml': NUMBERING,
  '_rels/.rels':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
};

/** A Word package around the given main part (word/document.xml), stored or deflated, its size told or not. */
export function docxPackage(
  main: Uint8Array,
  options: { deflate?: boolean; declaredSize?: number; encrypted?: boolean } = {},
): Uint8Array {
  const enc = new TextEncoder();
  return zipParts([
    ...Object.entries(DOCX_PARTS).map(([name, content]) => ({
      name,
      data: enc.encode(content),
      deflate: options.deflate,
    })),
    {
      name: 'word/document.xml',
      data: main,
      deflate: options.deflate,
      declaredSize: options.declaredSize,
      encrypted: options.encrypted,
    },
  ]);
}

const PARAGRAPH =
  '<w:p><w:r><w:t xml:space="preserve">Sở Tư pháp chủ trì, phối hợp với các sở, ngành tuyên truyền về quyền con người.</w:t></w:r></w:p>';

/**
 * A "zip bomb" disguised as a .docx: a word/document.xml of `inflatedBytes` of repeated paragraphs, deflated
 * (≈ 1000:1). With `lie`, the central directory declares a few kilobytes instead of the real size.
 */
export function docxBomb(inflatedBytes: number, options: { lie?: boolean } = {}): Uint8Array {
  const [head, tail] = documentXml('\u0000').split('\u0000') as [string, string];
  const main = Buffer.alloc(inflatedBytes, PARAGRAPH);
  main.write(head, 0);
  main.write(tail, inflatedBytes - Buffer.byteLength(tail));
  return docxPackage(main, { deflate: true, declaredSize: options.lie ? 4096 : undefined });
}

/** A legitimate but heavy Word document: `paragraphs` different paragraphs (compresses like real text). */
export function heavyDocx(paragraphs: number): Uint8Array {
  const body: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    body.push(
      `<w:p><w:r><w:t xml:space="preserve">${i}. Sở số ${(i * 7919) % 104729} thực hiện nhiệm vụ ${(i * 31337) % 99991} về quyền con người, báo cáo trước ngày ${1 + (i % 28)}/${1 + (i % 12)}/${2000 + (i % 25)}.</w:t></w:r></w:p>`,
    );
  }
  return docxPackage(new TextEncoder().encode(documentXml(body.join(''))), { deflate: true });
}

/**
 * A PDF with a real text layer in any script: a Type0 font with Identity-H encoding whose character ids are
 * the Unicode code points, and a ToUnicode CMap that maps them back. No glyphs are embedded (nothing renders),
 * which is exactly what a text-layer reader sees of a PDF: Vietnamese passes through whole.
 */
export function pdf(text: string, linesPerPage = 50, width = 100): Uint8Array {
  // Lines are wrapped at `width` characters as a word processor would, which a text layer then keeps.
  const lines = text
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .flatMap((line) => {
      const out: string[] = [];
      let rest = line;
      while (rest.length > width) {
        const cut = rest.lastIndexOf(' ', width);
        const at = cut > 0 ? cut : width;
        out.push(rest.slice(0, at));
        rest = rest.slice(at).trimStart();
      }
      return [...out, rest];
    });
  const pages: string[][] = [];
  for (let i = 0; i < lines.length; i += linesPerPage) pages.push(lines.slice(i, i + linesPerPage));
  if (pages.length === 0) pages.push([]);
  const hex = (s: string) =>
    [...s]
      .map((c) => (c.codePointAt(0) ?? 32).toString(16).padStart(4, '0'))
      .filter((h) => h.length === 4)
      .join('');
  const hi = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0').toUpperCase());
  const ranges = [0, 100, 200]
    .map((s) => hi.slice(s, s + 100))
    .map((g) => `${g.length} beginbfrange ${g.map((h) => `<${h}00> <${h}FF> <${h}00>`).join(' ')} endbfrange`)
    .join('\n');
  const cmap = `/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def 1 begincodespacerange <0000> <FFFF> endcodespacerange\n${ranges}\nendcmap CMapName currentdict /CMap defineresource pop end end`;
  // Objects: 1 catalog, 2 pages, 3 font, 4 descendant, 5 descriptor, 6 cmap, then page/content pairs.
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 7 + i * 2);
  objects.push('<< /Type /Catalog /Pages 2 0 R >>');
  objects.push(
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`,
  );
  objects.push(
    '<< /Type /Font /Subtype /Type0 /BaseFont /VnText /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 6 0 R >>',
  );
  objects.push(
    '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /VnText /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 /CIDToGIDMap /Identity /FontDescriptor 5 0 R >>',
  );
  objects.push(
    '<< /Type /FontDescriptor /FontName /VnText /Flags 32 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>',
  );
  objects.push(`<< /Length ${Buffer.byteLength(cmap)} >>\nstream\n${cmap}\nendstream`);
  pages.forEach((pageLines, i) => {
    const content = pageLines
      .map((line, j) => `BT /F1 9 Tf 36 ${800 - j * 15} Td <${hex(line)}> Tj ET`)
      .join('\n');
    const pageId = pageIds[i] ?? 0;
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageId + 1} 0 R >>`,
    );
    objects.push(`<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`);
  });
  let out = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out);
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'utf8'));
}

type PdfObject = string | { dictionary: string; stream: Uint8Array };

/** A PDF file from its objects (numbered from 1, the first is the catalog), with binary streams. */
export function pdfFile(objects: readonly PdfObject[], trailer = ''): Uint8Array {
  const enc = new TextEncoder();
  const chunks: Uint8Array[] = [enc.encode('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n')];
  let length = chunks[0]?.length ?? 0;
  const offsets: number[] = [];
  const push = (chunk: Uint8Array) => {
    chunks.push(chunk);
    length += chunk.length;
  };
  objects.forEach((object, i) => {
    offsets.push(length);
    if (typeof object === 'string') push(enc.encode(`${i + 1} 0 obj\n${object}\nendobj\n`));
    else {
      push(
        enc.encode(`${i + 1} 0 obj\n<< ${object.dictionary} /Length ${object.stream.length} >>\nstream\n`),
      );
      push(object.stream);
      push(enc.encode('\nendstream\nendobj\n'));
    }
  });
  const xref = length;
  push(
    enc.encode(
      `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`,
    ),
  );
  push(
    enc.encode(
      `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer}>>\nstartxref\n${xref}\n%%EOF\n`,
    ),
  );
  return concat(chunks);
}

/** A one-page PDF whose content stream inflates to `inflatedBytes` (blank space, deflated ≈ 1000:1). */
export function pdfBomb(inflatedBytes: number): Uint8Array {
  return pdfFile([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    {
      dictionary: '/Filter /FlateDecode',
      stream: new Uint8Array(deflateSync(Buffer.alloc(inflatedBytes, 0x20), { level: 9 })),
    },
  ]);
}

/** A PDF that needs a password to open (standard security handler, a user password that is not empty). */
export function pdfEncrypted(): Uint8Array {
  const key = (seed: number) =>
    Array.from({ length: 32 }, (_, i) => ((i * 37 + seed) & 0xff).toString(16).padStart(2, '0')).join('');
  return pdfFile(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
      `<< /Filter /Standard /V 1 /R 2 /O <${key(1)}> /U <${key(2)}> /P -44 >>`,
    ],
    `/Encrypt 4 0 R /ID [<${key(3).slice(0, 32)}> <${key(3).slice(0, 32)}>] `,
  );
}
