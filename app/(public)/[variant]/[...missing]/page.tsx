import { notFound } from 'next/navigation';

// Any reader path no other route matches (the proxy sends unknown paths here too) gets the reader
// site's 404 page inside its layout.
export default function MissingPage(): never {
  notFound();
}
