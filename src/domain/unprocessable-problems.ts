import { AppError, type FieldProblem } from './errors';

/**
 * Refuses well-formed input that cannot be accepted, naming every problem at once in the message
 * ("不能撤销：A；B") and each on its field, so one answer lists all that must change.
 */
export function unprocessableProblems(code: string, lead: string, problems: FieldProblem[]): AppError {
  return new AppError(
    'unprocessable',
    code,
    `${lead}：${problems.map((p) => p.message).join('；')}`,
    problems,
  );
}
