import { eq } from 'drizzle-orm';
import type { Db } from '../../src/db/client';
import {
  certificateEvents,
  certificates,
  committees,
  organisations,
  type persons,
} from '../../src/db/schema';
import { type Level, titleName } from '../../src/domain/catalogue';
import { committeeCodeOf, IMPORTED_COMMITTEE_CODE } from '../../src/domain/certificates';
import { allocateCertificateNumbers } from '../../src/modules/certificates/certificate-numbering.repository';
import { hashPassword } from '../../src/platform/password';
import { createPerson, createUser } from '../helpers/factories';
import { demo, type Harness } from './harness';

/** What the certificate browser test acts on, made by `setUpCertificateWorld`. */
export interface CertificateWorld {
  holder: { name: string; username: string };
  /** The holder's certificate from the provincial committee, which HR revokes in the test. */
  issued: { id: string; number: string };
  /** The holder's older title, imported from the historical records. */
  imported: { number: string };
  /** Another holder's certificate, which HR replaces (补换) in the test. */
  peer: { name: string; number: string };
  /** A provincial HR user: the province's ledger holds every certificate of its cities too. */
  hrUsername: string;
  /** The provincial supervisor: reads the ledger and the integrity archive, changes neither. */
  supervisorUsername: string;
}

const COMMITTEE = '辽宁省通信工程专业高级职称评审委员会';
const ANNOUNCEMENT = '辽人社〔2025〕188号';

type Person = typeof persons.$inferSelect;

interface Entry {
  holder: Person;
  series: string;
  level: Level;
  specialty: string;
  issuedOn: string;
  committee: { id: string; name: string; serial: number } | { imported: string };
  announcementNumber: string;
  regionCode?: string;
  status?: 'valid' | 'revoked' | 'voided';
  ended?: { on: string; reason: string; authority?: string };
  /** The certificate this one replaced (补换). */
  replaces?: { id: string; number: string };
  legacyNumber?: string;
}

/**
 * One ledger entry written the way issuance, import or a later change would leave it: a number
 * from the real allocator (so the block's sequence stays right for a later 补换), the holder's
 * identity copied from the person as stored (ciphertext, keyed hash, mask), and its ledger events.
 */
async function record(db: Db, e: Entry): Promise<{ id: string; number: string }> {
  const regionCode = e.regionCode ?? '210000';
  const imported = 'imported' in e.committee;
  const [number] = await allocateCertificateNumbers(
    db,
    {
      regionCode,
      year: Number(e.issuedOn.slice(0, 4)),
      committeeCode:
        'imported' in e.committee ? IMPORTED_COMMITTEE_CODE : committeeCodeOf(e.committee.serial),
    },
    1,
  );
  const status = e.status ?? 'valid';
  const [row] = await db
    .insert(certificates)
    .values({
      number: number!,
      status,
      holderName: e.holder.name,
      holderIdCipher: e.holder.idNumberCipher,
      holderIdHash: e.holder.idNumberHash,
      holderIdMasked: e.holder.idNumberMasked,
      personId: e.holder.id,
      series: e.series,
      level: e.level,
      specialty: e.specialty,
      titleName: titleName(e.series, e.level) ?? e.level,
      committeeId: 'imported' in e.committee ? null : e.committee.id,
      committeeName: 'imported' in e.committee ? e.committee.imported : e.committee.name,
      announcementNumber: e.announcementNumber,
      issuedOn: e.issuedOn,
      regionCode,
      source: imported ? 'import' : 'review',
      legacyNumber: e.legacyNumber ?? null,
      replacesId: e.replaces?.id ?? null,
      revokedOn: e.ended?.on ?? null,
      revokedReason: e.ended?.reason ?? null,
      revokedAuthority: e.ended?.authority ?? null,
    })
    .returning();
  const id = row!.id;
  const events: (typeof certificateEvents.$inferInsert)[] = [
    imported
      ? { certificateId: id, kind: 'imported', data: { legacyNumber: e.legacyNumber ?? null } }
      : e.replaces
        ? {
            certificateId: id,
            kind: 'replaced',
            reason: '姓名录入有误，更正后补换',
            data: { oldNumber: e.replaces.number },
          }
        : { certificateId: id, kind: 'issued', data: { announcementNumber: e.announcementNumber } },
  ];
  if (status === 'revoked' && e.ended)
    events.push({
      certificateId: id,
      kind: 'revoked',
      reason: e.ended.reason,
      authority: e.ended.authority ?? null,
      data: { revokedOn: e.ended.on },
    });
  await db.insert(certificateEvents).values(events);
  return { id, number: number! };
}

