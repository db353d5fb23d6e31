/** A URL slug as the site writes them: lowercase ASCII letters and digits in hyphen-joined words. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
