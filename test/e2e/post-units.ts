import { eq } from 'drizzle-orm';
import type { Db } from '../../src/db/client';
import { organisations } from '../../src/db/schema';
import { ORG_KEYS } from '../../src/modules/demo/demo-organisations';
import { hashPassword } from '../../src/platform/password';
import { createOrganisation, createUser } from '../helpers/factories';
import { demo } from './harness';

/**
 * A 市属 public hospital of 鞍山 under the demo's competent department (so the demo's `department`
 * reviews and its `hr` approves and files), with its HR clerk, who logs in with the demo password.
 */
export async function hospitalUnderDemoDepartment(
  db: Db,
  name: string,
  clerk: { username: string; displayName: string },
) {
  const departmentName = demo.organisations.find((o) => o.key === ORG_KEYS.anshanDepartment)!.name;
  const [department] = await db.select().from(organisations).where(eq(organisations.name, departmentName));
  const unit = await createOrganisation(db, {
    name,
    kind: 'employer',
    employerKind: 'public-institution',
    jurisdictionCode: '210300',
    departmentId: department!.id,
  });
  await createUser(db, {
    roles: ['employer'],
    organisationId: unit.id,
    ...clerk,
    passwordHash: await hashPassword(demo.password),
  });
  return unit;
}
