// The reader process: forked by readDocument for one job, killed by it when the job is answered (or over its
// limits). Everything that inflates or parses an untrusted file runs here, never in a server's own thread.
import { importDocument } from '@bcdnq/importer';
import { isDocumentReadError } from './document-read-error.js';
import { extractText } from './extract-text.js';
import { inspectFile } from './inspect-file.js';
import type { ReaderReply, ReaderRequest } from './reader-protocol.js';

function send(reply: ReaderReply): void {
  process.send?.(reply);
}

async function run(job: ReaderRequest): Promise<ReaderReply> {
  if (job.type === 'inspect') {
    inspectFile(job.bytes, job.fileName);
    return { type: 'inspected' };
  }
  const { source } = job;
  const extracted =
    source.kind === 'file'
      ? await extractText(source.bytes, source.fileName, {
          onProgress: (progress) => send({ type: 'progress', progress }),
          pageImages: job.pageImages,
        })
      : { text: source.text.normalize('NFC'), format: 'pasted' as const, warnings: [] };
  const reading = importDocument(extracted.text, job.agencies ? { agencies: job.agencies } : {});
  return {
    type: 'imported',
    text: extracted.text,
    format: extracted.format,
    result: { ...reading, warnings: [...extracted.warnings, ...reading.warnings] },
    scan: 'scan' in extracted ? (extracted.scan ?? null) : null,
  };
}

process.once('message', (job: ReaderRequest) => {
  run(job).then(send, (error: unknown) => {
    if (isDocumentReadError(error))
      send({ type: 'refused', reason: error.reason, messageVi: error.message, messageEn: error.messageEn });
    else
      send({
        type: 'failed',
        message: ((error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '').slice(
          0,
          200,
        ),
      });
  });
});

// The parent went away (it crashed, or was killed): nobody waits for this read.
process.once('disconnect', () => process.exit(1));
