/**
 * A mainland mobile number (中国大陆手机号): 11 digits beginning 13–19. Numbers with a +86 or
 * 0086 prefix, spaces or hyphens are read as the bare 11 digits.
 */
export function normaliseMobilePhone(value: string): string | null {
  const digits = value.replace(/[\s-]/g, '').replace(/^(\+86|0086)/, '');
  return /^1[3-9]\d{9}$/.test(digits) ? digits : null;
}

/** 13812345678 → 138****5678: enough for a person to recognise their own number. */
export function maskMobilePhone(phone: string): string {
  return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}
