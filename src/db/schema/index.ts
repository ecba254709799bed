/** The whole schema, one file per aggregate. */
export * from './applicant-profiles';
export * from './applications';
export * from './attachments';
export * from './audit';
export * from './ballots';
export * from './calendar';
export * from './certificates';
export * from './committees';
export * from './deadlines';
export * from './experts';
export * from './integrity';
export * from './notifications';
export * from './organisations';
export * from './persons';
export * from './publicity';
export * from './review-sessions';
export * from './users';
