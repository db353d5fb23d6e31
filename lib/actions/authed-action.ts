import 'server-only';
import type { z } from 'zod';
import { can, type Action } from '@/lib/auth/can';
import { getCurrentUser, type CurrentUser } from '@/lib/auth/get-current-user';
import { isAppError } from '@/lib/errors/app-error';
import type { ActionResult } from './action-result';
import { fieldErrorsFromZod } from './field-errors-from-zod';

interface AuthedActionConfig<Schema extends z.ZodType, T> {
  permission: Action;
  schema: Schema;
  handler: (input: z.output<Schema>, actor: CurrentUser) => Promise<T>;
}

/**
 * The one way to write a server action: the session is checked against `permission` on the
 * server, the input is validated with `schema`, and every outcome is a typed ActionResult.
 */
export function authedAction<Schema extends z.ZodType, T>(config: AuthedActionConfig<Schema, T>) {
  return async (input: unknown): Promise<ActionResult<T>> => {
    const actor = await getCurrentUser();
    if (!actor) return { ok: false, error: 'UNAUTHENTICATED' };
    if (!can(actor, config.permission)) return { ok: false, error: 'FORBIDDEN' };
    const parsed = config.schema.safeParse(input);
    if (!parsed.success) return { ok: false, error: 'VALIDATION', fieldErrors: fieldErrorsFromZod(parsed.error) };
    try {
      return { ok: true, data: await config.handler(parsed.data, actor) };
    } catch (error) {
      if (isAppError(error)) {
        return { ok: false, error: error.code, fieldErrors: error.fieldErrors };
      }
      console.error('server action failed', error);
      return { ok: false, error: 'INTERNAL' };
    }
  };
}
