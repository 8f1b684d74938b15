import Link from "next/link";

export default function NotFound() {
  return (
    <main>
      <h1>Not found</h1>
      <p>There is nothing here, or it belongs to a project you are not a member of.</p>
      <Link href="/">Back to the start page</Link>
    </main>
  );
}
