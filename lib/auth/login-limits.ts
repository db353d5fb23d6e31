/** Failed sign-ins allowed per sliding window before further attempts are refused unchecked. */
export const loginWindowMs = 15 * 60 * 1000;
/** Per account: the normalised email, whether or not such an account exists. */
export const accountFailureLimit = 5;
/** Per client address (see client-address.ts for what counts as one). */
export const addressFailureLimit = 20;
