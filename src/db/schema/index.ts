/** The whole schema, one file per aggregate. */
export * from './applicant-profiles';
export * from './attachments';
export * from './audit';
export * from './calendar';
export * from './organisations';
export * from './persons';
export * from './users';
