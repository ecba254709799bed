import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The text of a PDF as `pdftotext -layout` extracts it (poppler-utils), as a reader's tools would. */
export function pdfText(bytes: Uint8Array | Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiping-pdf-'));
  try {
    const file = path.join(dir, 'document.pdf');
    fs.writeFileSync(file, bytes);
    return execFileSync('pdftotext', ['-layout', file, '-']).toString();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
