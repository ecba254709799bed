import { AppError } from '../../src/domain/errors';

/** Runs `run` and returns the AppError it throws; fails the test if it throws nothing or something else. */
export function caughtAppError(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}
