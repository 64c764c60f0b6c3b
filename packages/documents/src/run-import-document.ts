import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { DocumentReadError, isDocumentReadError } from './document-read-error.js';
import { readDocument } from './read-document.js';
import { MAX_DOCUMENT_BYTES } from './read-limits.js';

/** Where the command writes: process.stdout/stderr in the CLI, buffers in tests. */
export type Output = { write(chunk: string): unknown };

/** Reads a document file from disk, refusing what is missing, not a file, or too large before loading it. */
export async function readDocumentFile(filePath: string): Promise<{ bytes: Uint8Array; name: string }> {
  const name = path.basename(filePath);
  let info;
  try {
    info = await stat(filePath);
  } catch {
    throw new DocumentReadError(
      'NOT_FOUND',
      `không tìm thấy tệp "${filePath}"`,
      `file not found: "${filePath}"`,
    );
  }
  if (!info.isFile())
    throw new DocumentReadError(
      'NOT_FOUND',
      `"${filePath}" không phải là tệp`,
      `"${filePath}" is not a file`,
    );
  if (info.size > MAX_DOCUMENT_BYTES)
    throw new DocumentReadError('TOO_LARGE', `tệp "${name}" lớn hơn 20 MB`, `"${name}" is larger than 20 MB`);
  return { bytes: new Uint8Array(await readFile(filePath)), name };
}

/**
 * `import-document <path>`: prints the import contract's JSON on stdout and returns 0; on a file it cannot
 * read, one line on stderr and a non-zero code (1 unreadable file, 2 wrong usage) — never a stack trace.
 * `argv` is what follows the subcommand; a leading "import-document" is tolerated.
 */
export async function runImportDocument(
  argv: readonly string[],
  io: { stdout: Output; stderr: Output },
): Promise<number> {
  const args = argv[0] === 'import-document' ? argv.slice(1) : [...argv];
  const paths = args.filter((a) => a !== '--');
  if (paths.length !== 1 || paths[0]?.startsWith('-')) {
    io.stderr.write(
      'Cách dùng: import-document <đường dẫn tệp .txt|.md|.docx|.doc|.odt|.pdf|.png|.jpg|.tif> (usage: import-document <path>)\n',
    );
    return 2;
  }
  try {
    const file = await readDocumentFile(paths[0] ?? '');
    // The same capped reader process as the API: a bad file is stopped, never the machine.
    // Ctrl-C cancels: the reader runs in a process group of its own, which the terminal's signal does not reach.
    const cancel = new AbortController();
    const onInterrupt = () => cancel.abort();
    process.once('SIGINT', onInterrupt);
    const reading = readDocument(
      { kind: 'file', bytes: file.bytes, fileName: file.name },
      {
        signal: cancel.signal,
        // Long reads (a scan) say how far they are, one line a page on stderr: stdout stays the JSON alone.
        onProgress: ({ stage, done, total }) =>
          io.stderr.write(
            stage === 'ocr'
              ? `Đang nhận dạng chữ trang ${done}/${total}… (OCR page ${done}/${total})\n`
              : `Đã đọc trang ${done}/${total} (page ${done}/${total})\n`,
          ),
      },
    );
    const { result } = await reading.finally(() => process.removeListener('SIGINT', onInterrupt));
    io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (isDocumentReadError(error)) {
      io.stderr.write(`${error.line}\n`);
      return 1;
    }
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
    io.stderr.write(`Lỗi: không đọc được tệp (could not read the file: ${message.slice(0, 200)})\n`);
    return 1;
  }
}
