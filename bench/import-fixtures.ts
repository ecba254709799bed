import fs from 'node:fs';
import { fromEpochDay, toEpochDay } from '../src/domain/calendar';
import { LEVEL_NAMES, listSeries } from '../src/domain/catalogue';
import { TITLE_RECORD_COLUMNS } from '../src/domain/certificates/title-record';
import { idNumberCheckChar } from '../src/domain/identifiers';

/** mulberry32: a tiny seeded generator, so every run imports the same file. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = [...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕'];
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文斌宇浩凯鹏飞晨'];
const SPECIALTIES = [
  '通信工程',
  '机械工程',
  '土木工程',
  '电气工程',
  '化学工程',
  '护理',
  '临床医学',
  '语文',
  '数学',
  '会计',
];
const COUNTIES = ['210302', '210303', '210311', '210102', '210202', '211002', '220102', '230103'];

// Every (series, level, title) of the catalogue, so validation sees the whole range.
const TITLES = listSeries().flatMap((series) =>
  series.levels.flatMap((level) =>
    level.titles.map((title) => ({ series: series.shortName, level: LEVEL_NAMES[level.level], title })),
  ),
);

const FIRST_BIRTH_DAY = toEpochDay('1950-01-01');
const BIRTH_DAYS = toEpochDay('1999-12-31') - FIRST_BIRTH_DAY + 1;
const LAST_TITLE_DAY = toEpochDay('2025-12-31');

/**
 * `rows` valid, distinct title records as CSV lines (header first) — each a different person:
 * birth day and serial vary together, with the GB 11643 check character — all dated when the
 * holder was between 22 and 60, and never after 2025.
 */
export function* titleRecordLines(rows: number, seed = 20_260_302): Generator<string> {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  yield `${TITLE_RECORD_COLUMNS.join(',')}\r\n`;
  for (let i = 0; i < rows; i++) {
    const birthDay = FIRST_BIRTH_DAY + (i % BIRTH_DAYS);
    const birthDate = fromEpochDay(birthDay);
    const serial = String(Math.floor(i / BIRTH_DAYS) % 1000).padStart(3, '0');
    const first17 = `${COUNTIES[Math.floor(i / BIRTH_DAYS / 1000) % COUNTIES.length]}${birthDate.replaceAll('-', '')}${serial}`;
    const title = pick(TITLES);
    const issuedDay = Math.min(LAST_TITLE_DAY, birthDay + 8036 + Math.floor(next() * 13_880));
    const year = fromEpochDay(issuedDay).slice(0, 4);
    const cells = [
      `${pick(SURNAMES)}${pick(GIVEN)}${next() < 0.6 ? pick(GIVEN) : ''}`,
      `${first17}${idNumberCheckChar(first17)}`,
      title.series,
      pick(SPECIALTIES),
      title.level,
      title.title,
      `辽宁省${title.series}${title.level}职称评审委员会`,
      `辽人社〔${year}〕${1 + Math.floor(next() * 300)}号`,
      fromEpochDay(issuedDay),
      next() < 0.3 ? `LN-${year}-${String(i).padStart(7, '0')}` : '',
    ];
    yield `${cells.join(',')}\r\n`;
  }
}

/** Writes the records to `file` and returns its size in bytes. */
export async function writeTitleRecordsCsv(file: string, rows: number): Promise<number> {
  const out = fs.createWriteStream(file);
  let pending: string[] = [];
  for (const line of titleRecordLines(rows)) {
    pending.push(line);
    if (pending.length >= 10_000) {
      if (!out.write(pending.join('')))
        await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      pending = [];
    }
  }
  out.write(pending.join(''));
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  return fs.statSync(file).size;
}
