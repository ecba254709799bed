import crypto from 'node:crypto';

export type FormPart =
  | { name: string; value: string }
  | { name: string; fileName: string; contentType: string; bytes: Buffer };

/** A multipart/form-data body, as a browser sends it: text fields and file parts in order. */
export function multipartBody(
  parts: FormPart[],
  boundary = `----zhiping${crypto.randomBytes(8).toString('hex')}`,
) {
  const chunks = parts.flatMap((part) =>
    'value' in part
      ? [
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"\r\n\r\n${part.value}\r\n`,
          ),
        ]
      : [
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"; filename="${part.fileName}"\r\nContent-Type: ${part.contentType}\r\n\r\n`,
          ),
          part.bytes,
          Buffer.from('\r\n'),
        ],
  );
  return {
    payload: Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
