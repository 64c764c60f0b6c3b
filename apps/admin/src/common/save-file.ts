import type { DownloadedFile } from '../providers/http';

/** Hands a downloaded file to the browser's save dialog (the download came through the providers with the session). */
export function saveFile({ blob, fileName }: DownloadedFile): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start reading the blob before it goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
