/** The file types applicants may attach, by what their bytes are — never by their name. */
export const ATTACHMENT_TYPES = {
  'application/pdf': { extension: 'pdf', name: 'PDF' },
  'image/jpeg': { extension: 'jpg', name: 'JPG' },
  'image/png': { extension: 'png', name: 'PNG' },
} as const;

export type AttachmentContentType = keyof typeof ATTACHMENT_TYPES;

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  signature.every((b, i) => bytes[i] === b);

/**
 * The content type the bytes really have (by their signature: %PDF-, JPEG SOI FF D8 FF,
 * PNG's 8-byte header), or null for anything else.
 */
export function sniffContentType(bytes: Uint8Array): AttachmentContentType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  return null;
}

/** Kinds of supporting material, as the application forms name them. */
export const ATTACHMENT_KINDS = {
  'education-certificate': '学历学位证书',
  'title-certificate': '职称证书',
  'qualification-certificate': '职业资格证书',
  'appraisal-record': '年度考核材料',
  'continuing-education': '继续教育证明',
  achievement: '业绩成果材料',
  recommendation: '专家推荐意见',
  other: '其他材料',
} as const;

export type AttachmentKind = keyof typeof ATTACHMENT_KINDS;
