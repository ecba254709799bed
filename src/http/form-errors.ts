import { AppError } from '../domain/errors';

/**
 * A form refused for its size or its number of parts, in the same words whichever parser met
 * the limit: the streaming one of single uploads (its codes mapped in error-handler.ts) or
 * multipart-form.ts of filings with files.
 */
export const formErrors = {
  bodyTooLarge: () => new AppError('too-large', 'BODY_TOO_LARGE', '请求体过大'),
  fileTooLarge: () => new AppError('too-large', 'FILE_TOO_LARGE', '文件过大，超过单个附件的大小上限'),
  tooManyFiles: () => new AppError('invalid', 'TOO_MANY_FILES', '上传的文件个数超过上限'),
  tooManyParts: () => new AppError('invalid', 'TOO_MANY_PARTS', '表单字段过多'),
};
