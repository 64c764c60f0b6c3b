import { existsSync } from 'node:fs';

/** The Chromium to drive: CHROME_PATH, else Debian's. Missing → a clear failure, never a silent skip. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    Boolean,
  ) as string[];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new Error(
      'Chromium không có trên máy này (end-to-end tests need Chromium): cài bằng "apt-get install -y chromium" ' +
        'hoặc đặt CHROME_PATH=/đường/dẫn/chromium.',
    );
  }
  return found;
}
