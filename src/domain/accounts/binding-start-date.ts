/**
 * The youngest age at which a unit may employ anyone (劳动法 第十五条: 禁止用人单位招用未满十六周岁的
 * 未成年人). A binding that says the person started work earlier is a typing error, not a fact.
 */
export const MINIMUM_WORKING_AGE = 16;

/**
 * Why a binding cannot start on `startedOn`, or null when it can: not after today (a binding records
 * where the person works, not where they will), and not before the person's sixteenth birthday, taken
 * from the birth date in the ID number. Dates are `YYYY-MM-DD`, so they compare as strings.
 */
export function bindingStartProblem(startedOn: string, birthDate: string, today: string): string | null {
  if (startedOn > today) return `入职日期不能晚于今天（${today}）`;
  const sixteenth = `${Number(birthDate.slice(0, 4)) + MINIMUM_WORKING_AGE}${birthDate.slice(4)}`;
  if (startedOn < sixteenth)
    return `入职日期早于年满${MINIMUM_WORKING_AGE}周岁之日（${sixteenth}，按身份证号码中的出生日期）`;
  return null;
}
