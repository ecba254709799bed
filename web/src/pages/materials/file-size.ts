const KB = 1024;
const MB = 1024 * KB;

/** `2048` → `2.0 KB`, `3_500_000` → `3.34 MB`: sizes as a person reads them (1 KB = 1024 字节). */
export function formatFileSize(bytes: number): string {
  if (bytes < MB) return `${(bytes / KB).toFixed(1)} KB`;
  return `${(bytes / MB).toFixed(2)} MB`;
}
