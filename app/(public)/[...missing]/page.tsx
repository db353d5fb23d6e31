import { notFound } from 'next/navigation';

// With a root layout per route group there is no app-wide layout for Next's own 404, so any path
// no other route matches lands here and gets the reader site's 404 page inside its layout.
export default function MissingPage(): never {
  notFound();
}
