import crypto from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { formatCertificateNumber } from '../src/domain/certificates';
import { idNumberCheckChar, maskIdNumber } from '../src/domain/identifiers';
import { createFieldCipher } from '../src/platform/crypto';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰';
const TITLES = [
  ['engineering', 'associate-senior', '高级工程师', '通信工程'],
  ['engineering', 'intermediate', '工程师', '电气工程'],
  ['primary-secondary-teacher', 'associate-senior', '高级教师', '数学'],
  ['health', 'associate-senior', '副主任医师', '内科'],
] as const;

/** The certificate number of the i-th fixture row (0-based): seven years of one province. */
export function fixtureNumber(i: number): string {
  return formatCertificateNumber({
    regionCode: '210000',
    year: 2019 + (i % 7),
    committeeCode: String(1 + (Math.floor(i / 7) % 40)).padStart(3, '0'),
    sequence: 1 + Math.floor(i / 280),
  });
}

function csvField(value: string | null): string {
  return value === null ? '\\N' : value;
}

/**
 * Writes `count` ledger rows with COPY: real ID numbers (valid check characters), SM4-sealed
 * and keyed-hashed like the application writes them, numbers in 280 blocks.
 */
export async function seedCertificates(url: string, count: number): Promise<void> {
  const cipher = createFieldCipher(crypto.randomBytes(32));
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const columns =
      'number, status, holder_name, holder_id_cipher, holder_id_hash, holder_id_masked, series, level, specialty, title_name, committee_name, announcement_number, issued_on, region_code, source';
    function* rows() {
      for (let i = 0; i < count; i++) {
        const birth = `19${60 + (i % 35)}0${1 + (i % 9)}1${i % 9}`;
        const first17 = `210102${birth}${String(i % 1000).padStart(3, '0')}`;
        const id = `${first17}${idNumberCheckChar(first17)}`;
        const [series, level, title, specialty] = TITLES[i % TITLES.length]!;
        const year = 2019 + (i % 7);
        const name = `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i >> 3) % GIVEN.length]}${GIVEN[(i >> 7) % GIVEN.length]}`;
        yield `${[
          fixtureNumber(i),
          'valid',
          name,
          cipher.encrypt(id),
          cipher.lookupHash(id),
          maskIdNumber(id),
          series,
          level,
          specialty,
          title,
          '辽宁省工程技术高级职称评审委员会',
          `辽人社〔${year}〕${100 + (i % 50)}号`,
          `${year}-11-${String(20 + (i % 9)).padStart(2, '0')}`,
          '210000',
          'review',
        ]
          .map(csvField)
          .join('\t')}\n`;
      }
    }
    const stream = client.query(copyFrom(`copy certificates (${columns}) from stdin`));
    await pipeline(Readable.from(rows()), stream);
    await client.query('analyze certificates');
  } finally {
    await client.end();
  }
}
