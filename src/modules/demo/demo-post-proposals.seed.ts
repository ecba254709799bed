import type { Db } from '../../db/client';
import type { Actor } from '../../domain/access/actor';
import { todayInShanghai } from '../../domain/calendar';
import { maskIdNumber } from '../../domain/identifiers';
import type { Clock } from '../../platform/clock';
import type { FieldCipher } from '../../platform/crypto';
import type { AuditLog } from '../audit';
import { issueCertificates } from '../certificates';
import { applicantSchema, checkEligibility } from '../eligibility';
import { bindEmployersOnRecord } from '../employment';
import { proposeFromConferredTitles } from '../posts';
import * as repo from './demo.repository';
import { buildDemoDataset } from './demo-dataset';
import { idNumberFor } from './demo-persons';
import { hashString, mulberry32 } from './demo-random';

/**
 * A postdoc of the design institute (clerk `design-hr`), recognised 副高 on the anshan-2023 §二
 * pathway that puts the first appointment outside the ratios: judged by the eligibility engine,
 * his title conferred today by the city's senior engineering committee with its certificate, and
 * the announcement's proposal made by the posts module — so 聘用管理 shows the unit a special-post
 * draft from a postdoc. The institute, not the hospital: the demo registry has a Liaoning
 * committee for senior engineers and none for health titles.
 */
const POSTDOC = {
  name: '韩博远',
  gender: 'male' as const,
  birthDate: '1991-04-12',
  unitKey: 'as-municipal-design',
  committee: '鞍山市工程技术系列高级职称评审委员会',
  target: { series: 'engineering', level: 'associate-senior' as const, specialty: '土木工程' },
};

/** The postdoc's facts as the engine reads them: a doctorate and a completed postdoc. */
const postdocApplicant = () =>
  applicantSchema.parse({
    birthDate: POSTDOC.birthDate,
    education: [{ degree: 'doctorate', major: '土木工程', graduatedOn: '2021-07-01' }],
    titles: [{ series: 'engineering', level: 'intermediate', obtainedOn: '2022-12-20' }],
    practicedSpecialty: { specialty: '土木工程', since: '2021-07-01' },
    work: [{ from: '2021-07-01', employerKind: 'public-institution' }],
    achievements: [{ kind: 'postdoc-completed', on: '2025-07-01' }],
  });

/**
 * In its own transaction after the demo's post plans (the institute's is approved by then), as
 * an announcement is: the person, his application as filed, the conferral with its certificate,
 * and the proposal the posts module makes from it.
 */
export async function seedDemoPostProposals(
  db: Db,
  deps: { audit: AuditLog; cipher: FieldCipher; clock: Clock },
  actors: { institute: Actor; hr: Actor },
): Promise<string[]> {
  const today = todayInShanghai(deps.clock.now());
  const year = Number(today.slice(0, 4));
  const taken = new Set(buildDemoDataset().persons.map((p) => p.idNumber));
  const idNumber = idNumberFor(
    mulberry32(hashString('demo-postdoc')),
    '210302',
    POSTDOC.birthDate,
    POSTDOC.gender,
    taken,
  );
  const eligibility = checkEligibility({
    policy: 'anshan-2023',
    asOf: today,
    target: POSTDOC.target,
    pathway: 'direct-recognition',
    applicant: postdocApplicant(),
  });
  if (!eligibility.eligible || !eligibility.effects.outsidePostQuota)
    throw new Error('演示数据：博士后直接认定副高级职称的途径应可通过且不占岗位结构比例');
  return db.transaction(async (tx) => {
    const personId = await repo.insertPerson(tx, {
      name: POSTDOC.name,
      gender: POSTDOC.gender,
      birthDate: POSTDOC.birthDate,
      idNumberCipher: deps.cipher.encrypt(idNumber),
      idNumberHash: deps.cipher.lookupHash(idNumber),
      idNumberMasked: maskIdNumber(idNumber),
      organisationId: actors.institute.organisationId,
      jurisdictionCode: '210302',
    });
    await bindEmployersOnRecord(tx);
    const committee = (await repo.committeeNamed(tx, POSTDOC.committee))!;
    const application = await repo.insertApplication(tx, {
      number: `${year}210302990001`,
      personId,
      year,
      ...POSTDOC.target,
      pathway: 'direct-recognition',
      policySet: 'anshan-2023',
      employerId: actors.institute.organisationId!,
      jurisdictionCode: '210302',
      committeeId: committee.id,
      state: 'conferred',
      eligibility,
      eligible: true,
      attachmentIds: [],
      idempotencyKey: 'demo-postdoc-recognition',
    });
    await repo.insertPersonTitles(tx, [
      { personId, ...POSTDOC.target, obtainedOn: today, via: 'recognition' },
    ]);
    await issueCertificates(tx, { audit: deps.audit }, actors.hr.userId, {
      committee,
      announcementNumber: `鞍人社〔${year}〕27号`,
      issuedOn: today,
      applications: [application],
    });
    return proposeFromConferredTitles(tx, { audit: deps.audit }, actors.hr.userId, {
      conferredOn: today,
      applications: [application],
    });
  });
}
