/** Expert review: pool snapshot, recusal, the replayable panel draw, quorum, voting and pass-rate caps. */
export * from './committee-rules';
export * from './conflict-checker';
export * from './draw-panel';
export * from './draw-random';
export * from './materials-index';
export * from './pass-rate';
export * from './pool-snapshot';
export * from './quorum';
export * from './recusal';
export * from './review-citations';
export * from './review-dates';
export * from './share';
export * from './through-train';
export * from './vote-tally';
