import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { AppConfig } from './config';

/**
 * The master secret for field encryption. Production must supply ZHIPING_SECRET_KEY
 * (64 hex chars); a development data directory gets its own random key file, so a demo
 * never runs with a key that is published anywhere.
 */
export function loadSecretKey(config: Pick<AppConfig, 'secretKeyHex' | 'production' | 'dataDir'>): Buffer {
  if (config.secretKeyHex) {
    if (!/^[0-9a-fA-F]{64}$/.test(config.secretKeyHex))
      throw new Error('ZHIPING_SECRET_KEY 应为64位十六进制字符');
    return Buffer.from(config.secretKeyHex, 'hex');
  }
  if (config.production) throw new Error('生产环境必须设置 ZHIPING_SECRET_KEY（64位十六进制）');
  const file = path.join(config.dataDir, 'secret.key');
  if (fs.existsSync(file)) return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex');
  fs.mkdirSync(config.dataDir, { recursive: true });
  const key = crypto.randomBytes(32);
  fs.writeFileSync(file, key.toString('hex'), { mode: 0o600 });
  return key;
}
