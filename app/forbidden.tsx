// The 403 of the level above every root layout, which nothing reaches: the admin and preview groups
// have their own (as they have their own 404s). It is here because Next puts the boundaries of the top levels into the RSC
// payload of every page, and without this file that would be its default 403 page (a title and
// inline styles) in each group's tree, read by no one and sent with every reader page.
export default function Forbidden() {
  return <p>403</p>;
}
