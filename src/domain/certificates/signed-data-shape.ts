import { CERTIFICATE_PAYLOAD_FORMAT, type SignedCertificateData } from './certificate-payload';

const isString = (value: unknown): value is string => typeof value === 'string';
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const PAYLOAD_STRINGS = [
  'number',
  'title',
  'series',
  'seriesCode',
  'specialty',
  'level',
  'levelName',
  'committee',
  'announcement',
  'issuedOn',
  'regionCode',
  'verifyUrl',
  'keyId',
  'signedAt',
  'contentDigest',
] as const;

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/**
 * The signed data embedded in a certificate PDF (its JSON, parsed), checked for shape before any
 * signature check; a string says what is wrong with it. Whoever made the file, it is untrusted input.
 */
export function parseSignedCertificateData(json: unknown): SignedCertificateData | string {
  if (!isRecord(json) || !isRecord(json.payload) || !isRecord(json.signature))
    return '缺少 payload 或 signature';
  const { payload, signature } = json;
  if (payload.format !== CERTIFICATE_PAYLOAD_FORMAT) return `不支持的数据格式：${String(payload.format)}`;
  const missing = PAYLOAD_STRINGS.filter((field) => !isString(payload[field]));
  if (missing.length) return `缺少字段：${missing.join('、')}`;
  const holder = payload.holder;
  if (!isRecord(holder) || !isString(holder.name) || !isString(holder.idNumberMasked))
    return '缺少持证人信息（holder）';
  if (!ISO_TIMESTAMP.test(payload.signedAt as string) || Number.isNaN(Date.parse(payload.signedAt as string)))
    return `签名时间格式不正确：${String(payload.signedAt)}`;
  if (!/^[0-9a-f]{64}$/.test(payload.contentDigest as string))
    return '页面摘要（contentDigest）应为64位十六进制';
  if (signature.algorithm !== 'SM2-SM3') return `不支持的签名算法：${String(signature.algorithm)}`;
  if (signature.keyId !== payload.keyId) return '签名中的密钥标识与证书数据不一致';
  if (!isString(signature.userId)) return '缺少签名用户标识（userId）';
  if (!isString(signature.value) || !/^[0-9a-fA-F]{128}$/.test(signature.value))
    return '签名值应为128位十六进制（r‖s）';
  return json as unknown as SignedCertificateData;
}
