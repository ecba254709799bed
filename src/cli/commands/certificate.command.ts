import fs from 'node:fs/promises';
import { shanghaiTime } from '../../domain/calendar/shanghai-time';
import { findSeries } from '../../domain/catalogue';
import { chineseDate } from '../../modules/certificates/certificate-page';
import {
  type PdfVerification,
  verifyCertificatePdf,
} from '../../modules/certificates/certificate-pdf-verify';
import type { PublicSigningKey } from '../../modules/certificates/signing-keys';
import type { AppConfig } from '../../platform/config';
import { DEFAULT_USER_ID } from '../../platform/sm2';
import { type CliIo, UsageError } from '../cli-io';
import { openOperatorBackend } from '../operator-backend';

const USAGE = '用法：zhiping certificate verify 文件.pdf [--keys 公钥文件.json] [--json]';

interface VerifyArgs {
  file: string;
  keysFile?: string;
  json: boolean;
}

// Hand-parsed because --json is a flag without a value, which parseArgs would not accept.
function parseVerifyArgs(args: string[]): VerifyArgs {
  const positional: string[] = [];
  let keysFile: string | undefined;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--keys' || arg.startsWith('--keys=')) {
      keysFile = arg === '--keys' ? args[++i] : arg.slice('--keys='.length);
      if (!keysFile) throw new UsageError('选项 --keys 缺少取值（公钥文件路径）');
    } else if (arg.startsWith('--')) throw new UsageError(`未知选项：${arg}\n${USAGE}`);
    else positional.push(arg);
  }
  if (positional.length !== 1) throw new UsageError(USAGE);
  return { file: positional[0]!, keysFile, json };
}

async function readFileOrFail(file: string, what: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`无法读取${what}：${file}${code === 'ENOENT' ? '（文件不存在）' : ''}`);
  }
}

function isPublicKey(value: unknown): value is PublicSigningKey {
  if (typeof value !== 'object' || value === null) return false;
  const key = value as Record<string, unknown>;
  return ['keyId', 'publicKey', 'validFrom', 'validUntil'].every((field) => typeof key[field] === 'string');
}

/**
 * The trusted keys from a file as `GET /api/v1/public/keys` serves it (`{ "keys": [...] }`),
 * or a bare array of keys. A key without `userId` uses the standard default.
 */
async function readKeysFile(file: string): Promise<PublicSigningKey[]> {
  const text = (await readFileOrFail(file, '公钥文件')).toString('utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new UsageError(`公钥文件不是有效的JSON：${file}`);
  }
  const list = Array.isArray(json) ? json : (json as { keys?: unknown } | null)?.keys;
  if (!Array.isArray(list) || !list.every(isPublicKey))
    throw new UsageError(
      `公钥文件格式不正确：应为 {"keys": [...]}（/api/v1/public/keys 的返回内容）或公钥数组`,
    );
  return list.map((key) => ({ ...key, userId: key.userId ?? DEFAULT_USER_ID }));
}

/** The keys in the configured database, or from the server that holds the embedded one. */
async function keysFromDatabase(config: AppConfig): Promise<PublicSigningKey[]> {
  const backend = await openOperatorBackend(config);
  try {
    return await backend.publicKeys();
  } finally {
    await backend.close();
  }
}

function printVerification(io: CliIo, result: PdfVerification): void {
  if (!result.ok) {
    io.out(`验证失败：${result.reason}`);
    if (result.payload) io.out(`（证书数据所称编号：${result.payload.number}，以上内容不可信）`);
    return;
  }
  const { payload, key } = result;
  const series = findSeries(payload.series)?.shortName ?? payload.series;
  io.out('验证通过：证书由受信任的密钥签名，签名数据与页面内容均未被修改');
  io.out(`证书编号：${payload.number}`);
  io.out(`持证人：${payload.holder.name}（身份证号 ${payload.holder.idNumberMasked}）`);
  io.out(`职称名称：${payload.title}（${series}系列，${payload.levelName}）`);
  io.out(`专业：${payload.specialty}`);
  io.out(`评审委员会：${payload.committee}`);
  io.out(`发文文号：${payload.announcement}`);
  io.out(`取得资格时间：${chineseDate(payload.issuedOn)}`);
  io.out(`签名密钥：${key.keyId}（SM2/SM3）`);
  io.out(`签名时间：${shanghaiTime(payload.signedAt)}（北京时间）`);
  io.out(`在线核验：${payload.verifyUrl}`);
  io.out('注意：离线核验只能证明证书真实且未被修改；证书是否已被撤销，须在线核验。');
}

/**
 * `certificate verify FILE.pdf [--keys KEYS.json] [--json]`: checks an electronic certificate
 * offline — its SM2 signature against the published keys (from the file, or else from the
 * configured database, or from the server that holds the embedded one) and its pages against
 * the signed digest. Exit 0 when valid, 1 when not
 * (including a file that is not a certificate), 2 for usage errors and unreadable files.
 * `config` is read only when the keys come from the database: checking a file against a keys
 * file must work on any machine, whatever its environment.
 */
export async function certificateCommand(
  args: string[],
  io: CliIo,
  config: () => AppConfig,
): Promise<number> {
  if (args[0] !== 'verify') throw new UsageError(USAGE);
  const options = parseVerifyArgs(args.slice(1));
  const pdf = await readFileOrFail(options.file, '证书文件');
  const keys = options.keysFile ? await readKeysFile(options.keysFile) : await keysFromDatabase(config());
  const result = await verifyCertificatePdf(new Uint8Array(pdf), keys);
  if (options.json) io.out(JSON.stringify(result, null, 2));
  else printVerification(io, result);
  return result.ok ? 0 : 1;
}
