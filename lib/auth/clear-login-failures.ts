import 'server-only';
import { getPrisma } from '@/lib/db/client';

/** After a successful sign-in: the account's failures are forgiven and the attempt was no failure. */
export async function clearLoginFailures(options: { account: string; attemptIds: bigint[] }): Promise<void> {
  await getPrisma().loginFailure.deleteMany({
    where: { OR: [{ scope: 'account', key: options.account }, { id: { in: options.attemptIds } }] },
  });
}
