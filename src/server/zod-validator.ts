import type { FastifySchemaCompiler } from 'fastify';
import type { ZodType } from 'zod';
import { invalidInput } from '../domain/errors';
import { zodIssuesToProblems } from './zod-messages';

/**
 * Validates params, query and body with the route's zod schema. Failures become our own
 * AppError so that the message names the field path exactly as the client wrote it.
 */
export const zodValidatorCompiler: FastifySchemaCompiler<ZodType> =
  ({ schema }) =>
  (data) => {
    const result = schema.safeParse(data);
    if (result.success) return { value: result.data };
    return { error: invalidInput(zodIssuesToProblems(result.error.issues)) };
  };
