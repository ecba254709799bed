import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../test/helpers/cli-runs';
import { expectContainsAll } from '../../test/helpers/text-expectations';
import { renderCertificatePdf } from '../modules/certificates/certificate-pdf';
import { createSigningKeys, type PublicSigningKey } from '../modules/certificates/signing-keys';
import { manualClock } from '../platform/clock';
import { loadConfig } from '../platform/config';
import { createSm2Signer, DEFAULT_USER_ID, generateSm2KeyPair } from '../platform/sm2';
import { openAppContext } from '../server/bootstrap';

// Most runs pass --keys and need no database: the offline check a holder's employer would do
// with the keys downloaded from /api/v1/public/keys. The last test reads them from the database.
let dir: string;
let certificateFile: string;
let keysFile: string;

const KEY_ID = 'ZP-SM2-2026-01';

function publicKey(publicKeyHex: string, keyId = KEY_ID): PublicSigningKey {
  return {
    keyId,
    algorithm: 'SM2',
    hash: 'SM3',
    userId: DEFAULT_USER_ID,
    publicKey: publicKeyHex,
    validFrom: '2026-01-01T00:00:00.000Z',
    validUntil: '2028-01-01T00:00:00.000Z',
    status: 'active',
  };
}

function write(name: string, content: string | Uint8Array): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiping-certificate-cli-'));
  const pair = generateSm2KeyPair();
  const sm2 = createSm2Signer(pair.privateKey);
  const bytes = await renderCertificatePdf(CERTIFICATE, {
    signer: { keyId: KEY_ID, sign: (message) => sm2.sign(message) },
    now: SIGNED_AT,
    baseUrl: BASE_URL,
  });
  certificateFile = write('证书.pdf', bytes);
  keysFile = write('keys.json', JSON.stringify({ keys: [publicKey(pair.publicKey)] }));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const CERTIFICATE = {
  number: '210000202601200003457',
  holderName: '张三',
  holderIdNumberMasked: '210***********002X',
  titleName: '主任医师',
  series: 'health',
  specialty: '心血管内科',
  level: 'senior',
  committeeName: '辽宁省卫生系列高级职称评审委员会',
  announcementNumber: '辽卫职〔2026〕3号',
  issuedOn: '2026-12-05',
  regionCode: '210000',
  issuerName: '辽宁省人力资源和社会保障厅',
};
const SIGNED_AT = new Date('2026-12-05T02:00:00.000Z');
const BASE_URL = 'https://zhiping.example.gov.cn';

describe('zhiping certificate verify', () => {
  it('passes a genuine certificate and prints what it certifies, in Chinese', async () => {
    const { code, out } = await cli('certificate', 'verify', certificateFile, '--keys', keysFile);
    expect(code).toBe(0);
    expectContainsAll(out, [
      '验证通过',
      '证书编号：210000202601200003457',
      '张三',
      '210***********002X',
      '主任医师',
      '评审委员会：辽宁省卫生系列高级职称评审委员会',
      '发文文号：辽卫职〔2026〕3号',
      '取得资格时间：2026年12月5日',
      `签名密钥：${KEY_ID}`,
      '签名时间：2026/12/5 10:00:00（北京时间）',
      '在线核验：https://zhiping.example.gov.cn/verify/210000202601200003457',
      '须在线核验',
    ]);
  });

  it('prints the result as JSON with --json, also accepting a bare array of keys', async () => {
    const keys = JSON.parse(fs.readFileSync(keysFile, 'utf8')).keys;
    const bare = write('bare-keys.json', JSON.stringify(keys));
    const { code, out } = await cli('certificate', 'verify', '--json', certificateFile, `--keys=${bare}`);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      ok: true,
      key: { keyId: KEY_ID },
      payload: { number: '210000202601200003457', title: '主任医师', seriesCode: '04' },
    });
  });

  it('fails with exit status 1 when the signature is not by a trusted key', async () => {
    const other = write(
      'other-keys.json',
      JSON.stringify({ keys: [publicKey(generateSm2KeyPair().publicKey)] }),
    );
    const { code, out } = await cli('certificate', 'verify', certificateFile, '--keys', other);
    expect(code).toBe(1);
    expect(out).toContain('验证失败：签名验证失败：证书数据已被篡改或不是由该密钥签发');

    const unknown = write('unknown-keys.json', JSON.stringify({ keys: [] }));
    const json = await cli('certificate', 'verify', certificateFile, '--keys', unknown, '--json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out)).toMatchObject({ ok: false, code: 'UNKNOWN_KEY' });
  });

  it('fails with exit status 1 for a file that is not a certificate', async () => {
    const notPdf = write('note.pdf', '这不是PDF文件');
    const { code, out } = await cli('certificate', 'verify', notPdf, '--keys', keysFile);
    expect(code).toBe(1);
    expect(out).toMatch(/^验证失败：.*PDF/);
  });

  it('answers usage errors and unreadable files with exit status 2', async () => {
    for (const argv of [
      ['certificate'],
      ['certificate', 'sign', certificateFile],
      ['certificate', 'verify'],
      ['certificate', 'verify', certificateFile, '--keys'],
      ['certificate', 'verify', certificateFile, '--frobnicate', '--keys', keysFile],
      ['certificate', 'verify', path.join(dir, 'missing.pdf'), '--keys', keysFile],
      ['certificate', 'verify', certificateFile, '--keys', path.join(dir, 'missing.json')],
      ['certificate', 'verify', certificateFile, '--keys', write('bad.json', '{"keys": [{"keyId": 1}]}')],
      ['certificate', 'verify', certificateFile, '--keys', write('broken.json', '{')],
    ]) {
      const { code, err } = await cli(...argv);
      expect({ argv, code }).toEqual({ argv, code: 2 });
      expect(err).not.toBe('');
    }
  });

  it('is listed in the help', async () => {
    expect((await cli('--help')).out).toContain('certificate verify');
  });

  it('trusts the keys in the configured database when no --keys is given', async () => {
    process.env.ZHIPING_DATA_DIR = path.join(dir, 'data');
    delete process.env.DATABASE_URL;
    const context = await openAppContext(loadConfig(), manualClock(SIGNED_AT));
    let file: string;
    try {
      const { db } = context.database;
      const keys = createSigningKeys({ db, clock: manualClock(SIGNED_AT), cipher: context.cipher });
      const signer = await keys.activeSigner();
      file = write(
        'db-signed.pdf',
        await renderCertificatePdf(CERTIFICATE, { signer, now: SIGNED_AT, baseUrl: BASE_URL }),
      );
    } finally {
      await context.close();
    }
    const { code, out } = await cli('certificate', 'verify', file);
    expect(code).toBe(0);
    expect(out).toContain('验证通过');
    // The database made its own first key, under the same id as the test's key: that signature fails.
    expect(await cli('certificate', 'verify', certificateFile)).toMatchObject({ code: 1 });
  });
});
