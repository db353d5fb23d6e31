import 'server-only';
import type { z } from 'zod';
import { can, type Action, type Resource } from '@/lib/auth/can';
import { getCurrentUser, type CurrentUser } from '@/lib/auth/get-current-user';
import { AppError, isAppError } from '@/lib/errors/app-error';
import type { ActionResult } from './action-result';
import { fieldErrorsFromZod } from './field-errors-from-zod';

interface AuthedActionConfig<Schema extends z.ZodType, T> {
  permission: Action;
  schema: Schema;
  /** The target of the action, for `permission` to be checked against; null when it does not exist. */
  resource?: (input: z.output<Schema>) => Promise<Resource | null>;
  handler: (input: z.output<Schema>, actor: CurrentUser) => Promise<T>;
}

/**
 * The one way to write a server action: the session is checked against `permission` on the
 * server (for the role, then for the `resource` the input names), the input is validated with
 * `schema`, and every outcome is a typed ActionResult.
 */
export function authedAction<Schema extends z.ZodType, T>(config: AuthedActionConfig<Schema, T>) {
  return async (input: unknown): Promise<ActionResult<T>> => {
    const actor = await getCurrentUser();
    if (!actor) return { ok: false, error: 'UNAUTHENTICATED' };
    if (!can(actor, config.permission)) return { ok: false, error: 'FORBIDDEN' };
    const parsed = config.schema.safeParse(input);
    if (!parsed.success) return { ok: false, error: 'VALIDATION', fieldErrors: fieldErrorsFromZod(parsed.error) };
    try {
      if (config.resource) {
        const resource = await config.resource(parsed.data);
        if (!resource) throw new AppError('NOT_FOUND', 'What this action names does not exist.');
        if (!can(actor, config.permission, resource)) throw new AppError('FORBIDDEN', 'You may not do this to that.');
      }
      return { ok: true, data: await config.handler(parsed.data, actor) };
    } catch (error) {
      if (isAppError(error)) {
        return { ok: false, error: error.code, ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}) };
      }
      console.error('server action failed', error);
      return { ok: false, error: 'INTERNAL' };
    }
  };
}
