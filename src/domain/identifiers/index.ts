export type { CreditCodeResult } from './credit-code';
export {
  CREDIT_CODE_CHARSET,
  creditCodeCheckChar,
  orgCodeCheckChar,
  validateCreditCode,
} from './credit-code';
export type { RegistrationAuthority } from './credit-code-authorities';
export { REGISTRATION_AUTHORITIES } from './credit-code-authorities';
export type { IdNumberResult } from './id-number';
export { idNumberCheckChar, maskIdNumber, validateIdNumber } from './id-number';
export { maskMobilePhone, normaliseMobilePhone } from './mobile-phone';
export { maskPersonName } from './person-name';
