/** Posts and appointments (DOMAIN §8): plan checks, the post board, appointment guards. */
export * from './appointment';
export * from './appointment-guard-table';
export * from './appointment-guards';
export * from './grade-filing';
export * from './grade-filing-workflow';
export * from './guard-citations';
export * from './person-post-facts';
export * from './plan-check';
export * from './plan-workflow';
export * from './post-board';
export * from './post-plan';
export * from './post-rules';
export * from './proposal-from-effects';