/**
 * Through the database and the factories: an applicant holding two certificates (one conferred
 * by the provincial 通信工程 committee, one imported), a few other holders so the ledger reads
 * like one (a revoked certificate, a replaced one), and a provincial HR user.
 */
export async function setUpCertificateWorld(h: Harness): Promise<CertificateWorld> {
  const db = h.product.context.database.db;
  const { cipher } = h.product.context;
  const passwordHash = await hashPassword(demo.password);
  const [committee] = await db.select().from(committees).where(eq(committees.name, COMMITTEE));
  const [provinceHr] = await db
    .select()
    .from(organisations)
    .where(eq(organisations.name, '辽宁省人力资源和社会保障厅'));
  if (!committee || !provinceHr) throw new Error('demo data: provincial committee or HR bureau missing');
  const telecom = { id: committee.id, name: committee.name, serial: committee.serial };
  const person = (name: string, birthDate: string) => createPerson(db, cipher, { name, birthDate });

  const holder = await person('周明远', '1982-06-18');
  const user = await createUser(db, {
    roles: ['applicant'],
    personId: holder.id,
    displayName: holder.name,
    passwordHash,
  });
  const issued = await record(db, {
    holder,
    series: 'engineering',
    level: 'associate-senior',
    specialty: '通信工程',
    issuedOn: '2025-12-12',
    committee: telecom,
    announcementNumber: ANNOUNCEMENT,
  });
  const imported = await record(db, {
    holder,
    series: 'engineering',
    level: 'intermediate',
    specialty: '通信工程',
    issuedOn: '2016-12-28',
    regionCode: '210300',
    committee: { imported: '鞍山市工程技术系列中级职称评审委员会' },
    announcementNumber: '鞍人社〔2016〕95号',
    legacyNumber: '鞍工中2016-0417',
  });

  // Others in the province's ledger, so the list, counts and chart show every status.
  const others = [
    ['吴海燕', '1980-02-03', '信息通信'],
    ['郑国栋', '1978-09-21', '通信工程'],
    ['王丽华', '1985-11-30', '通信工程'],
    ['冯子涵', '1983-04-12', '信息通信'],
  ] as const;
  const peers = [];
  for (const [name, birthDate, specialty] of others) {
    const entry = await record(db, {
      holder: await person(name, birthDate),
      series: 'engineering',
      level: 'associate-senior',
      specialty,
      issuedOn: '2025-12-12',
      committee: telecom,
      announcementNumber: ANNOUNCEMENT,
    });
    peers.push({ name, number: entry.number });
  }
  const revokedHolder = await person('陈建军', '1979-07-07');
  await record(db, {
    holder: revokedHolder,
    series: 'engineering',
    level: 'associate-senior',
    specialty: '通信工程',
    issuedOn: '2024-12-20',
    committee: telecom,
    announcementNumber: '辽人社〔2024〕201号',
    status: 'revoked',
    ended: {
      on: '2025-09-15',
      reason: '经查实，申报材料中的业绩证明系伪造',
      authority: '辽宁省人力资源和社会保障厅 辽人社〔2025〕97号',
    },
  });
  // A certificate voided for a typo in the name and its replacement: the same title, reissued.
  const reissuedTitle = {
    holder: await person('杨思琪', '1986-01-25'),
    series: 'engineering',
    level: 'associate-senior',
    specialty: '信息通信',
    issuedOn: '2024-12-20',
    committee: telecom,
    announcementNumber: '辽人社〔2024〕201号',
  } satisfies Partial<Entry>;
  const old = await record(db, {
    ...reissuedTitle,
    status: 'voided',
    ended: { on: '2025-03-10', reason: '已补换：姓名录入有误，更正后补换' },
  });
  const replacement = await record(db, { ...reissuedTitle, replaces: old });
  await db.insert(certificateEvents).values({
    certificateId: old.id,
    kind: 'voided',
    reason: '姓名录入有误，更正后补换',
    data: { newNumber: replacement.number },
  });

  const hr = await createUser(db, {
    roles: ['hr'],
    organisationId: provinceHr.id,
    jurisdictionCode: '210000',
    displayName: '赵文静（省人社厅专技处）',
    passwordHash,
  });
  const supervisor = await createUser(db, {
    roles: ['supervisor'],
    organisationId: provinceHr.id,
    jurisdictionCode: '210000',
    displayName: '钱立新（省人社厅监督处）',
    passwordHash,
  });
  return {
    holder: { name: holder.name, username: user.username },
    issued,
    imported,
    peer: peers[0]!,
    hrUsername: hr.username,
    supervisorUsername: supervisor.username,
  };
}
